import { ApiHarness, type Caller, admin, staff } from './support/api-harness';

/**
 * A published plan's adjustment stays a draft until it is published again (Gui'an 第25、27条;
 * Yuanqu 二(三)): the public and initiation see the published version only; publishing again makes
 * the next version, shown with its own adjustments; no public answer names anyone who acted.
 */
describe('plan versions: adjustments bind only once published again', () => {
  const api = new ApiHarness();
  const operatorScjg = staff('scjg', ['operator'], 'u-operator-scjg-91ab');
  const headScjg = staff('scjg', ['head'], 'u-head-scjg-62cd');
  const operatorXf = staff('xf', ['operator'], 'u-operator-xf-17ef');
  const items: Record<string, string> = {};
  /** Every public answer, walked for internal ids at the end. */
  const answers: { path: string; body: unknown }[] = [];
  const reason = '根据上级部署新增食品标签检查';
  let planId = '';

  const call = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as?: Caller,
    body?: unknown,
  ) => api.call<T>(method, path, { ...(as ? { as } : {}), body });
  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ): Promise<T> => {
    const answer = await call<T>(method, path, as, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const publicly = async <T = Record<string, unknown>>(path: string): Promise<T> => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    const answer = await call<T>('GET', path);
    expect(answer.status).toBe(200);
    answers.push({ path, body: answer.body });
    return answer.body;
  };
  const publicPlan = () =>
    publicly<Record<string, unknown> & { versions: Record<string, unknown>[] }>(
      `/api/public/plans/${planId}`,
    );
  const task = (fields: Record<string, unknown> = {}) => ({
    planId,
    name: '计划内联合抽查',
    participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
    itemIds: [items.scjg],
    criteria: {},
    sampling: { count: 1 },
    window: { from: '2026-04-01', to: '2026-04-30' },
    ...fields,
  });

  const version1 = {
    year: 2026,
    name: '2026年度联合抽查计划',
    leadDepartmentId: 'scjg',
    cooperatingDepartmentIds: ['xf'],
    targetCriteria: {},
    ratiosByCreditRisk: { A: 0.03, D: 0.3 },
    window: { from: '2026-03-01', to: '2026-06-30' },
  };
  const changes = () => ({
    itemIds: [items.scjg, items.xf, items.scjg2],
    ratiosByCreditRisk: { A: 0.05, D: 0.5 },
    window: { from: '2026-03-01', to: '2026-11-30' },
  });

  beforeAll(async () => {
    // Initiation's plan rules are under test here, not the beacon's (their own tests).
    await api.start({ SIMULATED_CLOCK: 'true', DRAW_WITHOUT_BEACON: 'any' });
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-03-02T02:00:00.000Z' });
    for (const d of ['scjg', 'xf']) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: '320102' });
    }
    for (const [key, d] of [
      ['scjg', 'scjg'],
      ['scjg2', 'scjg'],
      ['xf', 'xf'],
    ] as const) {
      const item = await ok<{ id: string }>('POST', '/api/check-items', staff(d, ['operator']), {
        departmentId: d,
        name: `${key}检查事项`,
        basis: '依据',
        targetKinds: ['enterprise'],
        content: '内容',
        methods: ['onsite'],
        itemClass: 'A',
        ratio: 0.05,
      });
      items[key] = item.id;
    }
    planId = (
      await ok<{ id: string }>('POST', '/api/plans', operatorScjg, {
        ...version1,
        itemIds: [items.scjg, items.xf],
      })
    ).id;
    await ok('POST', `/api/plans/${planId}/publish`, headScjg);
  }, 60_000);

  afterAll(() => api.stop());

  it('given a published plan, when it is adjusted, then the public still sees version 1 alone', async () => {
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-03-20T02:00:00.000Z' });
    await ok('POST', `/api/plans/${planId}/adjustments`, operatorScjg, { changes: changes(), reason });
    const shown = {
      id: planId,
      ...version1,
      itemIds: [items.scjg, items.xf],
      status: 'published',
      version: 1,
      publishedOn: '2026-03-02',
      adjustments: [],
    };
    expect((await publicly<{ items: unknown[] }>('/api/public/plans')).items).toEqual([shown]);
    const { id: _id, status: _status, ...asVersion } = shown;
    expect(await publicPlan()).toEqual({ ...shown, versions: [asVersion] });
  });

  it('shows the published version and the pending draft apart in the internal read model', async () => {
    const plan = await ok<Record<string, unknown>>('GET', `/api/plans/${planId}`, operatorXf);
    expect(plan).toMatchObject({
      ...version1,
      itemIds: [items.scjg, items.xf],
      version: 1,
      unpublishedChanges: true,
      pending: { ...version1, ...changes() },
      adjustments: [{ reason, actorId: operatorScjg.sub, version: 2 }],
    });
  });

  it('given the adjustment not yet published, when a task is initiated, then the published version binds', async () => {
    const outsideItem = await call<{ code: string }>(
      'POST',
      '/api/tasks',
      operatorScjg,
      task({ itemIds: [items.scjg, items.scjg2] }),
    );
    expect(outsideItem).toMatchObject({ status: 409, body: { code: 'ITEM_NOT_IN_PLAN' } });
    const outsideWindow = await call<{ code: string }>(
      'POST',
      '/api/tasks',
      operatorScjg,
      task({ window: { from: '2026-07-01', to: '2026-07-31' } }),
    );
    expect(outsideWindow).toMatchObject({ status: 409, body: { code: 'TASK_WINDOW_OUTSIDE_PLAN' } });
    expect((await call('POST', '/api/tasks', operatorScjg, task())).status).toBe(201);
  });

  it('given the adjustment published, then the public sees version 2 with its history, and initiation takes it', async () => {
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-03-25T02:00:00.000Z' });
    await ok('POST', `/api/plans/${planId}/publish`, headScjg);
    const version2 = {
      ...version1,
      ...changes(),
      version: 2,
      publishedOn: '2026-03-25',
      adjustments: [
        { fields: ['itemIds', 'ratiosByCreditRisk', 'window'], reason, adjustedOn: '2026-03-20' },
      ],
    };
    expect((await publicly<{ items: unknown[] }>('/api/public/plans')).items).toEqual([
      { id: planId, ...version2, status: 'published' },
    ]);
    const shown = await publicPlan();
    expect(shown.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(shown.versions[0]).toMatchObject({ itemIds: [items.scjg, items.xf], adjustments: [] });
    expect(shown.versions[1]).toEqual(version2);
    const internal = await ok<Record<string, unknown>>('GET', `/api/plans/${planId}`, operatorScjg);
    expect(internal).toMatchObject({ ...changes(), version: 2, unpublishedChanges: false });
    expect(internal.pending).toBeUndefined();
    const later = task({
      itemIds: [items.scjg, items.scjg2],
      window: { from: '2026-07-01', to: '2026-07-31' },
    });
    expect((await call('POST', '/api/tasks', operatorScjg, later)).status).toBe(201);
  });

  it('answers 404 for a plan never published, and names no one who acted in any public answer', async () => {
    const never = await ok<{ id: string }>('POST', '/api/plans', operatorScjg, {
      ...version1,
      itemIds: [items.scjg],
    });
    expect((await call('GET', `/api/public/plans/${never.id}`)).status).toBe(404);
    const secrets = new Set<string>([operatorScjg.sub, headScjg.sub, operatorXf.sub, admin.sub]);
    for (const event of await api.allEvents()) {
      const { actorId, correlationId, causationId } = event.metadata;
      for (const id of [event.id, actorId, correlationId, causationId]) if (id) secrets.add(id);
    }
    // A published resource's id is that of the command that created it: public once published.
    for (const id of [planId, ...Object.values(items)]) secrets.delete(id);
    const text = JSON.stringify(answers);
    expect(answers.length).toBe(4);
    expect([...secrets].filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).not.toMatch(/actorId|actorRoles|correlationId/);
  });
});
