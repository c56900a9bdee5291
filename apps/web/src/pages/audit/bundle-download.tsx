import { useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { ActionError } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { Done } from '../registers/action-panel';
import { downloadWithToken } from '../../api/files';

/** The task's export bundle (`GET /api/tasks/:id/bundle`), which checks offline with `verify-bundle`. */
export function BundleDownload({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure>();
  const [done, setDone] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const name = await downloadWithToken(
        `/api/tasks/${encodeURIComponent(taskId)}/bundle`,
        session?.token,
        `task-${taskId}-bundle.json`,
      );
      setDone(t('audit.bundle.downloaded', { name }));
    } catch (failure) {
      setError(failure as ApiFailure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="bundle">
      <h2 id="bundle">{t('audit.bundle.title')}</h2>
      <p className="rx-muted">{t('audit.bundle.intro')}</p>
      <p className="action-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
          {busy ? t('audit.bundle.downloading') : t('audit.bundle.download')}
        </button>
        <ActionError error={error} />
      </p>
      <Done message={done} />
    </section>
  );
}
