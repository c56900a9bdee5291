import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { beijingToday, checkItemBody } from './support/task-fixtures';

/*
 * 一业一单 in use: a joint item list drawn up by scjg with xf's and ws's items, amended (version 2,
 * with a reason), published on the portal with its versions and no actor ids, and used to make a
 * joint task whose departments and items it fills; retired, it makes no task.
 */
describe('joint item lists in use (一业一单)', () => {
  const api = new ApiHarness();
  const operator = (d: string): Caller => staff(d, ['operator']);
  const items: Record<string, string> = {};
  let listId = '';

  const call = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as?: Caller,
    body?: unknown,
  ) => api.call<T & ErrorAnswer>(method, path, { as, body });
  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await call<T>(method, path, as, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const settle = async () => api.stores.projections.waitFor(await api.stores.events.headPosition(), 20_000);
  const task = (extra: Record<string, unknown>) => ({
    adhocReason: '专项整治',
    name: '餐饮行业联合抽查',
    criteria: {},
    sampling: { ratio: 0.1 },
    window: { from: beijingToday(), to: beijingToday() },
    jointListId: listId,
    ...extra,
  });

  const year = Number(beijingToday().slice(0, 4));
  const plan = (extra: Record<string, unknown> = {}) => ({
    year,
    name: '餐饮行业联合抽查计划',
    leadDepartmentId: 'scjg',
    ratiosByCreditRisk: { A: 0.05 },
    window: { from: `${year}-01-01`, to: `${year}-12-31` },
    jointListId: listId,
    ...extra,
  });

  beforeAll(async () => {
    await api.start({ DRAW_WITHOUT_BEACON: 'any' });
    for (const d of ['scjg', 'xf', 'ws']) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: '320102' });
      items[d] = (
        await ok<{ id: string }>('POST', '/api/check-items', operator(d), checkItemBody(d, `${d}事项`))
      ).id;
    }
    items.ws2 = (
      await ok<{ id: string }>('POST', '/api/check-items', operator('ws'), checkItemBody('ws', 'ws事项二'))
    ).id;
    listId = (
      await ok<{ id: string }>('POST', '/api/joint-item-lists', operator('scjg'), {
        industry: '餐饮',
        leadDepartmentId: 'scjg',
        itemIds: [items.scjg, items.xf],
      })
    ).id;
  });
  afterAll(() => api.stop());

  it('amends a list with a reason into version 2, keeping version 1 in its history', async () => {
    const amended = await ok<{ version: number; departmentIds: string[]; versions: { version: number }[] }>(
      'POST',
      `/api/joint-item-lists/${listId}/amend`,
      operator('scjg'),
      { itemIds: [items.scjg, items.xf, items.ws], reason: '卫生健康部门加入' },
    );
    expect(amended).toMatchObject({ version: 2, departmentIds: ['scjg', 'ws', 'xf'], status: 'active' });
    expect(amended.versions.map((v) => v.version)).toEqual([1, 2]);
    const events = await api.streamEvents(`jointItemList-${listId}`);
    expect(events.map((e) => e.type)).toEqual(['JointItemListDrawnUp', 'JointItemListAmended']);
  });

  it('refuses an amendment by another department (403), without a reason (400) or changing nothing (409)', async () => {
    const path = `/api/joint-item-lists/${listId}/amend`;
    const other = await call('POST', path, operator('xf'), { industry: '餐饮业', reason: '改名' });
    expect(other.status).toBe(403);
    const noReason = await call('POST', path, operator('scjg'), { industry: '餐饮业' });
    expect(noReason.status).toBe(400);
    const same = await call('POST', path, operator('scjg'), { industry: '餐饮', reason: '无' });
    expect([same.status, same.body.code]).toEqual([409, 'JOINT_LIST_AMENDMENT_CHANGES_NOTHING']);
    const missing = await call('POST', '/api/joint-item-lists/none/amend', operator('scjg'), { reason: 'x' });
    expect([missing.status, missing.body.code]).toEqual([404, 'JOINT_ITEM_LIST_NOT_FOUND']);
  });

  it('publishes the list on the portal with its versions, items named and no actor ids', async () => {
    await settle();
    const page = await call<{ items: { id: string; version: number }[] }>('GET', '/api/public/joint-lists');
    expect(page.status).toBe(200);
    expect(page.body.items.find((l) => l.id === listId)).toMatchObject({ version: 2, status: 'active' });
    const one = await call<{ items: { name: string }[]; versions: { reason?: string }[] }>(
      'GET',
      `/api/public/joint-lists/${listId}`,
    );
    expect(one.body.items.map((i) => i.name)).toEqual(['scjg事项', 'xf事项', 'ws事项']);
    expect(one.body.versions.map((v) => v.reason)).toEqual([undefined, '卫生健康部门加入']);
    expect(JSON.stringify(one.body)).not.toMatch(/operator-|actor|"by"/);
    expect((await call('GET', '/api/public/joint-lists/none')).status).toBe(404);
  });

  it('makes a joint task from the list: departments and items filled in, the list and version recorded', async () => {
    const answer = await call<{ id: string }>('POST', '/api/tasks', operator('scjg'), task({}));
    expect(answer.status).toBe(201);
    const [initiated] = await api.streamEvents(`inspectionTask-${answer.body.id}`);
    expect(initiated.data).toMatchObject({
      itemIds: [items.scjg],
      participants: [
        { departmentId: 'ws', itemIds: [items.ws] },
        { departmentId: 'xf', itemIds: [items.xf] },
      ],
      jointList: { listId, version: 2 },
    });
    const current = await ok('GET', `/api/tasks/${answer.body.id}`, operator('xf'));
    expect(current).toMatchObject({ jointList: { listId, version: 2 } });
  });

  it('accepts the same departments and items given alongside; refuses ones that contradict the list (409)', async () => {
    const exact = {
      itemIds: [items.scjg],
      participants: [
        { departmentId: 'xf', itemIds: [items.xf] },
        { departmentId: 'ws', itemIds: [items.ws] },
      ],
    };
    expect((await call('POST', '/api/tasks', operator('scjg'), task(exact))).status).toBe(201);
    const fewer = await call(
      'POST',
      '/api/tasks',
      operator('scjg'),
      task({ ...exact, participants: exact.participants.slice(0, 1) }),
    );
    expect([fewer.status, fewer.body.code]).toEqual([409, 'JOINT_LIST_CONTRADICTED']);
    const absent = await call('POST', '/api/tasks', operator('scjg'), task({ jointListId: 'none' }));
    expect([absent.status, absent.body.code]).toEqual([404, 'JOINT_ITEM_LIST_NOT_FOUND']);
    const withoutList = await call('POST', '/api/tasks', operator('scjg'), task({ jointListId: undefined }));
    expect(withoutList.status).toBe(400);
  });

  it('makes a plan from the list: departments and items filled in, the list and version recorded', async () => {
    const answer = await call<{ id: string }>('POST', '/api/plans', operator('scjg'), plan());
    expect(answer.status).toBe(201);
    const [drafted] = await api.streamEvents(`plan-${answer.body.id}`);
    expect(drafted.data).toMatchObject({ jointList: { listId, version: 2 } });
    expect([...(drafted.data.cooperatingDepartmentIds as string[])].sort()).toEqual(['ws', 'xf']);
    expect([...(drafted.data.itemIds as string[])].sort()).toEqual([items.scjg, items.ws, items.xf].sort());
    await settle();
    expect(await ok('GET', `/api/plans/${answer.body.id}`, operator('scjg'))).toMatchObject({
      jointList: { listId, version: 2 },
    });
    const contradicting = await call('POST', '/api/plans', operator('scjg'), plan({ itemIds: [items.scjg] }));
    expect([contradicting.status, contradicting.body.code]).toEqual([409, 'JOINT_LIST_CONTRADICTED']);
    const absent = await call('POST', '/api/plans', operator('scjg'), plan({ jointListId: 'none' }));
    expect([absent.status, absent.body.code]).toEqual([404, 'JOINT_ITEM_LIST_NOT_FOUND']);
    const withoutItems = await call('POST', '/api/plans', operator('scjg'), plan({ jointListId: undefined }));
    expect(withoutItems.status).toBe(400);
  });

  it('retires the list with a reason: kept with its history, shown retired, and refused for new tasks and plans', async () => {
    const retired = await ok<{ status: string; retired: { reason: string } }>(
      'POST',
      `/api/joint-item-lists/${listId}/retire`,
      operator('scjg'),
      { reason: '行业清单合并' },
    );
    expect(retired).toMatchObject({ status: 'retired', retired: { reason: '行业清单合并' }, version: 2 });
    const refused = await call('POST', '/api/tasks', operator('scjg'), task({}));
    expect([refused.status, refused.body.code]).toEqual([409, 'JOINT_ITEM_LIST_RETIRED']);
    const refusedPlan = await call('POST', '/api/plans', operator('scjg'), plan());
    expect([refusedPlan.status, refusedPlan.body.code]).toEqual([409, 'JOINT_ITEM_LIST_RETIRED']);
    const again = await call('POST', `/api/joint-item-lists/${listId}/amend`, operator('scjg'), {
      industry: '餐饮业',
      reason: '改名',
    });
    expect([again.status, again.body.code]).toEqual([409, 'JOINT_ITEM_LIST_RETIRED']);
    await settle();
    const active = await ok<{ items: { id: string }[] }>(
      'GET',
      '/api/joint-item-lists?status=active',
      operator('scjg'),
    );
    expect(active.items.map((l) => l.id)).not.toContain(listId);
    const portal = await call<{ status: string; retired: { reason: string } }>(
      'GET',
      `/api/public/joint-lists/${listId}`,
    );
    expect(portal.body).toMatchObject({ status: 'retired', retired: { reason: '行业清单合并' } });
  });
});
