/** One page of a list held in full (a drawn list, its teams), and how many pages there are. */
export function slicePage<T>(
  rows: readonly T[],
  page: number,
  size: number,
): { rows: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(current * size, (current + 1) * size), pages, page: current };
}
