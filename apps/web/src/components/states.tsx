import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/client';
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="state state-empty">{children ?? t('common.empty')}</p>;
}

/** The api's refusal as it gave it: the message, and the stable code that names the rule. */
export function ErrorNotice({ error, onRetry }: { error: ApiFailure; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <strong>{error.status === 403 ? t('common.forbidden') : t('common.error')}</strong>{' '}
      <span>{error.message}</span> <code>{error.code}</code>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Loading, error or the content, for data read with useApi. */
export function Async<T>({
  loaded,
  children,
}: {
  loaded: { data?: T; error?: ApiFailure; loading: boolean; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.loading || loaded.data === undefined) return <Loading />;
  return <>{children(loaded.data)}</>;
}
