import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { creditCode, enforcementCertificate } from './support/task-fixtures';

/**
 * After the announcement, over HTTP: a locked task postponed with a head's approval and published
 * beside cancellations (Yuanqu 二(三)); a business that moved away handed over to the department of
 * its new region, which takes it into a task of its own (Yiyuan 二十八).
 */
describe('after the announcement over HTTP', () => {
  const api = new ApiHarness();
  const operator = (d: string) => staff(d, ['operator'], `u-operator-${d}`);
  const head = (d: string) => staff(d, ['head'], `u-head-${d}`);
  const items: Record<string, string> = {};
  const entities = [creditCode(71), creditCode(72)];
  const NEW_WINDOW = { from: '2026-05-01', to: '2026-05-31' };
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
  const settled = async () => api.stores.projections.waitFor(await api.head(), 20_000);
  const task = () =>
    ok<{
      window: { from: string; to: string };
      entered: Record<string, unknown>;
      requests: Record<string, { status: string }>;
    }>('GET', `/api/tasks/${taskId}`, operator('scjg'));

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-04-01T02:00:00.000Z' });
    for (const [d, n, region] of [
      ['scjg', 1, '320102'],
      ['xf', 2, '320102'],
      ['scjg-lh', 3, '320111'],
    ] as const) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: region });
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
        const first17 = `3201021980030${n}${i}1`.padEnd(17, '5');
        await ok('POST', '/api/inspectors', operator(d), {
          departmentId: d,
          name: `${d}检查员${i}`,
          idCardNumber: first17 + idCardCheckCharacter(first17),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: region,
        });
      }
    }
    for (const [n, code] of entities.entries()) {
      await ok('POST', '/api/entities', operator('scjg'), {
        code,
        name: `延期测试公司${n}`,
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
        name: '延期与转交联合抽查',
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
    const teams = (
      await ok<{ teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }> }>(
        'GET',
        `/api/tasks/${taskId}`,
        operator('scjg'),
      )
    ).teams;
    const inspector = teams[entities[0]].members.find((m) => m.departmentId === 'scjg')!;
    await ok(
      'POST',
      `/api/tasks/${taskId}/results`,
      { sub: inspector.inspectorId, department: 'scjg', roles: ['inspector'] },
      {
        entityId: entities[0],
        category: 'no_issue_found',
        method: 'onsite',
        itemFindings: [{ itemId: items.scjg, finding: '未发现问题', compliant: true }],
        inspectedOn: '2026-04-01',
      },
    );
  });

  afterAll(() => api.stop());

  describe('a postponement', () => {
    let requestId = '';
    const path = () => `/api/tasks/${taskId}/postponement-requests`;

    it('refuses a malformed window (400) and a participant (403 NOT_THE_LEAD_DEPARTMENT)', async () => {
      const bad = await call('POST', path(), operator('scjg'), {
        window: { from: '2026-13-01', to: 'x' },
        reason: '顺延',
      });
      expect(bad.status).toBe(400);
      const participant = await call('POST', path(), operator('xf'), { window: NEW_WINDOW, reason: '顺延' });
      expect(participant.body).toMatchObject({ statusCode: 403, code: 'NOT_THE_LEAD_DEPARTMENT' });
    });

    it('is asked by the lead with a new window and a reason, once at a time', async () => {
      requestId = (
        await ok<{ requestId: string }>('POST', path(), operator('scjg'), {
          window: NEW_WINDOW,
          reason: '防汛任务冲突，检查顺延',
        })
      ).requestId;
      const again = await call('POST', path(), operator('scjg'), { window: NEW_WINDOW, reason: '再次' });
      expect(again.body).toMatchObject({ statusCode: 409, code: 'POSTPONEMENT_ALREADY_REQUESTED' });
    });

    it('is approved by a head of the lead only: operators 403, another department 403', async () => {
      const approve = (as: Caller) => call('POST', `${path()}/${requestId}/approve`, as, {});
      expect((await approve(operator('scjg'))).status).toBe(403);
      expect((await approve(head('xf'))).body).toMatchObject({
        statusCode: 403,
        code: 'APPROVER_OF_OTHER_DEPARTMENT',
      });
      expect((await call('POST', `${path()}/${requestId}/reject`, head('scjg'), {})).status).toBe(400);
      expect((await approve(head('scjg'))).status).toBe(200);
    });

    it('moves the window; the result already entered stays', async () => {
      const state = await task();
      expect(state.window).toEqual(NEW_WINDOW);
      expect(Object.keys(state.entered)).toEqual([`${entities[0]}|scjg`]);
      expect(state.requests[requestId].status).toBe('approved');
      await settled();
      const listed = await ok<{ items: { id: string; window: unknown }[] }>(
        'GET',
        '/api/tasks',
        operator('scjg'),
      );
      expect(listed.items.find((t) => t.id === taskId)?.window).toEqual(NEW_WINDOW);
    });

    it('moves the publication deadline with the window', async () => {
      await settled();
      const overdue = async (asOf: string) =>
        (
          await ok<{ items: { taskId: string; windowTo: string }[] }>(
            'GET',
            `/api/overdue-disclosures?asOf=${asOf}`,
            admin,
          )
        ).items.filter((i) => i.taskId === taskId);
      // 20 working days after 30 April have passed by 15 June, not after 31 May.
      expect(await overdue('2026-06-15')).toEqual([]);
      const late = await overdue('2026-07-31');
      expect(late.length).toBeGreaterThan(0);
      expect(late.every((i) => i.windowTo === NEW_WINDOW.to)).toBe(true);
    });

    it('is published beside cancellations, with no actor ids', async () => {
      await settled();
      const answer = await api.call<{ items: Record<string, unknown>[] }>('GET', '/api/public/postponements');
      expect(answer.body.items).toEqual([
        {
          taskId,
          name: '延期与转交联合抽查',
          leadDepartmentId: 'scjg',
          window: NEW_WINDOW,
          postponements: [
            expect.objectContaining({
              previousWindow: { from: '2026-04-01', to: '2026-04-30' },
              window: NEW_WINDOW,
              reason: '防汛任务冲突，检查顺延',
              approvedBy: { departmentId: 'scjg', role: 'head' },
              postponedOn: '2026-04-01',
            }),
          ],
        },
      ]);
      expect(JSON.stringify(answer.body)).not.toMatch(/u-operator|u-head/);
      const announced = await api.call<{ items: { id?: string; taskId?: string; window: unknown }[] }>(
        'GET',
        '/api/public/tasks',
      );
      const announcement = announced.body.items.find((t) => (t.taskId ?? t.id) === taskId);
      expect(announcement?.window).toEqual(NEW_WINDOW);
    });
  });

  describe('a moved business', () => {
    let ownTaskId = '';
    const moved = () => entities[1];

    it('is handed over only once withdrawn as moved away (409 HAND_OVER_NOT_MOVED_AWAY before)', async () => {
      const early = await call('POST', `/api/tasks/${taskId}/hand-overs`, operator('scjg'), {
        entityId: moved(),
        toDepartmentId: 'scjg-lh',
        note: '已书面通知',
      });
      expect(early.body).toMatchObject({ statusCode: 409, code: 'HAND_OVER_NOT_MOVED_AWAY' });
      const { requestId } = await ok<{ requestId: string }>(
        'POST',
        `/api/tasks/${taskId}/withdrawal-requests`,
        operator('scjg'),
        {
          entityId: moved(),
          reason: 'moved_away',
          note: '迁至六合区',
        },
      );
      await ok('POST', `/api/tasks/${taskId}/withdrawal-requests/${requestId}/approve`, head('scjg'), {});
    });

    it('goes to a known department (404 otherwise) and is listed for it, awaiting', async () => {
      const unknown = await call('POST', `/api/tasks/${taskId}/hand-overs`, operator('scjg'), {
        entityId: moved(),
        toDepartmentId: 'nowhere',
        note: '已书面通知',
      });
      expect(unknown.status).toBe(404);
      await ok('POST', `/api/tasks/${taskId}/hand-overs`, operator('scjg'), {
        entityId: moved(),
        toDepartmentId: 'scjg-lh',
        note: '2026-04-01 已书面通知六合区',
      });
      await settled();
      const received = await ok<{ items: Record<string, unknown>[] }>(
        'GET',
        '/api/hand-overs',
        operator('scjg-lh'),
      );
      expect(received.items).toEqual([
        expect.objectContaining({
          taskId,
          taskName: '延期与转交联合抽查',
          entityId: moved(),
          entityName: '延期测试公司1',
          fromDepartmentId: 'scjg',
          toDepartmentId: 'scjg-lh',
          toRegionCode: '320111',
          status: 'awaiting',
        }),
      ]);
      expect((await ok<{ items: unknown[] }>('GET', '/api/hand-overs', operator('xf'))).items).toEqual([]);
      expect(
        (await ok<{ items: unknown[] }>('GET', '/api/hand-overs?direction=sent', operator('scjg'))).items,
      ).toHaveLength(1);
      expect((await call('GET', '/api/hand-overs?direction=sideways', operator('scjg'))).status).toBe(400);
    });

    it('is answered by the receiving department only, taken into a task of its own', async () => {
      ownTaskId = (
        await ok<{ id: string }>('POST', '/api/tasks', operator('scjg-lh'), {
          adhocReason: '迁入企业检查',
          name: '迁入企业抽查',
          participants: [],
          itemIds: [items['scjg-lh']],
          criteria: { regionCodes: ['320111'] },
          sampling: { count: 1 },
          window: { from: '2026-05-01', to: '2026-06-30' },
        })
      ).id;
      await settled();
      const answerPath = `/api/tasks/${taskId}/hand-overs/${moved()}/answer`;
      expect((await call('POST', answerPath, operator('scjg-lh'), { taken: true })).status).toBe(400);
      expect(
        (await call('POST', answerPath, operator('xf'), { taken: true, intoTaskId: ownTaskId })).body,
      ).toMatchObject({
        statusCode: 403,
        code: 'HAND_OVER_OF_OTHER_DEPARTMENT',
      });
      expect(
        (await call('POST', answerPath, operator('scjg-lh'), { taken: true, intoTaskId: taskId })).body,
      ).toMatchObject({
        statusCode: 409,
        code: 'HAND_OVER_TASK_NOT_OURS',
      });
      await ok('POST', answerPath, operator('scjg-lh'), { taken: true, intoTaskId: ownTaskId });
      expect(
        (await call('POST', answerPath, operator('scjg-lh'), { taken: false, reason: '改了主意' })).body,
      ).toMatchObject({
        statusCode: 409,
        code: 'HAND_OVER_ANSWERED',
      });
      await settled();
      const sent = await ok<{ items: Record<string, unknown>[] }>(
        'GET',
        '/api/hand-overs?direction=sent',
        operator('scjg'),
      );
      expect(sent.items[0]).toMatchObject({
        status: 'taken',
        intoTaskId: ownTaskId,
        answeredOn: '2026-04-01',
      });
      expect(
        (await ok<{ items: unknown[] }>('GET', '/api/hand-overs?status=awaiting', operator('scjg-lh'))).items,
      ).toEqual([]);
    });
  });
});
