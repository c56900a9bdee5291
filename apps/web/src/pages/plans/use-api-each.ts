import { useCallback, useEffect, useState } from 'react';
import { ApiFailure, type CallOptions, callApi } from '../../api/client';
import type { Loaded } from '../../api/use-api';
import { useSession } from '../../session/session';

export interface Read {
  path: string;
  query?: CallOptions['query'];
}

/**
 * Several reads at once (one per department, plan or year), answered together in the order
 * asked; `undefined` waits. The first refusal is the error.
 */
export function useApiEach<T>(reads: Read[] | undefined): Loaded<T[]> {
  const { session } = useSession();
  const [state, setState] = useState<{ data?: T[]; error?: ApiFailure; loading: boolean }>({
    loading: reads !== undefined,
  });
  const [generation, setGeneration] = useState(0);
  const key = reads === undefined ? undefined : JSON.stringify(reads);
  useEffect(() => {
    if (key === undefined) {
      setState({ loading: false });
      return;
    }
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    const wanted = JSON.parse(key) as Read[];
    Promise.all(
      wanted.map((read) =>
        callApi<T>('GET', read.path, { token: session?.token, query: read.query, signal: abort.signal }),
      ),
    )
      .then((data) => setState({ data, loading: false }))
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        setState({
          loading: false,
          error: error instanceof ApiFailure ? error : new ApiFailure(0, 'CLIENT', (error as Error).message),
        });
      });
    return () => abort.abort();
  }, [key, session?.token, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
