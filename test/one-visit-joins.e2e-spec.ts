import {
  type VisitAggregateState,
  type VisitCommand,
  type VisitEvent,
  idCardCheckCharacter,
  registerStreams,
  visitDecider,
} from '@app/domain';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../apps/api/src/commands/command-context';
import { DecideCommand } from '../apps/api/src/commands/decide.command';
import { taskCommand } from '../apps/api/src/tasks/task-command';
import { VisitFacts } from '../apps/api/src/visits/visit-facts';
import { VisitJoins, joinCommandId } from '../apps/api/src/visits/visit-joins';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { creditCode, enforcementCertificate } from './support/task-fixtures';

type Join = { taskId: string; status: string; why?: string };
type Answer = { status: string; joins?: Join[]; team?: unknown; date: string; taskIds: string[] };

/**
 * The agreed visit and its tasks are separate streams (ADR 39): the interleavings that could leave
 * a task without its `TaskJoinedVisit` are driven here piece by piece, in order (no timing).
 */
describe('an agreed visit’s joins: idempotent and recoverable', () => {
  const api = new ApiHarness();
  const operator = (d: string) => staff(d, ['operator'], `u-operator-${d}`);
  const items: Record<string, string> = {};
  let serial = 0;

  const call = (method: string, path: string, as: Caller, body?: unknown) =>
    api.call<ErrorAnswer & Answer>(method, path, { as, body });
  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const context = (d: string): CommandContext => {
    serial += 1;
    const id = `0190f0a0-0000-7000-8000-${String(serial).padStart(12, '0')}`;
    return {
      actor: { id: `u-operator-${d}`, name: d, departmentId: d, roles: ['operator'] },
      rolesUsed: ['operator'],
      correlationId: id,
      commandId: id,
      now: new Date('2026-04-02T02:00:00.000Z'),
    };
  };
  const history = async (stream: string) => {
    const events: string[] = [];
    for await (const e of api.stores.events.readStream(stream)) events.push(e.type);
    return events;
  };

  async function lockedTask(lead: string, industryCode: string): Promise<string> {
    const { id } = await ok<{ id: string }>('POST', '/api/tasks', operator(lead), {
      adhocReason: '专项检查',
      name: `${lead}合并检查补登测试${serial++}`,
      participants: [],
      itemIds: [items[lead]],
      criteria: { regionCodes: ['320102'], industryCodes: [industryCode] },
      sampling: { count: 1 },
      window: { from: '2026-04-01', to: '2026-04-30' },
    });
    await ok('POST', `/api/tasks/${id}/draws/entities`, operator(lead), {});
    await ok('POST', `/api/tasks/${id}/draws/inspectors`, operator(lead), {});
    await ok('POST', `/api/tasks/${id}/lock`, operator(lead));
    return id;
  }

  /** Proposed over HTTP; the last agreement decided on the visit alone, its joins not yet made. */
  async function confirmedWithoutJoins(
    entity: string,
    industryCode: string,
  ): Promise<{ visitId: string; a: string; b: string }> {
    await ok('POST', '/api/entities', operator('scjg'), {
      code: entity,
      name: `合并检查补登测试公司${industryCode}`,
      kind: 'enterprise',
      address: '南京',
      regionCode: '320102',
      industryCode,
      creditRisk: 'B',
    });
    const a = await lockedTask('scjg', industryCode);
    const b = await lockedTask('xf', industryCode);
    const { visitId } = await ok<{ visitId: string }>('POST', '/api/visits', operator('scjg'), {
      entityId: entity,
      taskIds: [a, b],
      date: '2026-04-20',
    });
    const facts = api.app.get(VisitFacts);
    const command: VisitCommand = {
      kind: 'AnswerVisit',
      visitId,
      by: { actorId: 'u-operator-xf', departmentId: 'xf' },
      agree: true,
      tasks: await facts.taskFacts([a, b], entity),
      team: await facts.team(visitId, entity, [a, b]),
    };
    await api.app
      .get(CommandBus)
      .execute(
        new DecideCommand<VisitCommand, VisitEvent, VisitAggregateState>(
          registerStreams.visit(visitId),
          visitDecider,
          command,
          context('xf'),
        ),
      );
    return { visitId, a, b };
  }

  async function withdraw(taskId: string, lead: string, entityId: string): Promise<void> {
    const { requestId } = await ok<{ requestId: string }>(
      'POST',
      `/api/tasks/${taskId}/withdrawal-requests`,
      operator(lead),
      { entityId, reason: 'other', note: '已停业' },
    );
    await ok(
      'POST',
      `/api/tasks/${taskId}/withdrawal-requests/${requestId}/approve`,
      staff(lead, ['head']),
      {},
    );
  }

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-04-01T02:00:00.000Z' });
    for (const [d, n] of [
      ['scjg', 1],
      ['xf', 2],
    ] as const) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: '320102' });
      items[d] = (
        await ok<{ id: string }>('POST', '/api/check-items', operator(d), {
          departmentId: d,
          name: `${d}检查事项`,
          basis: '依据',
          targetKinds: ['enterprise'],
          content: '内容',
          methods: ['onsite'],
          itemClass: 'A',
          ratio: 0.05,
        })
      ).id;
      for (let i = 0; i < 2; i += 1) {
        const first17 = `3201021980050${n}${i}1`.padEnd(17, '5');
        await ok('POST', '/api/inspectors', operator(d), {
          departmentId: d,
          name: `${d}检查员${i}`,
          idCardNumber: first17 + idCardCheckCharacter(first17),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: '320102',
        });
      }
    }
  });
  afterAll(() => api.stop());

  // A locked task is cancelled only when its window is out of range; withdrawing the entity takes the
  // same path (its join is refused), and the deciders' specifications cover `cancelled`.
  it('a task that lost the entity between the last agreement’s check and its join is recorded as left', async () => {
    const entity = creditCode(83);
    const { visitId, a, b } = await confirmedWithoutJoins(entity, 'H6210');
    await withdraw(b, 'xf', entity);

    const shown = await call('GET', `/api/visits/${visitId}`, operator('scjg'));
    expect(shown.body).toMatchObject({ status: 'agreed' });
    expect(shown.body.joins).toEqual([
      { taskId: a, status: 'missing' },
      { taskId: b, status: 'missing', why: 'withdrawn' },
    ]);
    const outsider = await call('POST', `/api/visits/${visitId}/joins`, staff('ws', ['operator']));
    expect([outsider.status, outsider.body.code]).toEqual([403, 'NOT_THE_LEAD_DEPARTMENT']);

    const completed = await ok<Answer>('POST', `/api/visits/${visitId}/joins`, operator('scjg'));
    const expected = [
      { taskId: a, status: 'joined' },
      { taskId: b, status: 'left', why: 'withdrawn' },
    ];
    expect(completed.joins).toEqual(expected);
    expect(await history(registerStreams.visit(visitId))).toContain('VisitTaskLeft');
    const listed = await ok<{ agreed: { visitId: string; left?: unknown[] }[] }>(
      'GET',
      `/api/visits?entityId=${entity}`,
      operator('scjg'),
    );
    expect(listed.agreed.find((v) => v.visitId === visitId)?.left).toEqual([{ taskId: b, why: 'withdrawn' }]);

    // Again: nothing more is written.
    const before = [
      await history(registerStreams.visit(visitId)),
      await history(registerStreams.inspectionTask(a)),
    ];
    expect((await ok<Answer>('POST', `/api/visits/${visitId}/joins`, operator('xf'))).joins).toEqual(
      expected,
    );
    expect([
      await history(registerStreams.visit(visitId)),
      await history(registerStreams.inspectionTask(a)),
    ]).toEqual(before);
  });

  it('two attempts at the joins (a final agreement and its retry) record each task once', async () => {
    const entity = creditCode(84);
    const { visitId, a, b } = await confirmedWithoutJoins(entity, 'H6220');
    const joins = api.app.get(VisitJoins);
    const bus = api.app.get(CommandBus);
    const visit = await api.app.get(VisitFacts).visit(visitId);
    if (visit.status !== 'agreed' || !visit.team) throw new Error('not agreed');
    // The first attempt joined task a, then stopped.
    const join = {
      kind: 'JoinVisit' as const,
      taskId: a,
      visitId,
      entityId: entity,
      date: visit.date,
      team: visit.team,
      taskIds: visit.taskIds,
      counted: { taskId: a, year: 2026 },
    };
    const first = await bus.execute(
      taskCommand(a, join, { ...context('scjg'), commandId: joinCommandId(visitId, a) }),
    );
    expect(first.appended).toBe(1);
    // Its append replayed with the same ids at the same revision is recognised as the same append.
    const recorded = [];
    for await (const e of api.stores.events.readStream(registerStreams.inspectionTask(a))) recorded.push(e);
    const last = recorded[recorded.length - 1];
    const replay = await api.stores.events.appendToStream(
      registerStreams.inspectionTask(a),
      [{ id: last.id, type: last.type, data: last.data, metadata: last.metadata }],
      { expectedRevision: last.revision - 1 },
    );
    expect(replay.nextExpectedRevision).toBe(last.revision);

    // The late agreement is refused as decided; both attempts then complete the joins.
    const late = await call('POST', `/api/visits/${visitId}/agreement`, operator('xf'), { agree: true });
    expect([late.status, late.body.code]).toEqual([409, 'VISIT_ALREADY_DECIDED']);
    const [one, two] = await Promise.all([
      joins.complete(visitId, context('xf')),
      joins.complete(visitId, context('scjg')),
    ]);
    const expected = [
      { taskId: a, status: 'joined' },
      { taskId: b, status: 'joined' },
    ];
    expect([one, two]).toEqual([expected, expected]);
    for (const taskId of [a, b]) {
      const types = await history(registerStreams.inspectionTask(taskId));
      expect(types.filter((t) => t === 'TaskJoinedVisit')).toHaveLength(1);
    }
    expect(await history(registerStreams.visit(visitId))).not.toContain('VisitTaskLeft');
  });
});
