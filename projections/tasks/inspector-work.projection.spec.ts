import type { RecordedEvent } from '@app/event-store';
import type { AnyProjection, ReadDocument } from '@app/read-store';
import { type InspectorWorkView, inspectorWorkProjection } from './inspector-work.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>): RecordedEvent => {
  position += 1;
  const occurredAt = '2026-04-01T02:00:00.000Z';
  return {
    id: `event-${position}`,
    type,
    data: { taskId: 't1', ...data },
    metadata: {
      actorId: 'u',
      actorRoles: ['operator'],
      departmentId: 'scjg',
      correlationId: 'c',
      causationId: 'c',
      occurredAt,
      schemaVersion: 1,
    },
    stream: 'inspectionTask-t1',
    revision: position - 1,
    position,
    recordedAt: new Date(occurredAt),
  };
};

/** The `work` documents after the events, as the projection runner would leave them, by id. */
function fold(events: RecordedEvent[]): Record<string, InspectorWorkView> {
  const projection: AnyProjection = inspectorWorkProjection;
  const docs: Record<string, ReadDocument> = {};
  for (const e of events) {
    for (const change of projection.apply(e)) {
      if ('put' in change) docs[change.id] = change.put;
      else if ('update' in change) {
        const next = change.update(docs[change.id]);
        if (next) docs[change.id] = next;
        else delete docs[change.id];
      } else delete docs[change.id];
    }
  }
  return docs as Record<string, InspectorWorkView>;
}

const member = (inspectorId: string, departmentId = 'scjg') => ({ inspectorId, departmentId });
const locked = event('InspectionTaskLocked', {
  entityIds: ['e1', 'e2'],
  teams: {
    e1: { members: [member('p1'), member('p2')], leaderId: 'p1', experts: [member('x1')] },
    e2: { members: [member('p1'), member('p3')], leaderId: 'p1' },
  },
  window: { from: '2026-04-01', to: '2026-04-30' },
  leadDepartmentId: 'scjg',
  departmentIds: ['scjg'],
  itemIds: ['i1'],
});

describe('inspector work read model (考核 by inspector)', () => {
  it('given a lock, each member is assigned its entities; experts are not counted', () => {
    const docs = fold([locked]);
    expect(Object.keys(docs).sort()).toEqual(['t1|p1', 't1|p2', 't1|p3']);
    expect(docs['t1|p1']).toEqual({
      id: 't1|p1',
      taskId: 't1',
      inspectorId: 'p1',
      departmentId: 'scjg',
      assignedEntityIds: ['e1', 'e2'],
      enteredEntityIds: [],
    });
  });

  it('when a replacement is approved, the new inspector is assigned the entity too', () => {
    const replaced = event('InspectorReplacedWithApproval', {
      requestId: 'r1',
      entityId: 'e2',
      outInspectorId: 'p3',
      inInspectorId: 'p4',
      departmentId: 'scjg',
      reason: 'health',
      requesterId: 'u',
      approverId: 'h',
    });
    expect(fold([locked, replaced])['t1|p4'].assignedEntityIds).toEqual(['e2']);
  });

  it('when results are entered (a re-entry too), each entity counts once for the one who entered it', () => {
    const entry = (inspectorId: string, entityId: string, n: number) =>
      event('ResultEntered', { entityId, departmentId: 'scjg', inspectorId, result: {}, entry: n });
    const docs = fold([locked, entry('p1', 'e1', 1), entry('p1', 'e1', 2), entry('p3', 'e2', 1)]);
    expect(docs['t1|p1'].enteredEntityIds).toEqual(['e1']);
    expect(docs['t1|p3'].enteredEntityIds).toEqual(['e2']);
    expect(docs['t1|p2'].enteredEntityIds).toEqual([]);
  });
});
