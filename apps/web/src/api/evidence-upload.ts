import { type ApiFailure, fetchWithToken, readJson } from './client';
import { Sha256 } from './sha256';
import { type UploadWay, declaredType, nextPart } from '../pages/tasks/evidence-plan';

export interface StoredEvidence {
  hash: string;
  size: number;
  contentType: string;
}

/** The hex SHA-256 of a file: at once for a small one, else read and hashed a chunk at a time. */
export async function hashOf(file: Blob, way: UploadWay): Promise<string> {
  if (way === 'whole') {
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  const hash = new Sha256();
  for (let at = 0; at < file.size; at += 4 * 1024 * 1024) {
    hash.update(new Uint8Array(await file.slice(at, at + 4 * 1024 * 1024).arrayBuffer()));
  }
  return hash.hex();
}

/**
 * Uploads a file whole, the File itself as the body (the browser streams it from disk), announced
 * with its hash so that bytes altered on the way are refused. Rejects with ApiFailure.
 */
export async function uploadWhole(
  file: File,
  hash: string,
  taskId: string,
  token: string | undefined,
): Promise<StoredEvidence> {
  const response = await fetchWithToken(`/api/evidence?taskId=${encodeURIComponent(taskId)}`, token, {
    method: 'POST',
    headers: { 'content-type': declaredType(file.type), 'x-content-sha256': hash },
    body: file,
  });
  return readJson<StoredEvidence>(response);
}

/**
 * Uploads a large file chunk by chunk (docs/api.md, resumable uploads): begun once (its id kept by
 * the caller), then each part from the server's own offset, so that after a dropped connection it
 * goes on from what the server kept. `onSent` is told the bytes the server holds.
 */
export async function uploadResumable(
  file: File,
  hash: string,
  token: string | undefined,
  begun: { id?: string; remember: (id: string) => void },
  onSent: (bytes: number) => void,
): Promise<StoredEvidence> {
  let id = begun.id;
  let offset = 0;
  let partSize: number | undefined;
  if (id) {
    try {
      const status = await readJson<{ offset: number }>(
        await fetchWithToken(`/api/evidence/uploads/${id}`, token, { cache: 'no-store' }),
      );
      offset = status.offset;
    } catch (failure) {
      if ((failure as ApiFailure).code !== 'UPLOAD_NOT_FOUND') throw failure;
      id = undefined;
    }
  }
  if (!id) {
    const started = await readJson<{ id: string; offset: number; partSize?: number }>(
      await fetchWithToken('/api/evidence/uploads', token, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ size: file.size, sha256: hash, contentType: declaredType(file.type) }),
      }),
    );
    id = started.id;
    offset = started.offset;
    partSize = started.partSize;
    begun.remember(id);
  }
  onSent(offset);
  for (let part = nextPart(offset, file.size, partSize); part; part = nextPart(offset, file.size, partSize)) {
    try {
      const response = await fetchWithToken(`/api/evidence/uploads/${id}`, token, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/offset+octet-stream',
          'upload-offset': String(part.start),
        },
        body: file.slice(part.start, part.end),
      });
      offset = Number(response.headers.get('upload-offset') ?? part.end);
    } catch (failure) {
      // The server kept another amount than we thought (a part whose answer was lost): go on from it.
      const kept = (failure as ApiFailure).details as { offset?: unknown } | undefined;
      if ((failure as ApiFailure).code !== 'UPLOAD_OFFSET_MISMATCH' || typeof kept?.offset !== 'number')
        throw failure;
      offset = kept.offset;
    }
    onSent(offset);
  }
  return readJson<StoredEvidence>(
    await fetchWithToken(`/api/evidence/uploads/${id}/complete`, token, { method: 'POST' }),
  );
}
