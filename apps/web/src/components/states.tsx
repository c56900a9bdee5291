import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useRefusals } from './refusals/use-refusals';

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

/**
 * The api's refusal in the reader's words (the refusal catalogue); the stable code stays in the
 * markup (`data-code`, and the tooltip) for whoever supports the official, not in the text.
 */
export function ErrorNotice({ error, onRetry }: { error: ApiFailure; onRetry?: () => void }) {
  const { t } = useI18n();
  const { message } = useRefusals();
  return (
    <div className="state state-error" role="alert" data-code={error.code} title={error.code}>
      <strong>{error.status === 403 ? t('common.forbidden') : t('common.error')}</strong>{' '}
      <span>{message(error)}</span>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * Loading, error or the content, for data read with useApi. With `keep`, what was read stays on
 * screen (and the forms in it) while it is read again, with a failure shown above it, so the page
 * does not blink after a command; a function says whether the data still answers the question
 * asked (not another record's).
 */
export function Async<T>({
  loaded,
  keep,
  children,
}: {
  loaded: { data?: T; error?: ApiFailure; loading: boolean; reload: () => void };
  keep?: boolean | ((data: T) => boolean);
  children: (data: T) => ReactNode;
}) {
  if (keep && loaded.data !== undefined && (keep === true || keep(loaded.data))) {
    return (
      <>
        {loaded.error ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : null}
        {children(loaded.data)}
      </>
    );
  }
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.loading || loaded.data === undefined) return <Loading />;
  return <>{children(loaded.data)}</>;
}
