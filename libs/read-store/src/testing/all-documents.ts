import type { ReadCollection, ReadDocument } from '../read-model';

/** Every document of a collection, page by page, in id order. */
export async function allDocuments<Doc extends ReadDocument>(
  collection: ReadCollection<Doc>,
): Promise<Doc[]> {
  const out: Doc[] = [];
  let after: string | undefined;
  do {
    const page = await collection.find({ limit: 1000, after });
    out.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return out;
}
