import { useEffect, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { downloadWithToken } from '../../api/files';
import { useApi } from '../../api/use-api';
import { ActionError } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { Done } from '../registers/action-panel';
import { useTaskDetail } from './detail-context';
import { EvidenceInputs } from './evidence-capture';
import { useEvidenceVersion } from './evidence-events';
import { sizeWords } from './evidence-plan';
import { useEvidenceCapture } from './use-evidence-capture';

interface AttachedEvidence {
  hash: string;
  contentType: string;
  size: number;
  kind: 'photo' | 'audio' | 'video' | 'document' | 'scanned-form';
  name?: string;
  entityId: string;
  departmentId: string;
  to: { kind: string; entityId?: string; departmentId?: string };
  attachedAt: string;
}

/**
 * The evidence attached to one department's result for one entity, each file downloaded with the
 * session's token (a plain link could not carry it); the team may attach more later. Shown to
 * whoever may see the task's evidence (its departments, auditors), to no one else.
 */
export function ResultEvidence({
  entityId,
  departmentId,
  mayAttach,
}: {
  entityId: string;
  departmentId: string;
  mayAttach: boolean;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const { task } = useTaskDetail();
  const version = useEvidenceVersion();
  const listed = useApi<{ items: AttachedEvidence[] }>(`/api/tasks/${encodeURIComponent(task.id)}/evidence`);
  const { reload } = listed;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const [error, setError] = useState<ApiFailure>();
  const [done, setDone] = useState<string>();
  const [adding, setAdding] = useState(false);
  if (listed.error) return null;
  const items = (listed.data?.items ?? []).filter(
    (e) => e.to.kind === 'result' && e.entityId === entityId && e.departmentId === departmentId,
  );
  const download = async (e: AttachedEvidence) => {
    setError(undefined);
    setDone(undefined);
    try {
      const name = await downloadWithToken(
        `/api/evidence/${e.hash}?taskId=${encodeURIComponent(task.id)}`,
        session?.token,
        e.name ?? e.hash,
      );
      setDone(t('tasks.formDownloaded', { name }));
    } catch (failure) {
      setError(failure as ApiFailure);
    }
  };
  return (
    <div className="result-evidence">
      <h4>{t('tasks.evidenceListTitle', { n: items.length })}</h4>
      {items.length === 0 ? <p className="field-hint">{t('tasks.evidenceNone')}</p> : null}
      <ul className="evidence-files">
        {items.map((e) => (
          <li key={e.hash}>
            <button type="button" className="link" onClick={() => void download(e)}>
              {e.name ?? e.hash.slice(0, 12)}
            </button>{' '}
            <span className="field-hint">
              {t(`tasks.evidenceKind.${e.kind}`)} · {sizeWords(e.size)} · {e.attachedAt.slice(0, 10)}
            </span>
            <span className="mono field-hint evidence-hash">{e.hash}</span>
          </li>
        ))}
      </ul>
      <ActionError error={error} />
      <Done message={done} />
      {mayAttach ? (
        adding ? (
          <AttachLater entityId={entityId} departmentId={departmentId} onClose={() => setAdding(false)} />
        ) : (
          <div className="actions">
            <button type="button" onClick={() => setAdding(true)}>
              {t('tasks.evidenceAttachLater')}
            </button>
          </div>
        )
      ) : null}
    </div>
  );
}

/** More evidence for a result already saved: each file attached as soon as it is uploaded. */
function AttachLater({
  entityId,
  departmentId,
  onClose,
}: {
  entityId: string;
  departmentId: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { task } = useTaskDetail();
  const capture = useEvidenceCapture({ taskId: task.id, entityId, departmentId }, true);
  return (
    <div className="result-form">
      <EvidenceInputs capture={capture} />
      <div className="actions">
        <button type="button" onClick={onClose} disabled={capture.pending}>
          {t('tasks.evidenceDoneAdding')}
        </button>
      </div>
    </div>
  );
}
