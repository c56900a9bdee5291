import type { DocumentFilter, ReadCollection, ReadDocument } from '@app/read-store';

/** Every document matching the filter, page after page. */
export async function everything<Doc extends ReadDocument>(
  collection: ReadCollection<Doc>,
  filter: DocumentFilter | undefined,
): Promise<Doc[]> {
  const out: Doc[] = [];
  let after: string | undefined;
  do {
    const page = await collection.find({ filter, limit: 1000, after });
    out.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return out;
}
