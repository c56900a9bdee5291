import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, staff } from './support/api-harness';
import { beijingToday, creditCode, setUpDepartments } from './support/task-fixtures';

/**
 * Yiyuan 十九、二十: two 执法人员 with 执法资格 make a team; experts and auxiliaries come from the
 * expert pool beside it (drawn, seeded and verifiable like inspectors, or appointed) and never count.
 */
describe('experts beside two certified inspectors (执法资格)', () => {
  const api = new ApiHarness();
  const operator = (d: string): Caller => staff(d, ['operator']);
  const people: Record<string, string> = {};
  let items: Record<string, string> = {};
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
  let serial = 0;
  const register = async (d: string, name: string, category: string, validUntil?: string) => {
    serial += 1;
    const first17 = `32010219850415${String(serial).padStart(3, '0')}`;
    const body = {
      departmentId: d,
      name,
      idCardNumber: first17 + idCardCheckCharacter(first17),
      category,
      regionCode: '320102',
      ...(validUntil ? { certificateNo: `ZF32010200${serial}`, enforcementValidUntil: validUntil } : {}),
    };
    people[name] = (await ok<{ id: string }>('POST', '/api/inspectors', operator(d), body)).id;
  };
  /** A task of department `d` alone, one entity drawn (at random: either of the two). */
  const drawnTask = async (d: string) => {
    const task = await ok<{ id: string }>('POST', '/api/tasks', operator(d), {
      adhocReason: '专项检查',
      name: '抽查',
      participants: [],
      itemIds: [items[d]],
      criteria: { regionCodes: ['320102'] },
      sampling: { count: 1 },
      window: { from: beijingToday(), to: beijingToday() },
    });
    const drawn = await ok<{ entityIds: string[] }>(
      'POST',
      `/api/tasks/${task.id}/draws/entities`,
      operator(d),
      {},
    );
    expect(drawn.entityIds).toHaveLength(1);
    return { taskId: task.id, entityId: drawn.entityIds[0] };
  };

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
    await register('scjg', '甲', 'certified', '2099-12-31');
    await register('scjg', '乙', 'qualified', '2099-12-31');
    await register('scjg', '过期', 'certified', '2020-01-01');
    await register('scjg', '专家', 'expert');
    await register('xf', '丙', 'certified', '2099-12-31');
    await register('xf', '丁', 'expert', '2099-12-31');
    await register('xf', '旧证', 'daily_supervision', '2020-06-30');
    for (const n of [1, 2]) {
      await ok('POST', '/api/entities', operator('scjg'), {
        code: creditCode(n),
        name: `企业${n}`,
        kind: 'enterprise',
        address: '南京',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
  });

  afterAll(() => api.stop());

  it('seals the certificate number and keeps only its validity in clear', async () => {
    const registered = (await api.streamEvents(`inspector-${people['甲']}`))[0];
    expect(registered.data).toMatchObject({ enforcementValidUntil: '2099-12-31' });
    expect(JSON.stringify(registered.data)).not.toContain('ZF320102');
    const answer = await ok<{ certificateNo: string; enforcementValidUntil: string }>(
      'GET',
      `/api/inspectors/${people['甲']}`,
      operator('scjg'),
    );
    expect(answer.certificateNo).toMatch(/^\*+\d{4}$/);
    expect(answer.enforcementValidUntil).toBe('2099-12-31');
  });

  it('draws two certified inspectors (the expired one not counted) and one expert apart; all verified', async () => {
    const { taskId, entityId } = await drawnTask('scjg');
    const inspectors = await ok<{
      assignments: { inspectorIds: string[] }[];
      record: { candidates: number };
    }>('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('scjg'), {});
    expect(inspectors.record.candidates).toBe(2);
    expect([...inspectors.assignments[0].inspectorIds].sort()).toEqual([people['甲'], people['乙']].sort());
    const experts = await ok<{ assignments: { inspectorIds: string[] }[]; record: { pool: string } }>(
      'POST',
      `/api/tasks/${taskId}/draws/experts`,
      operator('scjg'),
      { perEntity: 1 },
    );
    expect(experts.record.pool).toBe('experts');
    expect(experts.assignments[0].inspectorIds).toEqual([people['专家']]);
    const again = await api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/draws/experts`, {
      as: operator('scjg'),
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EXPERTS_ALREADY_DRAWN');
    const locked = await ok<{
      teams: Record<string, { members: { inspectorId: string }[]; experts: { inspectorId: string }[] }>;
    }>('POST', `/api/tasks/${taskId}/lock`, operator('scjg'));
    const team = locked.teams[entityId];
    expect(team.members).toHaveLength(2);
    expect(team.experts.map((e) => e.inspectorId)).toEqual([people['专家']]);
    const verified = await ok<{ verified: boolean; mismatches: string[] }>(
      'GET',
      `/api/tasks/${taskId}/draws/verify`,
      operator('scjg'),
    );
    expect(verified).toMatchObject({ verified: true, mismatches: [] });
  });

  it('refuses a team of one certified inspector and an expert, and counts no expired certificate', async () => {
    const { taskId, entityId } = await drawnTask('xf');
    const appoint = (inspectorId: string) =>
      api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/draws/inspectors`, {
        as: operator('xf'),
        body: {
          appointments: [{ entityId, inspectorIds: [inspectorId], reason: '人员不足' }],
        },
      });
    const withExpert = await appoint(people['丁']);
    expect(withExpert.status).toBe(409);
    expect(withExpert.body.code).toBe('AUXILIARY_NOT_COUNTED');
    const withExpired = await appoint(people['旧证']);
    expect(withExpired.status).toBe(409);
    expect(withExpired.body.code).toBe('ENFORCEMENT_CERTIFICATE_EXPIRED');
    const alone = await api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/draws/inspectors`, {
      as: operator('xf'),
      body: {},
    });
    expect(alone.status).toBe(409);
    expect(alone.body.code).toBe('INSPECTOR_POOL_TOO_SMALL');
    // The expert may still be appointed beside the team, with its reason recorded.
    const experts = await ok<{ record: { appointed: { inspectorId: string; reason: string }[] } }>(
      'POST',
      `/api/tasks/${taskId}/draws/experts`,
      operator('xf'),
      {
        perEntity: 0,
        appointments: [{ entityId, inspectorIds: [people['丁']], reason: '消防专业' }],
      },
    );
    expect(experts.record.appointed).toEqual([{ entityId, inspectorId: people['丁'], reason: '消防专业' }]);
  });

  // The only suite with the rule off: every other runs as the product does (required).
  it('with ENFORCEMENT_QUALIFICATION=off, members without 执法资格 (or with an expired one) count; experts still never do', async () => {
    await api.restart({ ENFORCEMENT_QUALIFICATION: 'off' });
    await register('xf', '无证', 'certified');
    const { taskId, entityId } = await drawnTask('xf');
    const drawn = await ok<{ assignments: { inspectorIds: string[] }[]; record: { candidates: number } }>(
      'POST',
      `/api/tasks/${taskId}/draws/inspectors`,
      operator('xf'),
      {},
    );
    // 丙, 旧证 (expired) and 无证 (none); not the expert 丁. With the rule on, 丙 alone.
    expect(drawn.record.candidates).toBe(3);
    const members = drawn.assignments[0].inspectorIds;
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(members).not.toContain(people['丁']);
    const locked = await ok<{ teams: Record<string, { members: unknown[] }> }>(
      'POST',
      `/api/tasks/${taskId}/lock`,
      operator('xf'),
    );
    expect(locked.teams[entityId].members).toHaveLength(members.length);
  });
});
