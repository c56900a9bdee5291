import type { RecordedEvent } from '@app/event-store';
import type { AnyProjection, ReadDocument } from '@app/read-store';
import { type PublicPlanDocument, publicPlansProjection } from './public-plans.projection';

const definition = {
  year: 2026,
  name: '2026年度抽查计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['xf'],
  itemIds: ['item-1'],
  targetCriteria: { regionCodes: ['320102'] },
  ratiosByCreditRisk: { A: 0.03, D: 0.3 },
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
      actorId: 'actor-secret',
      actorRoles: ['operator'],
      departmentId: 'scjg',
      correlationId: 'correlation-secret',
      causationId: 'causation-secret',
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
function fold(events: RecordedEvent[]): PublicPlanDocument | undefined {
  const projection: AnyProjection = publicPlansProjection; // as the runner holds it
  let current: ReadDocument | undefined;
  for (const e of events) {
    for (const change of projection.apply(e)) {
      if ('put' in change) current = change.put;
      else if ('update' in change) current = change.update(current) ?? undefined;
      else current = undefined;
    }
  }
  return current as PublicPlanDocument | undefined;
}

const drafted = event('PlanDrafted', definition, '2026-02-01T02:00:00.000Z');
const published = event('PlanPublished', { version: 1 }, '2026-02-02T17:00:00.000Z');
const adjusted = event(
  'PlanAdjusted',
  {
    changes: { name: '调整后的计划', ratiosByCreditRisk: { A: 0.5 } },
    previous: { name: definition.name, ratiosByCreditRisk: definition.ratiosByCreditRisk },
    reason: '内部原因：领导批示',
  },
  '2026-04-01T02:00:00.000Z',
);

describe('public plans (抽查工作计划公示)', () => {
  it('shows nothing of a draft', () => {
    expect(fold([drafted])?.published).toBeUndefined();
    expect(fold([drafted, adjusted])?.published).toBeUndefined();
  });

  it('shows the plan as published, on its Beijing day, without who or why', () => {
    expect(fold([drafted, published])?.published).toEqual({
      id: 'plan-1',
      ...definition,
      status: 'published',
      version: 1,
      publishedOn: '2026-02-03',
      adjustments: [],
    });
  });

  it('keeps showing the published version after an adjustment, until it is published again', () => {
    const before = fold([drafted, published])?.published;
    expect(fold([drafted, published, adjusted])?.published).toEqual(before);
    const again = event('PlanPublished', { version: 2 }, '2026-04-02T02:00:00.000Z');
    const version2 = {
      ...definition,
      name: '调整后的计划',
      ratiosByCreditRisk: { A: 0.5 },
      version: 2,
      publishedOn: '2026-04-02',
      adjustments: [
        { fields: ['name', 'ratiosByCreditRisk'], reason: '内部原因：领导批示', adjustedOn: '2026-04-01' },
      ],
    };
    const document = fold([drafted, published, adjusted, again]);
    expect(document?.published).toEqual({ id: 'plan-1', ...version2, status: 'published' });
    expect(document?.versions).toEqual([
      { ...definition, version: 1, publishedOn: '2026-02-03', adjustments: [] },
      version2,
    ]);
    expect(document?.pendingAdjustments).toEqual([]);
  });

  it('does not publish the adjustments made to a draft before its first publication', () => {
    expect(fold([drafted, adjusted, published])?.published).toMatchObject({
      name: '调整后的计划',
      version: 1,
      adjustments: [],
    });
  });

  it('marks a published plan closed, and never shows one closed before it was published', () => {
    const closed = event('PlanClosed', { reason: '内部原因' }, '2026-12-01T02:00:00.000Z');
    expect(fold([drafted, published, adjusted, closed])?.published).toEqual({
      ...fold([drafted, published])?.published,
      status: 'closed',
      closedOn: '2026-12-01',
    });
    expect(fold([drafted, closed])?.published).toBeUndefined();
  });

  it('holds no actor, role, correlation or event id anywhere in the document', () => {
    const again = event('PlanPublished', { version: 2 }, '2026-04-02T02:00:00.000Z');
    const text = JSON.stringify(fold([drafted, published, adjusted, again]));
    for (const secret of ['secret', 'event-', 'operator']) expect(text).not.toContain(secret);
  });
});
