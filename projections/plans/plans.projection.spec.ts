import type { RecordedEvent } from '@app/event-store';
import type { AnyProjection, ReadDocument } from '@app/read-store';
import { type PlanView, plansProjection } from './plans.projection';

const definition = {
  year: 2026,
  name: '2026年度抽查计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['xf'],
  itemIds: ['item-1'],
  targetCriteria: {},
  ratiosByCreditRisk: { A: 0.03 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};

let position = 0;
const event = (type: string, data: Record<string, unknown>, occurredAt: string): RecordedEvent => {
  position += 1;
  return {
    id: `event-${position}`,
    type,
    data: { planId: 'plan-1', ...data },
    metadata: {
      actorId: 'u-operator',
      actorRoles: ['operator'],
      departmentId: 'scjg',
      correlationId: 'c',
      causationId: 'c',
      occurredAt,
      schemaVersion: 1,
    },
    stream: 'plan-plan-1',
    revision: position - 1,
    position,
    recordedAt: new Date(occurredAt),
  };
};

/** The plan's document after the events, as the projection runner would leave it. */
function fold(events: RecordedEvent[]): PlanView | undefined {
  const projection: AnyProjection = plansProjection;
  let current: ReadDocument | undefined;
  for (const e of events) {
    for (const change of projection.apply(e)) {
      if (change.collection !== 'plans') continue;
      if ('put' in change) current = change.put;
      else if ('update' in change) current = change.update(current) ?? undefined;
      else current = undefined;
    }
  }
  return current as PlanView | undefined;
}

const drafted = event('PlanDrafted', definition, '2026-02-01T02:00:00.000Z');
const published = (version: number, at: string) => event('PlanPublished', { version }, at);
const adjusted = (changes: Record<string, unknown>, previous: Record<string, unknown>, at: string) =>
  event('PlanAdjusted', { changes, previous, reason: '调整' }, at);
const renamed = adjusted({ name: '新名称' }, { name: definition.name }, '2026-04-01T02:00:00.000Z');
const narrowed = adjusted(
  { cooperatingDepartmentIds: [], itemIds: [] },
  { cooperatingDepartmentIds: ['xf'], itemIds: ['item-1'] },
  '2026-04-02T02:00:00.000Z',
);

describe('plans read model (internal)', () => {
  it('given a draft, when adjusted, then the draft itself changes: nothing is pending', () => {
    const plan = fold([drafted, renamed]);
    expect(plan).toMatchObject({ name: '新名称', status: 'draft', version: 0 });
    expect(plan?.pending).toBeUndefined();
    expect(plan?.adjustments).toEqual([expect.objectContaining({ version: 1, actorId: 'u-operator' })]);
  });

  it('given a published plan, when adjusted twice, then the published fields stay and the draft is pending', () => {
    const plan = fold([drafted, published(1, '2026-02-02T02:00:00.000Z'), renamed, narrowed]);
    expect(plan).toMatchObject({
      ...definition,
      departmentIds: ['scjg', 'xf'],
      version: 1,
      unpublishedChanges: true,
      pending: { ...definition, name: '新名称', cooperatingDepartmentIds: [], itemIds: [] },
    });
    expect(plan?.adjustments.map((a) => a.version)).toEqual([2, 2]);
  });

  it('given a pending draft, when published, then it is the next version and nothing is pending', () => {
    const plan = fold([
      drafted,
      published(1, '2026-02-02T02:00:00.000Z'),
      renamed,
      narrowed,
      published(2, '2026-04-03T02:00:00.000Z'),
    ]);
    expect(plan).toMatchObject({
      name: '新名称',
      cooperatingDepartmentIds: [],
      itemIds: [],
      departmentIds: ['scjg'],
      version: 2,
      unpublishedChanges: false,
      publishedAt: '2026-04-03T02:00:00.000Z',
      publications: [
        { version: 1, at: '2026-02-02T02:00:00.000Z' },
        { version: 2, at: '2026-04-03T02:00:00.000Z' },
      ],
    });
    expect(plan).not.toHaveProperty('pending');
  });
});
