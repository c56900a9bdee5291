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
