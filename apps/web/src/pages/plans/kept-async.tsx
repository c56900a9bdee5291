import type { ReactNode } from 'react';
import type { Loaded } from '../../api/use-api';
import { Async, ErrorNotice } from '../../components/states';

/**
 * As Async, but what was read stays on screen while it is read again (after a command), so the
 * page does not blink and what the user just did stays in view. `current` says whether the data
 * still answers the question asked (not another plan's).
 */
export function KeptAsync<T>({
  loaded,
  current,
  children,
}: {
  loaded: Loaded<T>;
  current: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (loaded.data === undefined || !current(loaded.data)) return <Async loaded={loaded}>{children}</Async>;
  return (
    <>
      {loaded.error ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : null}
      {children(loaded.data)}
    </>
  );
}
