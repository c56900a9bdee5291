import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchWithToken } from '../../api/client';
import { hashOf, uploadResumable, uploadWhole } from '../../api/evidence-upload';
import { asFailure } from '../../api/use-api';
import { useSession } from '../../session/session';
import { MAX_FILES, evidenceKindOf, uploadWay } from './evidence-plan';
import {
  type Captured,
  afterAttachFailure,
  afterFailure,
  attachmentOf,
  nextStep,
  replaced,
  retried,
  unfinished,
} from './evidence-queue';
import { idempotencyKeyFrom } from './result-outbox';
import { announceEvidence } from './evidence-events';

/**
 * The evidence chosen while entering one result: each file uploaded as soon as there is a
 * connection, and attached to the result once the result is saved (`resultSaved`). The files live
 * in this page only: a file chosen offline is sent when the connection returns, but after a reload
 * it must be chosen again (docs/web-console.md, "Capturing evidence").
 */
export function useEvidenceCapture(
  target: { taskId: string; entityId: string; departmentId: string },
  resultSaved: boolean,
) {
  const { session } = useSession();
  const token = session?.token;
  const [files, setFiles] = useState<Captured[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const blobs = useRef(new Map<string, File>());
  const uploads = useRef(new Map<string, string>());
  const running = useRef(new Set<string>());
  const { taskId, entityId, departmentId } = target;

  // The api not reached: wait for the connection (or 5 s) rather than trying again at once.
  const lost = useCallback((failure: { status: number; code: string }) => {
    if (failure.status !== 0 || failure.code !== 'NETWORK') return;
    setOnline(false);
    window.setTimeout(() => setOnline(navigator.onLine), 5_000);
  }, []);

  const update = useCallback((id: string, change: (file: Captured) => Captured) => {
    setFiles((all) => {
      const file = all.find((f) => f.id === id);
      return file ? replaced(all, change(file)) : all;
    });
  }, []);

  const upload = useCallback(
    async (file: Captured) => {
      const blob = blobs.current.get(file.id);
      if (!blob) return;
      update(file.id, (f) => ({ ...f, state: { kind: 'uploading', sent: 0 } }));
      const way = uploadWay(blob.size);
      try {
        const hash = await hashOf(blob, way);
        const stored =
          way === 'whole'
            ? await uploadWhole(blob, hash, taskId, token)
            : await uploadResumable(
                blob,
                hash,
                token,
                { id: uploads.current.get(file.id), remember: (id) => uploads.current.set(file.id, id) },
                (sent) => update(file.id, (f) => ({ ...f, state: { kind: 'uploading', sent } })),
              );
        uploads.current.delete(file.id);
        update(file.id, (f) => ({ ...f, hash: stored.hash, state: { kind: 'uploaded' } }));
      } catch (caught) {
        const failure = asFailure(caught);
        update(file.id, (f) => afterFailure(f, failure));
        lost(failure);
      }
    },
    [taskId, token, update, lost],
  );

  const attach = useCallback(
    async (file: Captured & { hash: string }) => {
      update(file.id, (f) => ({ ...f, state: { kind: 'attaching' } }));
      try {
        await fetchWithToken(`/api/tasks/${encodeURIComponent(taskId)}/evidence`, token, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': file.attachKey },
          body: JSON.stringify(attachmentOf(file, { entityId, departmentId })),
        });
        blobs.current.delete(file.id);
        update(file.id, (f) => ({ ...f, state: { kind: 'attached' } }));
        announceEvidence();
      } catch (caught) {
        const failure = asFailure(caught);
        update(file.id, (f) => afterAttachFailure(f, failure));
        lost(failure);
      }
    },
    [taskId, entityId, departmentId, token, update, lost],
  );

  // Each file's next step, one at a time per file, whenever the list, the result or the line changes.
  useEffect(() => {
    if (!online) return;
    for (const file of files) {
      const step = nextStep(file, resultSaved);
      if (step === 'none' || running.current.has(file.id)) continue;
      running.current.add(file.id);
      const done = () => running.current.delete(file.id);
      if (step === 'upload') void upload(file).finally(done);
      else void attach(file as Captured & { hash: string }).finally(done);
    }
  }, [files, resultSaved, online, upload, attach]);

  // A file not yet attached lives only in this page: the browser asks before the page is left.
  const pending = unfinished(files);
  useEffect(() => {
    if (!pending) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [pending]);

  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);

  return {
    files,
    online,
    full: files.length >= MAX_FILES,
    pending,
    choose: (chosen: FileList | null, scannedForm: boolean) => {
      const picked = [...(chosen ?? [])].slice(0, Math.max(0, MAX_FILES - files.length));
      const added = picked.map((blob): Captured => {
        const id = newKey('file');
        blobs.current.set(id, blob);
        return {
          id,
          name: blob.name,
          size: blob.size,
          type: blob.type,
          evidenceKind: evidenceKindOf(blob.type, scannedForm),
          attachKey: newKey('evidence'),
          state: { kind: 'waiting' },
        };
      });
      setFiles((all) => [...all, ...added]);
    },
    retry: (id: string) => update(id, retried),
    remove: (id: string) => {
      blobs.current.delete(id);
      setFiles((all) => all.filter((f) => f.id !== id || f.state.kind === 'attached'));
    },
    /** A new entry begins: what is attached or refused is no longer shown. */
    clearDone: () =>
      setFiles((all) => all.filter((f) => f.state.kind !== 'attached' && f.state.kind !== 'failed')),
  };
}

export type EvidenceCapture = ReturnType<typeof useEvidenceCapture>;

function newKey(prefix: string): string {
  return idempotencyKeyFrom(crypto.getRandomValues(new Uint8Array(16))).replace(/^result-/, `${prefix}-`);
}
