import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/session';
import { ApiFailure, type CallOptions, callApi } from './client';

export interface Loaded<T> {
  data?: T;
  error?: ApiFailure;
  loading: boolean;
  reload: () => void;
}

/**
 * Reads a route as the signed-in user, again whenever the path or query changes; `undefined`
 * as the path waits (for a choice the user has not made yet).
 */
export function useApi<T>(path: string | undefined, query?: CallOptions['query']): Loaded<T> {
  const { session } = useSession();
  const [state, setState] = useState<{ data?: T; error?: ApiFailure; loading: boolean }>({
    loading: path !== undefined,
  });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(query ?? {});
  useEffect(() => {
    if (path === undefined) {
      setState({ loading: false });
      return;
    }
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    callApi<T>('GET', path, {
      token: session?.token,
      query: JSON.parse(key) as CallOptions['query'],
      signal: abort.signal,
    })
      .then((data) => setState({ data, loading: false }))
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        setState({ loading: false, error: asFailure(error) });
      });
    return () => abort.abort();
  }, [path, key, session?.token, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/** Sends a command as the signed-in user; `busy` and the last refusal for the form to show. */
export function useCommand<T = unknown>(): {
  run: (method: string, path: string, body?: unknown) => Promise<T | undefined>;
  busy: boolean;
  error?: ApiFailure;
  clear: () => void;
} {
  const { session } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure>();
  const run = useCallback(
    async (method: string, path: string, body?: unknown) => {
      setBusy(true);
      setError(undefined);
      try {
        return await callApi<T>(method, path, { token: session?.token, body });
      } catch (failure) {
        setError(asFailure(failure));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [session?.token],
  );
  return { run, busy, error, clear: () => setError(undefined) };
}

/** Any rejection as an ApiFailure (a script error becomes code CLIENT). */
export function asFailure(error: unknown): ApiFailure {
  return error instanceof ApiFailure ? error : new ApiFailure(0, 'CLIENT', (error as Error).message);
}
