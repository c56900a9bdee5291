import type { Page } from '@app/contract';
import { useApi } from '../../api/use-api';
import { useCursorPaging } from '../../components/paging';

export const PAGE_SIZE = 50;

type Query = Record<string, string | number | boolean | undefined>;

/** One page of a list route, with the cursors to go on and back; a new query starts again at page one. */
export function usePagedList<T>(path: string | undefined, query: Query = {}, limit = PAGE_SIZE) {
  const paging = useCursorPaging(JSON.stringify({ path, query }));
  const loaded = useApi<Page<T>>(path, { ...query, limit, cursor: paging.cursor });
  const nextCursor = loaded.data?.nextCursor;
  return {
    ...loaded,
    rows: loaded.data?.items ?? [],
    onNextPage: nextCursor ? () => paging.next(nextCursor) : undefined,
    onPreviousPage: paging.previous,
  };
}
