import { ApiHarness, type ErrorAnswer, admin } from './support/api-harness';

/** Check-item class limits are a deployment's setting (ITEM_CLASS_RATIO_LIMITS; docs/operations.md). */
describe('check-item class limits as a setting, over HTTP', () => {
  const api = new ApiHarness();
  const item = (itemClass: string, ratio: number) => ({
    departmentId: 'dept-a',
    name: '危险化学品经营许可检查',
    basis: '《危险化学品安全管理条例》第三十三条',
    targetKinds: ['enterprise'],
    content: '许可证是否有效',
    methods: ['onsite'],
    itemClass,
    ratio,
  });
  const add = (itemClass: string, ratio: number) =>
    api.call<ErrorAnswer>('POST', '/api/check-items', { as: admin, body: item(itemClass, ratio) });

  beforeAll(async () => {
    await api.start({ ITEM_CLASS_RATIO_LIMITS: 'A<=0.05' });
    const department = await api.call('POST', '/api/departments', {
      as: admin,
      body: { id: 'dept-a', name: '应急管理局', regionCode: '320102' },
    });
    expect(department.status).toBe(201);
  });

  afterAll(() => api.stop());

  it('given A<=0.05, when an A item of 6% is added, then 409 with the bound; 5% is added', async () => {
    const above = await add('A', 0.06);
    expect(above.status).toBe(409);
    expect(above.body).toMatchObject({
      code: 'ITEM_RATIO_ABOVE_CLASS_LIMIT',
      details: { itemClass: 'A', ratio: 0.06, bound: '≤ 5%' },
    });
    expect((await add('A', 0.05)).status).toBe(201);
  });

  it('given no limit for class B, when a key item of 3% or of 100% is added, then both are added', async () => {
    expect((await add('B', 0.03)).status).toBe(201);
    expect((await add('B', 1)).status).toBe(201);
  });

  it('given none, when the deployment restarts, then an A item of 50% is added', async () => {
    await api.restart({ ITEM_CLASS_RATIO_LIMITS: 'none' });
    expect((await add('A', 0.5)).status).toBe(201);
  });
});
