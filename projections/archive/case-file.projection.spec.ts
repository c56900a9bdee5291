import type { DocumentChange, ReadDocument } from '@app/read-store';
import { type CaseFileEntryView, caseFileProjection } from './case-file.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, actorId = 'u1') => {
  position += 1;
  return {
    id: `ev${position}`,
    type,
    stream: `inspectionTask-${String(data.taskId)}`,
    position,
    data,
    metadata: {
      occurredAt: `2026-05-${String(10 + position).padStart(2, '0')}T02:00:00.000Z`,
      actorId,
      departmentId: 'scjg',
    },
  } as never;
};

/** The collections after the events, as the runner would leave them. */
function fold(events: unknown[]): Map<string, ReadDocument> {
  const docs = new Map<string, ReadDocument>();
  for (const e of events) {
    for (const change of caseFileProjection.apply(e as never) as DocumentChange[]) {
      const key = `${change.collection}/${change.id}`;
      const next = 'put' in change ? change.put : 'update' in change ? change.update(docs.get(key)) : null;
      if (next) docs.set(key, next);
      else docs.delete(key);
    }
  }
  return docs;
}
const entries = (docs: Map<string, ReadDocument>) =>
  [...docs.entries()].filter(([k]) => k.startsWith('entries/')).map(([, d]) => d as CaseFileEntryView);

describe('caseFile: an entity’s acts, one entry each (一对象一档案)', () => {
  it('gives each entity drawn an entry, and each act the entity of its record', () => {
    const docs = fold([
      event('EntitiesDrawn', { taskId: 't1', entityIds: ['e1', 'e2'], draw: {} }),
      event('ResultEntered', {
        taskId: 't1',
        entityId: 'e1',
        departmentId: 'scjg',
        inspectorId: 'i1',
        entry: 1,
        result: {
          category: 'no_issue_found',
          itemFindings: [],
          inspectedOn: '2026-05-11',
          notes: '私人笔记',
        },
      }),
    ]);
    expect(entries(docs).map((e) => [e.entityId, e.kind])).toEqual([
      ['e1', 'drawn'],
      ['e2', 'drawn'],
      ['e1', 'result'],
    ]);
    expect(JSON.stringify([...docs.values()])).not.toContain('私人笔记');
  });

  it('adds an objection’s review and a request’s decision to their entry; a step of nothing listed adds nothing', () => {
    const docs = fold([
      event('ObjectionFiled', {
        taskId: 't1',
        objectionId: 'o1',
        entityId: 'e1',
        departmentId: 'scjg',
        receivedOn: '2026-05-12',
        reviewDue: { date: '2026-06-12', provisional: false, unknownYears: [] },
      }),
      event('ObjectionReviewed', {
        taskId: 't1',
        objectionId: 'o1',
        upheld: false,
        reply: '维持',
        reviewedOn: '2026-05-20',
        late: false,
      }),
      event('RequestRejected', {
        taskId: 't1',
        requestId: 'replacement-1',
        approverId: 'h1',
        reply: '不同意',
      }),
    ]);
    const [objection] = entries(docs);
    expect(objection).toMatchObject({
      kind: 'objection',
      entityId: 'e1',
      detail: { reviewDue: '2026-06-12' },
    });
    expect(objection.steps?.map((s) => [s.act, s.detail.upheld])).toEqual([['ObjectionReviewed', false]]);
    expect(entries(docs)).toHaveLength(1);
  });

  it('keeps a task’s departments: the lead and the participants that accepted', () => {
    const docs = fold([
      event('InspectionTaskInitiated', {
        taskId: 't1',
        name: '联合抽查',
        leadDepartmentId: 'scjg',
        participants: [{ departmentId: 'xf' }, { departmentId: 'ws' }],
        window: { from: '2026-05-01', to: '2026-05-31' },
      }),
      event('ParticipantResponded', { taskId: 't1', departmentId: 'xf', accepted: true }),
      event('ParticipantResponded', { taskId: 't1', departmentId: 'ws', accepted: false }),
    ]);
    expect(docs.get('tasks/t1')).toMatchObject({
      leadDepartmentId: 'scjg',
      acceptedIds: ['xf'],
      planId: null,
    });
  });
});
