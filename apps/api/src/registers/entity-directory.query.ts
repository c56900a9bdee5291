import type { Page } from '@app/contract';
import type { EntityTagView, EntityView } from '@app/projections';
import type { DocumentFilter, ReadCollection } from '@app/read-store';
import type { EntityQueryDto } from './entity.dto';

const FIELDS = ['regionCode', 'industryCode', 'creditRisk', 'kind', 'status'] as const;

/**
 * Searches the directory: by indexed fields, by a code or the beginning of a name (`q`), or by
 * tag. A tag search pages through the tag's entries and applies the other filters to each page,
 * so a page may hold fewer than `limit` entities; `nextCursor` says whether more follow.
 */
export async function searchEntityDirectory(
  entities: ReadCollection<EntityView>,
  tags: ReadCollection<EntityTagView>,
  query: EntityQueryDto,
): Promise<Page<EntityView>> {
  const filter: DocumentFilter = {};
  for (const field of FIELDS) if (query[field] !== undefined) filter[field] = query[field];
  const matches = (entity: EntityView): boolean =>
    FIELDS.every((field) => query[field] === undefined || entity[field] === query[field]) &&
    (query.q === undefined ||
      entity.id === query.q.toUpperCase() ||
      entity.id === query.q ||
      entity.name.startsWith(query.q));

  if (query.tag !== undefined) {
    const page = await tags.find({ filter: { tag: query.tag }, limit: query.limit, after: query.cursor });
    const ids = page.items.map((t) => t.entityId);
    const found = ids.length
      ? (await entities.find({ filter: { id: { $in: ids } }, limit: 1000 })).items
      : [];
    return { items: found.filter(matches), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }
  if (query.q !== undefined) {
    const code = /^[0-9A-Za-z]{18}$/.test(query.q) ? query.q.toUpperCase() : query.q;
    const exact = query.cursor === undefined ? await entities.get(code) : undefined;
    if (exact && matches(exact)) return { items: [exact] };
    filter.name = { $gte: query.q, $lt: `${query.q}\uffff` };
    return entities.find({
      filter,
      sort: [{ field: 'name', direction: 'asc' }],
      limit: query.limit,
      after: query.cursor,
    });
  }
  return entities.find({ filter, limit: query.limit, after: query.cursor });
}
