import { useCallback, useEffect, useState } from 'react';
import { ApiFailure } from '../../api/client';
import { useSession } from '../../session/session';

export interface Loaded<T> {
  data?: T;
  error?: ApiFailure;
  loading: boolean;
  reload: () => void;
}

/**
 * Like useApi, for what takes several calls: runs `load` with the signed-in user's token again
 * whenever `key` changes; `undefined` as the key waits. `reload` keeps the data on screen while
 * it reads again; another key starts afresh (another task's data is never shown for this one).
 */
export function useLoad<T>(
  key: string | undefined,
  load: (token: string | undefined) => Promise<T>,
): Loaded<T> {
  const { session } = useSession();
  const [state, setState] = useState<{ key?: string; data?: T; error?: ApiFailure; loading: boolean }>({
    key,
    loading: key !== undefined,
  });
  const [generation, setGeneration] = useState(0);
  const token = session?.token;
  useEffect(() => {
    if (key === undefined) {
      setState({ key, loading: false });
      return;
    }
    let current = true;
    setState((s) => (s.key === key ? { ...s, loading: true, error: undefined } : { key, loading: true }));
    load(token)
      .then((data) => current && setState({ key, data, loading: false }))
      .catch((error: unknown) => {
        if (!current) return;
        const failure =
          error instanceof ApiFailure ? error : new ApiFailure(0, 'CLIENT', (error as Error).message);
        setState((s) => ({ ...s, loading: false, error: failure }));
      });
    return () => {
      current = false;
    };
    // `load` is a new function each render: `key` names what it loads.
  }, [key, token, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  if (state.key !== key) return { loading: key !== undefined, reload };
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
