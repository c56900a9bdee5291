import { useCallback } from 'react';
import { useApi } from '../../api/use-api';
import type { DepartmentView } from './views';

/** The registered departments, and a department's name by its id (the id when it is not known). */
export function useDepartments() {
  const loaded = useApi<{ items: DepartmentView[] }>('/api/departments');
  const items = loaded.data?.items;
  const nameOf = useCallback((id: string) => items?.find((d) => d.id === id)?.name ?? id, [items]);
  return { ...loaded, departments: items ?? [], nameOf };
}
