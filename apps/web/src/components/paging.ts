import { useState } from 'react';

/** Cursor paging: the cursors of the pages before, to go back; resets when the query changes. */
export function useCursorPaging(queryKey: string) {
  const [state, setState] = useState<{ key: string; cursors: string[] }>({ key: queryKey, cursors: [] });
  const cursors = state.key === queryKey ? state.cursors : [];
  return {
    cursor: cursors[cursors.length - 1],
    next: (nextCursor: string) => setState({ key: queryKey, cursors: [...cursors, nextCursor] }),
    previous:
      cursors.length > 0 ? () => setState({ key: queryKey, cursors: cursors.slice(0, -1) }) : undefined,
  };
}

/** One page of a list held whole in the browser: its rows, where it is, and where it can go. */
export function slicePage<T>(rows: readonly T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return {
    rows: rows.slice(at * size, at * size + size),
    page: at,
    pages,
    hasPrevious: at > 0,
    hasNext: at < pages - 1,
  };
}

/** A list held whole, shown a page at a time: the page's rows and DataTable's previous / next. */
export function useLocalPaging<T>(rows: readonly T[], size: number) {
  const [page, setPage] = useState(0);
  const shown = slicePage(rows, page, size);
  return {
    ...shown,
    setPage,
    onPreviousPage: shown.hasPrevious ? () => setPage(shown.page - 1) : undefined,
    onNextPage: shown.hasNext ? () => setPage(shown.page + 1) : undefined,
  };
}
