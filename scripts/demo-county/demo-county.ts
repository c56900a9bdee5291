import { addDays } from '@app/domain/calendar/calendar-date';
import type { SimulationApi } from '../../bench/simulation';
import { SimulationSteps } from '../../bench/simulation-steps';

/**
 * The demonstration county (`npm run demo`): one district's departments, their items, 一业一单
 * lists, a directory of entities and inspectors, published plans and tasks at every stage, all
 * made over the api's HTTP routes as live data is, on a simulated clock that walks the months
 * before today so that deadlines are met, missed and still open when the demo starts on real time.
 */
export type DemoApi = SimulationApi;

export interface DemoSizes {
  /** Entities in the directory (DEMO_ENTITIES, default 2,000). */
  entities: number;
}

export const DEMO_DISTRICT = '320102';

/** The departments, in the order tasks pair them (each leads with the next as participant). */
export const DEMO_DEPARTMENTS = [
  { id: 'scjg', name: '玄武区市场监督管理局', items: ['食品经营许可情况检查', '产品质量监督抽查'] },
  { id: 'xf', name: '玄武区消防救援大队', items: ['消防安全检查', '消防设施维护保养检查'] },
  { id: 'ws', name: '玄武区卫生健康委员会', items: ['公共场所卫生检查', '生活饮用水卫生检查'] },
  { id: 'hb', name: '玄武区生态环境局', items: ['排污许可执行情况检查', '危险废物规范化管理检查'] },
] as const;

export type DemoDepartment = (typeof DEMO_DEPARTMENTS)[number]['id'];

/** Certified inspectors each department registers; scjg also keeps two experts. */
export const INSPECTORS_PER_DEPARTMENT = 6;

/** What the seeding made, for later steps (and the test) to use. */
export interface DemoIds {
  items: Record<string, string[]>;
  /** Plans by department and year. */
  plans: Record<string, Record<number, string>>;
  jointLists: string[];
  inspectors: Record<string, string[]>;
  /** Tasks by the stage they were left at. */
  tasks: Record<string, string[]>;
}

export class DemoCounty extends SimulationSteps {
  readonly ids: DemoIds = { items: {}, plans: {}, jointLists: [], inspectors: {}, tasks: {} };

  /** `today`: the Beijing date the demo is seeded on; every act is dated before it. */
  constructor(
    api: DemoApi,
    readonly today: string,
    readonly sizes: DemoSizes,
  ) {
    super(api, { sub: 'demo-admin', department: 'scjg' });
  }

  /** `days` before today (negative: after). */
  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  left(stage: string, taskId: string): void {
    (this.ids.tasks[stage] ??= []).push(taskId);
  }
}

/** Runs `work` over `items`, `width` at a time (the directory's entities: one POST each). */
export async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
