import type { Page } from '@app/contract';
import { type CallOptions, callApi } from '../../api/client';

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Every item of a paged list route, following `nextCursor` (at most `maxPages` pages of 1000). */
export async function readAllPages<T>(
  token: string | undefined,
  path: string,
  query: CallOptions['query'] = {},
  maxPages = 20,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await callApi<Page<T>>('GET', path, { token, query: { ...query, limit: 1000, cursor } });
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) return { items, truncated: false };
  }
  return { items, truncated: true };
}
