import { RESULT_CATEGORY_WORDS } from '@app/domain';
import type { CheckItemView, DepartmentView, EntityView, PublicResultView } from '@app/projections';
import type { Stores } from '@app/runtime';

/**
 * The columns of the national enterprise credit publicity system's disclosure of 抽查检查结果, in its
 * order: what an integrator maps field by field (docs/exchange.md).
 */
export const PUBLICITY_COLUMNS = [
  '企业名称',
  '统一社会信用代码',
  '检查实施机关',
  '抽查事项',
  '检查日期',
  '检查结果',
  '公示日期',
] as const;

export type PublicityRow = [string, string, string, string, string, string, string];

/** What an export covers: results published from `from` to `to` (Beijing days), of these departments. */
export interface PublicityPeriod {
  from: string;
  to: string;
  /** Undefined: every department. */
  departmentIds: ReadonlySet<string> | undefined;
}

const PAGE = 500;

/**
 * The published results of the period as rows, oldest publication first, read page by page so that a
 * year of a province is never held whole. Names are looked up once each; a result whose entity left
 * the directory keeps its id as the code.
 */
export async function* publicityRows(stores: Stores, period: PublicityPeriod): AsyncGenerator<PublicityRow> {
  const results = stores.projections.collection<PublicResultView>('publicDisclosures', 'results');
  const names = new NameCache(stores);
  let after: string | undefined;
  do {
    const page = await results.find({
      filter: { publishedOn: { $gte: period.from, $lte: period.to } },
      sort: [{ field: 'publishedOn', direction: 'asc' }],
      limit: PAGE,
      after,
    });
    for (const result of page.items) {
      if (period.departmentIds && !period.departmentIds.has(result.departmentId)) continue;
      yield await rowOf(result, names);
    }
    after = page.nextCursor;
  } while (after);
}

async function rowOf(result: PublicResultView, names: NameCache): Promise<PublicityRow> {
  const entity = await names.entity(result.entityId);
  const items = await Promise.all(result.items.map((i) => names.item(i.itemId)));
  return [
    entity?.name ?? '',
    entity?.code ?? result.entityId,
    await names.department(result.departmentId),
    items.join('；'),
    result.inspectedOn,
    RESULT_CATEGORY_WORDS[result.category] ?? result.category,
    result.publishedOn,
  ];
}

/** Bounded caches of the names an export repeats (departments and items); entities are read each. */
class NameCache {
  private readonly departments = new Map<string, string>();
  private readonly items = new Map<string, string>();

  constructor(private readonly stores: Stores) {}

  entity(id: string): Promise<EntityView | undefined> {
    return this.stores.projections.collection<EntityView>('entities', 'entities').get(id);
  }

  async department(id: string): Promise<string> {
    return this.cached(this.departments, id, async () => {
      const found = await this.stores.projections
        .collection<DepartmentView>('departments', 'departments')
        .get(id);
      return found?.name ?? id;
    });
  }

  async item(id: string): Promise<string> {
    return this.cached(this.items, id, async () => {
      const found = await this.stores.projections.collection<CheckItemView>('checkItems', 'items').get(id);
      return found?.name ?? id;
    });
  }

  private async cached(map: Map<string, string>, id: string, read: () => Promise<string>): Promise<string> {
    const known = map.get(id);
    if (known !== undefined) return known;
    const name = await read();
    if (map.size < 10_000) map.set(id, name);
    return name;
  }
}
