import { useCallback, useMemo } from 'react';
import { useApi } from '../../api/use-api';

export interface Department {
  id: string;
  name: string;
  regionCode: string;
}

/** The registered departments, and a name for an id (the id itself when unknown). */
export function useDepartments() {
  const loaded = useApi<{ items: Department[] }>('/api/departments');
  const names = useMemo(() => new Map((loaded.data?.items ?? []).map((d) => [d.id, d.name])), [loaded.data]);
  // Stable while the names are, so that charts drawn with it are not drawn again on every render.
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  return { loaded, departments: loaded.data?.items ?? [], nameOf };
}
