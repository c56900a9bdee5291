/** One page of a list held whole in the browser (an import's rejected rows): its rows and where it can go. */
export function slicePage<T>(rows: readonly T[], page: number, size: number) {
  const last = Math.max(0, Math.ceil(rows.length / size) - 1);
  const at = Math.min(Math.max(0, page), last);
  return {
    rows: rows.slice(at * size, at * size + size),
    page: at,
    hasPrevious: at > 0,
    hasNext: at < last,
  };
}
