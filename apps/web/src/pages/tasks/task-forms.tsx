import type { TaskForms } from '@app/contract';
import { useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { downloadWithToken } from '../../api/files';
import { useApi } from '../../api/use-api';
import { ActionError } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { Done } from '../registers/action-panel';
import { useTaskDetail } from './detail-context';

/** The chosen entity's printable forms (PDF), downloaded with the session's token. */
export function TaskFormsSection({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { selectedEntityId, departmentName } = useTaskDetail();
  const listed = useApi<TaskForms>(`/api/tasks/${encodeURIComponent(taskId)}/forms`);
  const [error, setError] = useState<ApiFailure>();
  const [done, setDone] = useState<string>();
  const forms = (listed.data?.forms ?? []).filter((f) => f.entityId === selectedEntityId);
  const download = async (path: string, number: string) => {
    setError(undefined);
    setDone(undefined);
    try {
      const name = await downloadWithToken(
        `/api/tasks/${encodeURIComponent(taskId)}/forms/${path}`,
        session?.token,
        `${number}.pdf`,
      );
      setDone(t('tasks.formDownloaded', { name }));
    } catch (failure) {
      setError(failure as ApiFailure);
    }
  };
  // A role that may not print (or a department outside the task) is told nothing here.
  if (listed.error) return null;
  return (
    <section className="card task-forms" aria-labelledby="forms-title">
      <h2 id="forms-title">{t('tasks.formsTitle')}</h2>
      {!selectedEntityId ? (
        <p className="field-hint">{t('tasks.formsHint')}</p>
      ) : forms.length === 0 ? (
        <p className="field-hint">{t('tasks.formsNone')}</p>
      ) : (
        <ul>
          {forms.map((f) => (
            <li key={f.path}>
              <button type="button" className="link" onClick={() => void download(f.path, f.number)}>
                {t(`tasks.formKind.${f.kind}`, { department: departmentName(f.departmentId ?? '') })}
              </button>{' '}
              <span className="mono field-hint">{f.number}</span>
            </li>
          ))}
        </ul>
      )}
      <ActionError error={error} />
      <Done message={done} />
    </section>
  );
}
