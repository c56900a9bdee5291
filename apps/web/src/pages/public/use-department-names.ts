import { useCallback } from 'react';
import { useApi } from '../../api/use-api';

/** Departments' names from the public list; a department not listed shows as its code. */
export function useDepartmentNames() {
  const loaded = useApi<{ items: { id: string; name: string }[] }>('/api/public/departments');
  const items = loaded.data?.items;
  return useCallback(
    (departmentId: string) => items?.find((d) => d.id === departmentId)?.name ?? departmentId,
    [items],
  );
}
