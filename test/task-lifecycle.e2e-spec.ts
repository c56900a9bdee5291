import { createHash } from 'node:crypto';
import { idCardCheckCharacter, usccCheckCharacter } from '@app/domain';
import { allProjections } from '@app/projections';
import { ApiHarness, type Caller, type ErrorAnswer, admin, anyString, staff } from './support/api-harness';
import { drandRoundSoon, enforcementCertificate } from './support/task-fixtures';

/** One joint task walked through every step by three departments, over HTTP. */
describe('an inspection task over HTTP, from initiation to follow-up', () => {
  const api = new ApiHarness();
  const departments = ['scjg', 'xf', 'ws'];
  const operator = (d: string) => staff(d, ['operator']);
  const head = (d: string, sub = `head-${d}`) => staff(d, ['head'], sub);
  const principal = (d: string) => staff(d, ['principal']);
  const inspectorCaller = (d: string, id: string): Caller => ({
    sub: id,
    department: d,
    roles: ['inspector'],
  });
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const shift = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

  const items: Record<string, string> = {};
  const entities: string[] = [];
  const inspectors: Record<string, string[]> = {};
  let taskId = '';

  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const refused = async (
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ): Promise<ErrorAnswer & { status: number }> => {
    const answer = await api.call<ErrorAnswer>(method, path, { as, body });
    return { ...answer.body, status: answer.status };
  };
  const events = async () => {
    const out = [];
    for await (const e of api.stores.events.readStream(`inspectionTask-${taskId}`)) out.push(e);
    return out;
  };

  beforeAll(async () => {
    await api.start();
    for (const d of departments) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: '320102' });
      const item = await ok<{ id: string }>('POST', '/api/check-items', operator(d), {
        departmentId: d,
        name: `${d}检查事项`,
        basis: '依据',
        targetKinds: ['enterprise'],
        content: '内容',
        methods: ['onsite'],
        itemClass: 'A',
        ratio: 0.05,
      });
      items[d] = item.id;
      inspectors[d] = [];
      for (let n = 0; n < 3; n += 1) {
        const first17 = `32010219800101${departments.indexOf(d)}${n}1`;
        const person = await ok<{ id: string }>('POST', '/api/inspectors', operator(d), {
          departmentId: d,
          name: `${d}检查员${n}`,
          idCardNumber: first17 + idCardCheckCharacter(first17),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: '320102',
        });
        inspectors[d].push(person.id);
      }
    }
    for (let n = 0; n < 2; n += 1) {
      const first17 = `91320102MA0000${n}0X`.slice(0, 17);
      const code = first17 + usccCheckCharacter(first17);
      await ok('POST', '/api/entities', operator('scjg'), {
        code,
        name: `南京某公司${n}`,
        kind: 'enterprise',
        address: '南京',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
      entities.push(code);
    }
  });
  afterAll(() => api.stop());

  it('1. the lead department initiates an ad hoc joint task, committing to a secret draw seed', async () => {
    const body = {
      adhocReason: '群众投诉集中，开展专项联合检查',
      name: '餐饮行业联合抽查',
      participants: [
        { departmentId: 'xf', itemIds: [items.xf] },
        { departmentId: 'ws', itemIds: [items.ws] },
      ],
      itemIds: [items.scjg],
      criteria: { regionCodes: ['320102'] },
      sampling: { count: 2 },
      window: { from: shift(-5), to: shift(30) },
    };
    expect(
      await refused('POST', '/api/tasks', operator('scjg'), { ...body, adhocReason: undefined }),
    ).toMatchObject({
      status: 409,
      code: 'ADHOC_TASK_NEEDS_REASON',
    });
    expect(await refused('POST', '/api/tasks', head('scjg'), body)).toMatchObject({
      status: 403,
      code: 'ROLE_NOT_ALLOWED',
    });
    taskId = (await ok<{ id: string }>('POST', '/api/tasks', operator('scjg'), body)).id;
    const task = await ok<{ status: string; leadDepartmentId: string; responseDue: { date: string } }>(
      'GET',
      `/api/tasks/${taskId}`,
      operator('xf'),
    );
    expect(task).toMatchObject({ status: 'initiated', leadDepartmentId: 'scjg' });
    const [initiated] = await events();
    expect(initiated.data.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    expect(initiated.metadata).toMatchObject({
      actorId: 'operator-scjg',
      departmentId: 'scjg',
      actorRoles: ['operator'],
    });
  });

  it('2. each participant responds once; the lead cannot lock before everyone has', async () => {
    await ok('POST', `/api/tasks/${taskId}/responses`, operator('xf'), {
      accepted: true,
      itemIds: [items.xf],
    });
    expect(
      await refused('POST', `/api/tasks/${taskId}/responses`, operator('xf'), {
        accepted: true,
        itemIds: [items.xf],
      }),
    ).toMatchObject({ status: 409, code: 'ALREADY_RESPONDED' });
    expect(await refused('POST', `/api/tasks/${taskId}/lock`, operator('scjg'))).toMatchObject({
      code: 'PARTICIPANTS_NOT_ALL_RESPONDED',
    });
    expect(
      await refused('POST', `/api/tasks/${taskId}/responses`, operator('scjg'), {
        accepted: true,
        itemIds: [],
      }),
    ).toMatchObject({ code: 'NOT_A_PARTICIPANT' });
    await ok('POST', `/api/tasks/${taskId}/responses`, operator('ws'), {
      accepted: true,
      itemIds: [items.ws],
    });
  });

  it('3. the lead draws the entities once, verifiably: the seed committed at initiation is revealed; no redraw', async () => {
    const drawn = await ok<{
      drawn: number;
      entityIds: string[];
      record: { poolSize: number; position: number };
    }>('POST', `/api/tasks/${taskId}/draws/entities`, operator('scjg'), {});
    expect(drawn.drawn).toBe(2);
    expect([...drawn.entityIds].sort()).toEqual([...entities].sort());
    expect(drawn.record.poolSize).toBe(2);
    expect(await refused('POST', `/api/tasks/${taskId}/draws/entities`, operator('scjg'), {})).toMatchObject({
      status: 409,
      code: 'ENTITIES_ALREADY_DRAWN',
    });
    const all = await events();
    const record = all.find((e) => e.type === 'EntitiesDrawn')!.data.draw as {
      seed: string;
      position: number;
    };
    expect(createHash('sha256').update(Buffer.from(record.seed, 'hex')).digest('hex')).toBe(
      all[0].data.seedCommitment,
    );
    const verified = await ok<{ verified: boolean; mismatches: string[]; poolSize: number }>(
      'GET',
      `/api/tasks/${taskId}/draws/verify`,
      operator('xf'),
    );
    expect(verified).toMatchObject({ verified: true, mismatches: [], poolSize: 2 });
  });

  it('4. each department draws its inspectors (work spread, lead names leaders); the lead locks', async () => {
    const drawn = await ok<{ assignments: { entityId: string; inspectorIds: string[] }[] }>(
      'POST',
      `/api/tasks/${taskId}/draws/inspectors`,
      operator('scjg'),
      {},
    );
    // Two entities, three inspectors: nobody goes twice while a colleague has none.
    const lead = drawn.assignments.flatMap((a) => a.inspectorIds);
    expect(new Set(lead).size).toBe(2);
    expect(
      await refused('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('scjg'), {}),
    ).toMatchObject({ code: 'INSPECTORS_ALREADY_DRAWN' });
    expect(await refused('POST', `/api/tasks/${taskId}/lock`, operator('scjg'))).toMatchObject({
      code: 'TEAM_TOO_SMALL',
    });
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('xf'), {});
    expect(await refused('POST', `/api/tasks/${taskId}/lock`, operator('scjg'))).toMatchObject({
      code: 'TEAM_MISSING_DEPARTMENT',
    });
    expect(
      await refused('POST', `/api/tasks/${taskId}/withdrawal-requests`, operator('scjg'), {
        entityId: entities[0],
        reason: 'other',
        note: '不想查',
      }),
    ).toMatchObject({ status: 409, code: 'TASK_NOT_LOCKED' });
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('ws'), {});
    expect(await refused('POST', `/api/tasks/${taskId}/lock`, operator('xf'))).toMatchObject({
      code: 'NOT_THE_LEAD_DEPARTMENT',
    });
    const locked = await ok<{
      status: string;
      teams: Record<string, { members: unknown[]; leaderId: string }>;
    }>('POST', `/api/tasks/${taskId}/lock`, operator('scjg'));
    expect(locked.status).toBe('locked');
    for (const entityId of entities) {
      expect(locked.teams[entityId].members).toHaveLength(3);
      expect(inspectors.scjg).toContain(locked.teams[entityId].leaderId);
    }
    // Each department drew with its own seed, committed at initiation and revealed only now.
    const all = await events();
    const commitments = all[0].data.inspectorSeedCommitments as Record<string, string>;
    expect(Object.keys(commitments).sort()).toEqual(['scjg', 'ws', 'xf']);
    for (const drawn of all.filter((e) => e.type === 'InspectorsDrawn')) {
      const { seed, departmentId } = drawn.data.draw as { seed: string; departmentId: string };
      expect(createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex')).toBe(
        commitments[departmentId],
      );
    }
    const verified = await ok<{ verified: boolean }>(
      'GET',
      `/api/tasks/${taskId}/draws/verify`,
      operator('ws'),
    );
    expect(verified).toMatchObject({ verified: true, mismatches: [] });
  });

  const team = async (entityId: string) =>
    (
      await ok<{ teams: Record<string, { leaderId: string; members: { inspectorId: string }[] }> }>(
        'GET',
        `/api/tasks/${taskId}`,
        operator('scjg'),
      )
    ).teams[entityId];

  it('5. a replacement is asked by one and approved by a head who is not the requester; two approvals race, one wins', async () => {
    const before = await team(entities[0]);
    const leader = before.leaderId;
    const newcomer = inspectors.scjg.find((id) => !before.members.some((m) => m.inspectorId === id))!;
    const ask = {
      entityId: entities[0],
      outInspectorId: leader,
      inInspectorId: newcomer,
      reason: 'post_change',
      note: '调岗',
    };
    const { requestId } = await ok<{ requestId: string }>(
      'POST',
      `/api/tasks/${taskId}/replacement-requests`,
      head('scjg', 'head-requester'),
      ask,
    );
    expect(
      await refused(
        'POST',
        `/api/tasks/${taskId}/replacement-requests/${requestId}/approve`,
        head('scjg', 'head-requester'),
        {},
      ),
    ).toMatchObject({ code: 'APPROVER_IS_REQUESTER' });
    expect(
      await refused('POST', `/api/tasks/${taskId}/replacement-requests/${requestId}/approve`, head('xf'), {}),
    ).toMatchObject({ code: 'APPROVER_OF_OTHER_DEPARTMENT' });
    const race = await Promise.all(
      ['head-1', 'head-2'].map((sub) =>
        api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/replacement-requests/${requestId}/approve`, {
          as: head('scjg', sub),
          body: {},
        }),
      ),
    );
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(race.find((r) => r.status === 409)!.body.code).toMatch(
      /^(REQUEST_ALREADY_DECIDED|CONCURRENT_CHANGE)$/,
    );
    const task = await ok<{
      teams: Record<string, { leaderId: string; members: { inspectorId: string }[] }>;
    }>('GET', `/api/tasks/${taskId}`, operator('scjg'));
    expect(task.teams[entities[0]].leaderId).toBe(newcomer);
    const replaced = (await events()).find((e) => e.type === 'InspectorReplacedWithApproval')!;
    expect(replaced.data).toMatchObject({
      requesterId: 'head-requester',
      reason: 'post_change',
      outInspectorId: leader,
    });
    expect(['head-1', 'head-2']).toContain(replaced.data.approverId);
  });

  it('6. team members enter results, a head publishes, a principal approves a correction', async () => {
    const current = await team(entities[0]);
    const newcomer = current.leaderId;
    const outsider = inspectors.scjg.find((id) => !current.members.some((m) => m.inspectorId === id))!;
    const result = {
      entityId: entities[0],
      category: 'ordered_to_correct',
      method: 'onsite',
      itemFindings: [{ itemId: items.scjg, finding: '许可证过期', compliant: false }],
      inspectedOn: today,
    };
    expect(
      await refused('POST', `/api/tasks/${taskId}/results`, inspectorCaller('scjg', outsider), result),
    ).toMatchObject({ code: 'NOT_IN_TEAM' });
    expect(
      await refused('POST', `/api/tasks/${taskId}/results`, inspectorCaller('scjg', newcomer), {
        ...result,
        inspectedOn: shift(1),
      }),
    ).toMatchObject({ code: 'RESULT_IN_FUTURE' });
    await ok('POST', `/api/tasks/${taskId}/results`, inspectorCaller('scjg', newcomer), result);
    const published = await ok<{ due: { date: string } }>(
      'POST',
      `/api/tasks/${taskId}/publications`,
      head('scjg'),
      {
        entityId: entities[0],
      },
    );
    expect(published.due.date > shift(30)).toBe(true);
    expect(
      await refused('POST', `/api/tasks/${taskId}/results`, inspectorCaller('scjg', newcomer), result),
    ).toMatchObject({ code: 'RESULT_ALREADY_PUBLISHED' });
    expect(
      await refused('POST', `/api/tasks/${taskId}/publications`, head('xf'), { entityId: entities[0] }),
    ).toMatchObject({ code: 'RESULT_NOT_ENTERED' });

    const { objectionId } = await ok<{ objectionId: string }>(
      'POST',
      `/api/tasks/${taskId}/objections`,
      operator('scjg'),
      {
        entityId: entities[0],
        departmentId: 'scjg',
        grounds: '已于检查前续期',
      },
    );
    await ok('POST', `/api/tasks/${taskId}/objections/${objectionId}/review`, head('scjg'), {
      upheld: true,
      reply: '异议成立',
    });
    const { requestId } = await ok<{ requestId: string }>(
      'POST',
      `/api/tasks/${taskId}/correction-requests`,
      operator('scjg'),
      {
        entityId: entities[0],
        corrected: { ...result, entityId: undefined, category: 'no_issue_found' },
        reason: '异议成立',
        objectionId,
      },
    );
    expect(
      await refused(
        'POST',
        `/api/tasks/${taskId}/correction-requests/${requestId}/approve`,
        head('scjg'),
        {},
      ),
    ).toMatchObject({ status: 403, code: 'ROLE_NOT_ALLOWED' });
    // Through a head's route for another kind of request, a correction is not found.
    expect(
      await refused(
        'POST',
        `/api/tasks/${taskId}/replacement-requests/${requestId}/approve`,
        head('scjg'),
        {},
      ),
    ).toMatchObject({ status: 404, code: 'REQUEST_NOT_FOUND' });
    await ok('POST', `/api/tasks/${taskId}/correction-requests/${requestId}/approve`, principal('scjg'), {});
    const task = await ok<{ published: Record<string, { category: string }> }>(
      'GET',
      `/api/tasks/${taskId}`,
      operator('scjg'),
    );
    expect(task.published[`${entities[0]}|scjg`].category).toBe('no_issue_found');
  });

  it('7. follow-ups are recorded; a task is cancelled only before lock', async () => {
    await ok('POST', `/api/tasks/${taskId}/follow-ups`, operator('xf'), {
      entityId: entities[0],
      kind: 'referral',
      detail: '移送卫健部门',
      toDepartmentId: 'ws',
    });
    expect(
      await refused('POST', `/api/tasks/${taskId}/cancel`, operator('scjg'), { reason: 'x' }),
    ).toMatchObject({
      code: 'TASK_LOCKED',
    });
    const types = (await events()).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'InspectionTaskInitiated',
        'ParticipantResponded',
        'EntitiesDrawn',
        'InspectorsDrawn',
        'InspectionTaskLocked',
        'InspectorReplacementRequested',
        'InspectorReplacedWithApproval',
        'ResultEntered',
        'ResultPublished',
        'ObjectionFiled',
        'ObjectionReviewed',
        'CorrectionRequested',
        'ResultCorrected',
        'FollowUpRecorded',
      ]),
    );
  });

  it('7a. many officials act on the same task at once: every accepted act is recorded once, none lost', async () => {
    const before = (await events()).length;
    const followUps = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        api.call('POST', `/api/tasks/${taskId}/follow-ups`, {
          as: i % 2 ? operator('xf') : operator('scjg'),
          body: {
            entityId: entities[i % entities.length],
            kind: 'referral',
            detail: `移送${i}`,
            toDepartmentId: 'ws',
          },
        }),
      ),
    );
    expect(followUps.map((a) => a.status)).toEqual(Array.from({ length: 24 }, () => 201));
    const after = await events();
    expect(after.length - before).toBe(24);
    expect(new Set(after.slice(before).map((e) => e.data.followUpId)).size).toBe(24);
    // The same act by many at once is taken once; the others are told why.
    const objections = await Promise.all(
      Array.from({ length: 6 }, () =>
        api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/cancel`, {
          as: operator('scjg'),
          body: { reason: 'x' },
        }),
      ),
    );
    expect(objections.every((a) => a.status === 409 && a.body.code === 'TASK_LOCKED')).toBe(true);
    expect((await events()).length).toBe(after.length);
  });

  it('7b. every act is in the accountability read model: who, role, department, requester, approver, reason', async () => {
    interface Row {
      act: string;
      actorId: string;
      departmentId: string;
      roles: string[];
      taskId?: string;
      entityId?: string;
      requesterId?: string;
      approverId?: string;
      reason?: string;
      occurredAt: string;
    }
    const supervisor = { sub: 'sup-1', department: 'jjjc', roles: ['supervisor'] };
    const rows: Row[] = [];
    let cursor: string | undefined;
    do {
      const page = await ok<{ items: Row[]; nextCursor?: string }>(
        'GET',
        `/api/accountability?taskId=${taskId}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        supervisor,
      );
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    // The task's acts: its stream's events, and its draw's entry in the draw ledger (ADR 44).
    const acts = rows.map((r) => r.act);
    expect(acts.filter((act) => act === 'EntityDrawLedgered')).toHaveLength(1);
    expect(acts.filter((act) => act !== 'EntityDrawLedgered')).toEqual((await events()).map((e) => e.type));
    expect([...rows.map((r) => r.occurredAt)].sort()).toEqual(rows.map((r) => r.occurredAt));
    const replaced = rows.find((r) => r.act === 'InspectorReplacedWithApproval')!;
    expect(replaced).toMatchObject({
      taskId,
      requesterId: anyString(),
      approverId: anyString(),
    });
    expect(replaced.reason).toBeDefined();
    expect(replaced.approverId).not.toBe(replaced.requesterId);
    expect(rows.find((r) => r.act === 'ResultCorrected')).toMatchObject({ approverId: anyString() });
    // A head reads their own department's acts only.
    const xfRows = await ok<{ items: Row[] }>(
      'GET',
      `/api/accountability?taskId=${taskId}&limit=1000`,
      head('xf'),
    );
    expect(xfRows.items.length).toBeGreaterThan(0);
    expect(xfRows.items.every((r) => r.departmentId === 'xf')).toBe(true);
    expect(await refused('GET', '/api/accountability?departmentId=scjg', head('xf'))).toMatchObject({
      status: 403,
      code: 'OTHER_DEPARTMENT',
    });
    expect(await refused('GET', '/api/accountability', operator('scjg'))).toMatchObject({
      status: 403,
      code: 'ROLE_NOT_ALLOWED',
    });
    const byActor = await ok<{ items: Row[] }>(
      'GET',
      `/api/accountability?actorId=${replaced.approverId}&limit=1000`,
      supervisor,
    );
    expect(byActor.items.every((r) => r.actorId === replaced.approverId)).toBe(true);
    const none = await ok<{ items: Row[] }>(
      'GET',
      `/api/accountability?taskId=${taskId}&to=2000-01-01`,
      supervisor,
    );
    expect(none.items).toEqual([]);
    expect(await refused('GET', '/api/accountability?from=yesterday', supervisor)).toMatchObject({
      status: 400,
    });
  });

  it('7c. the public portal, without signing in: the announcement, the published and corrected result, masked', async () => {
    const announcements = await api.call<{
      items: { id: string; announcedOn?: string; entityCount: number }[];
    }>('GET', '/api/public/tasks');
    expect(announcements.status).toBe(200);
    expect(announcements.body.items.find((a) => a.id === taskId)).toMatchObject({
      announcedOn: expect.any(String) as string,
    });
    const found = await api.call<{
      entities: { id: string }[];
      results: ({ taskId: string; departmentId: string; correction?: { reason: string } } & Record<
        string,
        unknown
      >)[];
    }>('GET', `/api/public/results?entityCode=${entities[0]}`);
    expect(found.status).toBe(200);
    expect(found.body.entities.map((e) => e.id)).toEqual([entities[0]]);
    const ours = found.body.results.filter((r) => r.taskId === taskId);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.some((r) => r.correction !== undefined)).toBe(true);
    for (const result of ours) {
      for (const hidden of ['inspectorId', 'witness', 'notes', 'itemFindings'])
        expect(result).not.toHaveProperty(hidden);
    }
    expect((await api.call('GET', '/api/public/results')).status).toBe(400);
    expect((await api.call('GET', '/api/public/check-items')).status).toBe(200);
    expect((await api.call('GET', '/api/public/plans')).status).toBe(200);
    // Withdrawn from public view only once the legal period is over, on the entity's application.
    expect(
      await refused('POST', `/api/tasks/${taskId}/public-disclosure-stops`, head('scjg'), {
        entityId: entities[0],
        application: '已整改，申请停止公示',
      }),
    ).toMatchObject({ status: 409, code: 'PUBLICATION_PERIOD_NOT_OVER' });
    expect(
      await refused('POST', `/api/tasks/${taskId}/public-disclosure-stops`, operator('scjg'), {
        entityId: entities[0],
        application: 'x',
      }),
    ).toMatchObject({ status: 403 });
  });

  it('9. a task in a plan needs the plan published, its items and its window; before lock it can be cancelled', async () => {
    const year = Number(today.slice(0, 4));
    const plan = await ok<{ id: string }>('POST', '/api/plans', operator('scjg'), {
      year,
      name: `${year}年度双随机抽查计划`,
      leadDepartmentId: 'scjg',
      cooperatingDepartmentIds: ['xf'],
      itemIds: [items.scjg, items.xf],
      targetCriteria: {},
      ratiosByCreditRisk: { A: 0.03, D: 0.1 },
      window: { from: `${year}-01-01`, to: `${year}-12-31` },
    });
    const task = {
      planId: plan.id,
      name: '计划内联合抽查',
      participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
      itemIds: [items.scjg],
      criteria: {},
      sampling: { ratio: 0.05 },
      window: { from: today, to: today },
      beacon: drandRoundSoon(),
    };
    expect(await refused('POST', '/api/tasks', operator('scjg'), task)).toMatchObject({
      code: 'PLAN_NOT_PUBLISHED',
    });
    await ok('POST', `/api/plans/${plan.id}/publish`, head('scjg'));
    expect(
      await refused('POST', '/api/tasks', operator('scjg'), {
        ...task,
        participants: [{ departmentId: 'ws', itemIds: [items.ws] }],
      }),
    ).toMatchObject({ code: 'ITEM_NOT_IN_PLAN' });
    const { id } = await ok<{ id: string }>('POST', '/api/tasks', operator('scjg'), task);
    const cancelled = await ok<{ status: string }>('POST', `/api/tasks/${id}/cancel`, operator('scjg'), {
      reason: '计划调整',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(
      await refused('POST', `/api/tasks/${id}/responses`, operator('xf'), {
        accepted: true,
        itemIds: [items.xf],
      }),
    ).toMatchObject({ code: 'TASK_CANCELLED' });
    const shown = await ok<{ progress: { tasks: Record<string, number> } }>(
      'GET',
      `/api/plans/${plan.id}`,
      head('scjg'),
    );
    expect(shown.progress.tasks).toEqual({ initiated: 1, locked: 0, cancelled: 1 });
  });

  it('8. lists tasks by department, led or taken part in', async () => {
    const page = await ok<{ items: { id: string; status: string }[] }>(
      'GET',
      '/api/tasks?departmentId=ws',
      operator('ws'),
    );
    expect(page.items).toEqual([expect.objectContaining({ id: taskId, status: 'locked' })]);
    const visits = await ok<{ visits: { tasks: { taskId: string }[]; departmentIds: string[] }[] }>(
      'GET',
      `/api/visits?entityId=${entities[0]}`,
      inspectorCaller('xf', inspectors.xf[0]),
    );
    expect(visits.visits).toEqual([
      expect.objectContaining({
        tasks: [expect.objectContaining({ taskId })],
        departmentIds: ['scjg', 'xf', 'ws'],
      }),
    ]);
    expect(await refused('GET', '/api/tasks/nothing', operator('ws'))).toMatchObject({
      status: 404,
      code: 'TASK_NOT_FOUND',
    });
  });

  it('10. every read model, rebuilt from the log, equals the one kept live', async () => {
    const host = api.stores.projections;
    await host.waitFor(await api.stores.events.headPosition(), 20_000);
    for (const projection of allProjections) {
      const snapshot = async () => {
        const out: Record<string, unknown[]> = {};
        for (const { name } of projection.collections) {
          const docs: unknown[] = [];
          let after: string | undefined;
          do {
            const page = await host.collection(projection.name, name).find({ limit: 1000, after });
            docs.push(...page.items);
            after = page.nextCursor;
          } while (after);
          out[name] = docs;
        }
        return out;
      };
      const live = await snapshot();
      await host.rebuild(projection.name, { pollMs: 10 });
      expect({ projection: projection.name, ...(await snapshot()) }).toEqual({
        projection: projection.name,
        ...live,
      });
    }
  }, 60_000);
});
