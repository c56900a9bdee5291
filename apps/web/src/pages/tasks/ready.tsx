import type { ReactNode } from 'react';
import type { ApiFailure } from '../../api/client';
import { ErrorNotice, Loading } from '../../components/states';

/**
 * Loading, error or the content — but, unlike Async, a reload keeps the content on screen (and
 * the forms in it), showing a failure above it.
 */
export function Ready<T>({
  loaded,
  children,
}: {
  loaded: { data?: T; error?: ApiFailure; loading: boolean; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (loaded.data === undefined) {
    return loaded.error ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  }
  return (
    <>
      {loaded.error ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : null}
      {children(loaded.data)}
    </>
  );
}
