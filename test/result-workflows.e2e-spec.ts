import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { creditCode, enforcementCertificate } from './support/task-fixtures';

/**
 * What becomes of a result, over HTTP: its inspection method (Gui'an 第十三条), kept from
 * publication with a head's approval (第四十三、四十六条), and 整改 follow-ups after publication (第三十二条).
 */
describe('result workflows over HTTP', () => {
  const api = new ApiHarness();
  const operator = (d: string) => staff(d, ['operator'], `u-operator-${d}`);
  const head = (d: string) => staff(d, ['head'], `u-head-${d}`);
  const items: Record<string, string> = {};
  const entities = [creditCode(61), creditCode(62)];
  let taskId = '';

  const call = (method: string, path: string, as: Caller, body?: unknown) =>
    api.call<ErrorAnswer & Record<string, unknown>>(method, path, { as, body });
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
  const setClock = (now: string) => ok('PUT', '/api/admin/clock', admin, { now });
  const task = () =>
    ok<{
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
      entered: Record<string, { result: { method?: string } }>;
      notForPublication?: Record<string, { ground: string }>;
      rectifications?: Record<string, { rectified: boolean; rectifiedOn: string }[]>;
    }>('GET', `/api/tasks/${taskId}`, operator('scjg'));
  const inspectorOf = async (entityId: string, departmentId: string): Promise<Caller> => {
    const member = (await task()).teams[entityId].members.find((m) => m.departmentId === departmentId)!;
    return { sub: member.inspectorId, department: departmentId, roles: ['inspector'] };
  };
  const result = (entityId: string, itemId: string, method = 'onsite') => ({
    entityId,
    category: 'ordered_to_correct',
    method,
    itemFindings: [{ itemId, finding: '许可证过期', compliant: false }],
    inspectedOn: '2026-04-01',
  });
  const publicResults = async (entityCode: string) => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    return (
      await api.call<{ results: Record<string, unknown>[] }>(
        'GET',
        `/api/public/results?entityCode=${entityCode}`,
      )
    ).body.results;
  };
  const overdue = async (asOf: string) => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    return (
      await ok<{ items: { entityId: string; departmentId: string }[] }>(
        'GET',
        `/api/overdue-disclosures?asOf=${asOf}`,
        admin,
      )
    ).items.map((i) => `${i.entityId}|${i.departmentId}`);
  };

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await setClock('2026-04-01T02:00:00.000Z');
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
          methods: ['onsite', 'third_party'],
          itemClass: 'A',
          ratio: 0.05,
        })
      ).id;
      for (let i = 0; i < 2; i += 1) {
        const first17 = `3201021980020${n}${i}1`.padEnd(17, '5');
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
    for (const [n, code] of entities.entries()) {
      await ok('POST', '/api/entities', operator('scjg'), {
        code,
        name: `结果流程测试公司${n}`,
        kind: 'enterprise',
        address: '南京',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    taskId = (
      await ok<{ id: string }>('POST', '/api/tasks', operator('scjg'), {
        adhocReason: '专项检查',
        name: '结果流程联合抽查',
        participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
        itemIds: [items.scjg],
        criteria: { regionCodes: ['320102'] },
        sampling: { count: 2 },
        window: { from: '2026-04-01', to: '2026-04-30' },
      })
    ).id;
    await ok('POST', `/api/tasks/${taskId}/responses`, operator('xf'), {
      accepted: true,
      itemIds: [items.xf],
    });
    await ok('POST', `/api/tasks/${taskId}/draws/entities`, operator('scjg'), {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('scjg'), {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('xf'), {});
    await ok('POST', `/api/tasks/${taskId}/lock`, operator('scjg'));
  });

  afterAll(() => api.stop());

  describe('the inspection method', () => {
    it('is required: a result without one is refused 400 naming the field', async () => {
      const { method: _none, ...withoutMethod } = result(entities[0], items.scjg);
      const answer = await call(
        'POST',
        `/api/tasks/${taskId}/results`,
        await inspectorOf(entities[0], 'scjg'),
        withoutMethod,
      );
      expect(answer.status).toBe(400);
      expect((answer.body.details as { field: string }[]).map((p) => p.field)).toEqual(['method']);
    });

    it('is recorded with the result and shown on the portal once published', async () => {
      await ok(
        'POST',
        `/api/tasks/${taskId}/results`,
        await inspectorOf(entities[0], 'scjg'),
        result(entities[0], items.scjg, 'third_party'),
      );
      expect((await task()).entered[`${entities[0]}|scjg`].result.method).toBe('third_party');
      await ok('POST', `/api/tasks/${taskId}/publications`, head('scjg'), { entityId: entities[0] });
      expect(await publicResults(entities[0])).toEqual([
        expect.objectContaining({
          departmentId: 'scjg',
          method: 'third_party',
          category: 'ordered_to_correct',
        }),
      ]);
    });
  });

  describe('a result not for publication', () => {
    const key = () => `${entities[1]}|xf`;
    let requestId = '';

    it('is asked in the department with its legal ground; publication waits for the decision', async () => {
      await ok(
        'POST',
        `/api/tasks/${taskId}/results`,
        await inspectorOf(entities[1], 'xf'),
        result(entities[1], items.xf),
      );
      const missing = await call('POST', `/api/tasks/${taskId}/non-publication-requests`, operator('xf'), {
        entityId: entities[1],
        ground: 'trade_secret',
      });
      expect(missing.status).toBe(400);
      requestId = (
        await ok<{ requestId: string }>(
          'POST',
          `/api/tasks/${taskId}/non-publication-requests`,
          operator('xf'),
          {
            entityId: entities[1],
            ground: 'trade_secret',
            legalBasis: '《反不正当竞争法》第九条',
          },
        )
      ).requestId;
      const early = await call('POST', `/api/tasks/${taskId}/publications`, head('xf'), {
        entityId: entities[1],
      });
      expect([early.status, early.body.code]).toEqual([409, 'NON_PUBLICATION_PENDING']);
    });

    it('is refused to the one who asked, and to a head of another department', async () => {
      const unentered = await call('POST', `/api/tasks/${taskId}/non-publication-requests`, operator('xf'), {
        entityId: entities[0],
        ground: 'personal_privacy',
        legalBasis: '《个人信息保护法》第十三条',
      });
      expect([unentered.status, unentered.body.code]).toEqual([409, 'RESULT_NOT_ENTERED']);
      const byRequester = await call(
        'POST',
        `/api/tasks/${taskId}/non-publication-requests/${requestId}/approve`,
        staff('xf', ['head'], 'u-operator-xf'),
        {},
      );
      expect([byRequester.status, byRequester.body.code]).toEqual([403, 'APPROVER_IS_REQUESTER']);
      const other = await call(
        'POST',
        `/api/tasks/${taskId}/non-publication-requests/${requestId}/approve`,
        head('scjg'),
        {},
      );
      expect([other.status, other.body.code]).toEqual([403, 'APPROVER_OF_OTHER_DEPARTMENT']);
      const byOperator = await call(
        'POST',
        `/api/tasks/${taskId}/non-publication-requests/${requestId}/approve`,
        operator('xf'),
        {},
      );
      expect(byOperator.status).toBe(403);
    });

    it('once a head approves, is never published, nor on the portal, nor overdue', async () => {
      expect(await overdue('2026-07-01')).toEqual([`${entities[0]}|xf`, `${entities[1]}|scjg`, key()].sort());
      await ok('POST', `/api/tasks/${taskId}/non-publication-requests/${requestId}/approve`, head('xf'), {
        reply: '涉及商业秘密',
      });
      expect((await task()).notForPublication).toEqual({
        [key()]: { ground: 'trade_secret', approvedOn: '2026-04-01' },
      });
      const refused = await call('POST', `/api/tasks/${taskId}/publications`, head('xf'), {
        entityId: entities[1],
      });
      expect([refused.status, refused.body.code]).toEqual([409, 'RESULT_NOT_FOR_PUBLICATION']);
      expect(await publicResults(entities[1])).toEqual([]);
      expect(await overdue('2026-07-01')).toEqual([`${entities[0]}|xf`, `${entities[1]}|scjg`].sort());
      const again = await call(
        'POST',
        `/api/tasks/${taskId}/non-publication-requests/${requestId}/approve`,
        head('xf'),
        {},
      );
      expect([again.status, again.body.code]).toEqual([409, 'REQUEST_ALREADY_DECIDED']);
    });
  });

  describe('a 整改 follow-up result', () => {
    const body = {
      entityId: entities[0],
      rectified: true,
      findings: '复查：许可证已续期',
      rectifiedOn: '2026-04-10',
    };

    it('is refused before publication, and to an inspector outside the team', async () => {
      const unpublished = await call(
        'POST',
        `/api/tasks/${taskId}/rectification-results`,
        operator('xf'),
        body,
      );
      expect([unpublished.status, unpublished.body.code]).toEqual([409, 'RESULT_NOT_PUBLISHED']);
      const stranger: Caller = { sub: 'p-not-in-team', department: 'scjg', roles: ['inspector'] };
      const answer = await call('POST', `/api/tasks/${taskId}/rectification-results`, stranger, body);
      expect([answer.status, answer.body.code]).toEqual([403, 'NOT_IN_TEAM']);
    });

    it("is entered after publication by a team member or the department's operator, and shown with the result", async () => {
      await setClock('2026-04-12T02:00:00.000Z');
      const future = await call('POST', `/api/tasks/${taskId}/rectification-results`, operator('scjg'), {
        ...body,
        rectifiedOn: '2026-04-13',
      });
      expect([future.status, future.body.code]).toEqual([409, 'RECTIFICATION_IN_FUTURE']);
      await ok('POST', `/api/tasks/${taskId}/rectification-results`, await inspectorOf(entities[0], 'scjg'), {
        ...body,
        rectified: false,
        rectifiedOn: '2026-04-05',
      });
      await ok('POST', `/api/tasks/${taskId}/rectification-results`, operator('scjg'), body);
      expect((await task()).rectifications?.[`${entities[0]}|scjg`]).toEqual([
        expect.objectContaining({ rectified: false, rectifiedOn: '2026-04-05' }),
        expect.objectContaining({ rectified: true, rectifiedOn: '2026-04-10', enteredBy: 'u-operator-scjg' }),
      ]);
      expect(await publicResults(entities[0])).toEqual([
        expect.objectContaining({
          method: 'third_party',
          rectifications: [
            { rectifiedOn: '2026-04-05', rectified: false },
            { rectifiedOn: '2026-04-10', rectified: true },
          ],
        }),
      ]);
    });
  });
});
