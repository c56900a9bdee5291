import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSession } from '../session/session';
import { callApi } from './client';
import { type Loaded, asFailure } from './use-api';

/** A registered department or joint office (GET /api/departments). */
export interface Department {
  id: string;
  name: string;
  regionCode: string;
  /** Absent in read models built before kinds: a department. */
  kind?: 'department' | 'joint-office';
  /** The unit above; absent: top level. */
  parentId?: string;
}

type Departments = { items: Department[] };

/**
 * The departments as read once for the signed-in user's token: they change rarely, and every page
 * names them. A failed read is forgotten, so that the next page (or `reload`) asks again.
 */
let cached: { token: string; read: Promise<Departments>; data?: Departments } | undefined;

function readDepartments(token: string, fresh: boolean): Promise<Departments> {
  if (!fresh && cached?.token === token) return cached.read;
  const entry: NonNullable<typeof cached> = {
    token,
    read: callApi<Departments>('GET', '/api/departments', { token }),
  };
  entry.read.then(
    (data) => {
      entry.data = data;
    },
    () => {
      if (cached === entry) cached = undefined;
    },
  );
  cached = entry;
  return entry.read;
}

/** The registered departments, and a department's name by its id (the id itself when unknown). */
export function useDepartments(): {
  loaded: Loaded<Departments>;
  departments: Department[];
  nameOf: (id: string) => string;
} {
  const token = useSession().session?.token;
  const known = token !== undefined && cached?.token === token ? cached.data : undefined;
  const [state, setState] = useState<Omit<Loaded<Departments>, 'reload'>>(() =>
    known ? { data: known, loading: false } : { loading: token !== undefined },
  );
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (token === undefined) {
      setState({ loading: false });
      return;
    }
    let current = true;
    if (!(generation === 0 && cached?.token === token && cached.data)) {
      setState((s) => ({ ...s, loading: true, error: undefined }));
    }
    readDepartments(token, generation > 0).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState((s) => ({ ...s, loading: false, error: asFailure(error) })),
    );
    return () => {
      current = false;
    };
  }, [token, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const items = state.data?.items;
  const names = useMemo(() => new Map((items ?? []).map((d) => [d.id, d.name])), [items]);
  // Stable while the names are, so that charts drawn with it are not drawn again on every render.
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  const loaded = useMemo(() => ({ ...state, reload }), [state, reload]);
  return { loaded, departments: items ?? [], nameOf };
}
