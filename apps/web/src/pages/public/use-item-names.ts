import type { Page } from '@app/contract';
import { useCallback } from 'react';
import { useApi } from '../../api/use-api';
import type { PublicCheckItem } from './disclosures';

/** Check items' names from the public list (items in force); an item not found shows as its id. */
export function useItemNames() {
  const loaded = useApi<Page<PublicCheckItem>>('/api/public/check-items', { limit: 1000 });
  const items = loaded.data?.items;
  return useCallback((itemId: string) => items?.find((i) => i.id === itemId)?.name ?? itemId, [items]);
}
