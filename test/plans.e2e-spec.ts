import { ApiHarness, type Caller, type ErrorAnswer, admin, anyString, staff } from './support/api-harness';

interface Plan {
  id: string;
  year: number;
  name: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  itemIds: string[];
  targetCriteria: Record<string, unknown>;
  ratiosByCreditRisk: Record<string, number>;
  window: { from: string; to: string };
  status: 'draft' | 'published' | 'closed';
  version: number;
  everPublished: boolean;
  unpublishedChanges: boolean;
  pending?: Omit<Plan, 'pending'>;
  adjustments: {
    changes: unknown;
    previous: unknown;
    reason: string;
    at: string;
    actorId: string;
    version: number;
  }[];
  publications: { version: number; at: string }[];
  departmentIds: string[];
  draftedAt: string;
  publishedAt?: string;
  closedAt?: string;
  closedReason?: string;
}
interface Page<T> {
  items: T[];
  nextCursor?: string;
}
type Answer = ErrorAnswer & Plan;

const fieldsOf = (answer: { body: ErrorAnswer }): Set<string> =>
  new Set((answer.body.details as { field: string }[]).map((d) => d.field));

describe('annual plans over HTTP', () => {
  const api = new ApiHarness();
  const operatorLead = staff('dept-lead', ['operator']);
  const headLead = staff('dept-lead', ['head']);
  const operatorCoop = staff('dept-coop', ['operator']);
  const headCoop = staff('dept-coop', ['head']);
  const auditor = staff('dept-other', ['auditor']);
  const others: Caller[] = [
    staff('dept-lead', ['inspector']),
    staff('dept-lead', ['auditor', 'supervisor']),
    staff('dept-lead', ['principal']),
  ];
  const items: Record<string, string> = {};

  const addItem = async (departmentId: string, name: string): Promise<string> => {
    const answer = await api.call<{ id: string }>('POST', '/api/check-items', {
      as: admin,
      body: {
        departmentId,
        name,
        basis: '《中华人民共和国食品安全法》第三十五条',
        targetKinds: ['enterprise'],
        content: '许可证是否在有效期内',
        methods: ['onsite'],
        itemClass: 'A',
        ratio: 0.05,
      },
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };

  const planBody = (extra: Record<string, unknown> = {}) => ({
    year: 2026,
    name: '2026年度部门联合双随机抽查工作计划',
    leadDepartmentId: 'dept-lead',
    cooperatingDepartmentIds: ['dept-coop'],
    itemIds: [items.lead, items.coop],
    targetCriteria: {
      kinds: ['enterprise', 'individual_business'],
      regionCodes: ['320102'],
      industryCodes: ['H62'],
      tags: ['学校周边'],
      scales: ['small', 'micro'],
    },
    ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
    window: { from: '2026-03-01', to: '2026-11-30' },
    ...extra,
  });

  const draft = (extra: Record<string, unknown> = {}, as: Caller = operatorLead) =>
    api.call<Answer & { id: string }>('POST', '/api/plans', { as, body: planBody(extra) });

  const drafted = async (extra: Record<string, unknown> = {}, as: Caller = operatorLead): Promise<string> => {
    const answer = await draft(extra, as);
    expect(answer.status).toBe(201);
    return answer.body.id;
  };

  const publish = (id: string, as: Caller = operatorLead) =>
    api.call<Answer>('POST', `/api/plans/${id}/publish`, { as });
  const adjust = (id: string, body: unknown, as: Caller = operatorLead) =>
    api.call<Answer>('POST', `/api/plans/${id}/adjustments`, { as, body });
  const close = (id: string, body: unknown = { reason: '年度工作完成' }, as: Caller = operatorLead) =>
    api.call<Answer>('POST', `/api/plans/${id}/close`, { as, body });
  const show = (id: string, as: Caller = auditor) => api.call<Answer>('GET', `/api/plans/${id}`, { as });

  const published = async (extra: Record<string, unknown> = {}): Promise<string> => {
    const id = await drafted(extra);
    expect((await publish(id)).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    await api.start();
    for (const [id, regionCode] of [
      ['dept-lead', '320102'],
      ['dept-coop', '320104'],
      ['dept-other', '320105'],
    ]) {
      const answer = await api.call('POST', '/api/departments', {
        as: admin,
        body: { id, name: `${id} 部门`, regionCode },
      });
      expect(answer.status).toBe(201);
    }
    items.lead = await addItem('dept-lead', '食品经营许可情况检查');
    items.lead2 = await addItem('dept-lead', '食品标签检查');
    items.coop = await addItem('dept-coop', '药品经营质量检查');
    items.other = await addItem('dept-other', '税务登记检查');
    items.retired = await addItem('dept-lead', '已废止事项');
    const retired = await api.call('POST', `/api/check-items/${items.retired}/retire`, {
      as: admin,
      body: { reason: '废止' },
    });
    expect(retired.status).toBe(200);
  });

  afterAll(() => api.stop());

  describe('drafting', () => {
    it("drafts a plan for the operator's own department, shows it and records who did it", async () => {
      const answer = await draft();
      expect(answer.status).toBe(201);
      const { id } = answer.body;
      expect(answer.body).toEqual({ id });

      const shown = await show(id);
      expect(shown.status).toBe(200);
      const definition = planBody();
      expect(shown.body).toEqual({
        id,
        ...definition,
        status: 'draft',
        version: 0,
        everPublished: false,
        unpublishedChanges: true,
        adjustments: [],
        publications: [],
        departmentIds: ['dept-lead', 'dept-coop'],
        draftedAt: anyString(),
        updatedAt: anyString(),
        progress: {
          tasks: { initiated: 0, locked: 0, cancelled: 0 },
          entitiesDrawn: 0,
          results: { owed: 0, entered: 0, published: 0, publishedOnTime: 0, publishedLate: 0 },
        },
      });

      const events = await api.streamEvents(`plan-${id}`);
      expect(events.map((e) => e.type)).toEqual(['PlanDrafted']);
      expect(events[0].data).toEqual({ planId: id, ...definition });
      expect(events[0].metadata).toMatchObject({
        actorId: operatorLead.sub,
        actorRoles: ['operator'],
        departmentId: 'dept-lead',
      });
    });

    it('lets an administrator draft for any department; left-out parts are empty', async () => {
      const id = await drafted(
        { cooperatingDepartmentIds: undefined, targetCriteria: undefined, itemIds: [items.lead] },
        admin,
      );
      const shown = await show(id);
      expect(shown.body).toMatchObject({
        leadDepartmentId: 'dept-lead',
        cooperatingDepartmentIds: [],
        targetCriteria: {},
        departmentIds: ['dept-lead'],
      });
      const [event] = await api.streamEvents(`plan-${id}`);
      expect(event.metadata).toMatchObject({
        actorId: admin.sub,
        actorRoles: ['admin'],
        departmentId: 'system',
      });
    });

    it('answers the same Idempotency-Key with the same plan, drafted once', async () => {
      const headers = { 'idempotency-key': 'draft-plan-once-0001' };
      const first = await api.call<{ id: string }>('POST', '/api/plans', {
        as: operatorLead,
        body: planBody(),
        headers,
      });
      const again = await api.call<{ id: string }>('POST', '/api/plans', {
        as: operatorLead,
        body: planBody(),
        headers,
      });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotency-replayed')).toBe('true');
      expect(again.body.id).toBe(first.body.id);
      expect(await api.streamEvents(`plan-${first.body.id}`)).toHaveLength(1);
    });

    it("refuses another department's operator and roles that do not draft plans", async () => {
      const head = await api.head();
      for (const as of [operatorCoop, staff('dept-other', ['operator'])]) {
        const answer = await draft({}, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('OTHER_DEPARTMENT');
      }
      for (const as of [headLead, ...others]) {
        const answer = await draft({}, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('ROLE_NOT_ALLOWED');
      }
      expect(await api.head()).toBe(head);
    });

    it('refuses a caller who is not signed in', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/plans', { body: planBody() });
      expect(answer.status).toBe(401);
    });

    it.each([
      ['a year before 2000', { year: 1999 }, ['year']],
      ['a year after 2100', { year: 2101 }, ['year']],
      ['a day that does not exist', { window: { from: '2026-02-30', to: '2026-11-30' } }, ['window.from']],
      ['a day after 2100', { window: { from: '2026-03-01', to: '9999-12-31' } }, ['window.to']],
      ['a fractional year', { year: 2026.5 }, ['year']],
      ['a year as text', { year: '2026' }, ['year']],
      ['no year', { year: undefined }, ['year']],
      ['an empty name', { name: '' }, ['name']],
      ['a name too long', { name: 'x'.repeat(201) }, ['name']],
      ['a null name', { name: null }, ['name']],
      ['no lead department', { leadDepartmentId: undefined }, ['leadDepartmentId']],
      ['a lead department as a number', { leadDepartmentId: 7 }, ['leadDepartmentId']],
      [
        'cooperating departments as text',
        { cooperatingDepartmentIds: 'dept-coop' },
        ['cooperatingDepartmentIds'],
      ],
      [
        'a cooperating department twice',
        { cooperatingDepartmentIds: ['dept-coop', 'dept-coop'] },
        ['cooperatingDepartmentIds'],
      ],
      [
        'a cooperating department as a number',
        { cooperatingDepartmentIds: [1] },
        ['cooperatingDepartmentIds'],
      ],
      ['no items', { itemIds: [] }, ['itemIds']],
      ['items left out', { itemIds: undefined }, ['itemIds']],
      ['an item twice', { itemIds: ['x', 'x'] }, ['itemIds']],
      ['an item id as a number', { itemIds: [1] }, ['itemIds']],
      ['more than 500 items', { itemIds: Array.from({ length: 501 }, (_, i) => `item-${i}`) }, ['itemIds']],
      ['an unknown entity kind', { targetCriteria: { kinds: ['spaceship'] } }, ['targetCriteria.kinds']],
      ['a kind twice', { targetCriteria: { kinds: ['enterprise', 'enterprise'] } }, ['targetCriteria.kinds']],
      [
        'a 5-digit region code',
        { targetCriteria: { regionCodes: ['32010'] } },
        ['targetCriteria.regionCodes'],
      ],
      [
        'an industry code outside GB/T 4754',
        { targetCriteria: { industryCodes: ['62101'] } },
        ['targetCriteria.industryCodes'],
      ],
      ['an empty tag', { targetCriteria: { tags: [''] } }, ['targetCriteria.tags']],
      ['an unknown scale', { targetCriteria: { scales: ['huge'] } }, ['targetCriteria.scales']],
      ['kinds as text', { targetCriteria: { kinds: 'enterprise' } }, ['targetCriteria.kinds']],
      ['null kinds', { targetCriteria: { kinds: null } }, ['targetCriteria.kinds']],
      ['an unknown criterion', { targetCriteria: { colour: 'red' } }, ['targetCriteria.colour']],
      ['criteria as text', { targetCriteria: 'all' }, ['targetCriteria']],
      ['a ratio above 1', { ratiosByCreditRisk: { A: 1.5 } }, ['ratiosByCreditRisk.A']],
      ['a negative ratio', { ratiosByCreditRisk: { D: -0.1 } }, ['ratiosByCreditRisk.D']],
      ['a ratio as text', { ratiosByCreditRisk: { B: '0.1' } }, ['ratiosByCreditRisk.B']],
      ['a ratio of an unknown class', { ratiosByCreditRisk: { E: 0.1 } }, ['ratiosByCreditRisk.E']],
      ['no ratios', { ratiosByCreditRisk: undefined }, ['ratiosByCreditRisk']],
      [
        'a window start that is not YYYY-MM-DD',
        { window: { from: '2026/03/01', to: '2026-11-30' } },
        ['window.from'],
      ],
      ['a window without an end', { window: { from: '2026-03-01' } }, ['window.to']],
      [
        'a window of two non-dates',
        { window: { from: 'spring', to: 'autumn' } },
        ['window.from', 'window.to'],
      ],
      ['a null window end', { window: { from: '2026-03-01', to: null } }, ['window.to']],
      ['no window', { window: undefined }, ['window']],
      ['a window as a list', { window: [{ from: '2026-03-01', to: '2026-11-30' }] }, ['window']],
      ['an unknown field', { colour: 'red' }, ['colour']],
    ])('refuses %s with 400 naming the field', async (_what, extra, fields) => {
      const head = await api.head();
      const answer = await draft(extra);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(answer)).toEqual(new Set(fields));
      expect(await api.head()).toBe(head);
    });

    it.each([
      [
        'a window ending before it starts',
        () => ({ window: { from: '2026-11-30', to: '2026-03-01' } }),
        'PLAN_WINDOW_INVALID',
      ],
      [
        'a window reaching into another year',
        () => ({ window: { from: '2025-12-01', to: '2026-03-01' } }),
        'PLAN_WINDOW_OUTSIDE_YEAR',
      ],
      ['a window in another year', () => ({ year: 2027 }), 'PLAN_WINDOW_OUTSIDE_YEAR'],
      [
        'a lead department also cooperating',
        () => ({ cooperatingDepartmentIds: ['dept-coop', 'dept-lead'] }),
        'PLAN_LEAD_IS_COOPERATING',
      ],
      [
        'an unregistered cooperating department',
        () => ({ cooperatingDepartmentIds: ['dept-coop', 'dept-ghost'] }),
        'DEPARTMENT_NOT_REGISTERED',
      ],
      [
        'an unregistered lead department',
        () => ({ leadDepartmentId: 'dept-ghost', itemIds: [items.coop] }),
        'DEPARTMENT_NOT_REGISTERED',
      ],
      [
        'an item not on the list',
        () => ({ itemIds: [items.lead, 'no-such-item'] }),
        'CHECK_ITEM_NOT_ON_LIST',
      ],
      ['a retired item', () => ({ itemIds: [items.lead, items.retired] }), 'CHECK_ITEM_RETIRED'],
      [
        'an item of a department not in the plan',
        () => ({ itemIds: [items.lead, items.other] }),
        'PLAN_ITEM_OF_OTHER_DEPARTMENT',
      ],
    ])('refuses %s with 409', async (_what, extra, code) => {
      const head = await api.head();
      const answer = await draft(extra(), admin);
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe(code);
      expect(await api.head()).toBe(head);
    });

    it('names what is missing or unregistered', async () => {
      const missing = await draft({ itemIds: [items.lead, 'no-such-item'] });
      expect(missing.body.details).toEqual({ itemIds: ['no-such-item'] });
      const ghost = await draft({ cooperatingDepartmentIds: ['dept-coop', 'dept-ghost'] });
      expect(ghost.body.details).toEqual({ departmentIds: ['dept-ghost'] });
    });
  });

  describe('publishing', () => {
    it('publishes a draft as version 1, and refuses to publish it again unchanged', async () => {
      const id = await drafted();
      const answer = await publish(id);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        id,
        status: 'published',
        version: 1,
        everPublished: true,
        unpublishedChanges: false,
        publishedAt: anyString(),
      });
      const again = await publish(id);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('PLAN_ALREADY_PUBLISHED');
      const events = await api.streamEvents(`plan-${id}`);
      expect(events.map((e) => [e.type, e.data])).toEqual([
        ['PlanDrafted', expect.anything()],
        ['PlanPublished', { planId: id, version: 1 }],
      ]);
      expect(events[1].metadata).toMatchObject({
        actorId: operatorLead.sub,
        actorRoles: ['operator'],
        departmentId: 'dept-lead',
      });
    });

    it("lets the lead department's head and an administrator publish", async () => {
      const byHead = await drafted();
      expect((await publish(byHead, headLead)).status).toBe(200);
      const [, event] = await api.streamEvents(`plan-${byHead}`);
      expect(event.metadata).toMatchObject({
        actorId: headLead.sub,
        actorRoles: ['head'],
        departmentId: 'dept-lead',
      });
      const byAdmin = await drafted();
      expect((await publish(byAdmin, admin)).status).toBe(200);
    });

    it('refuses the cooperating departments and roles that do not publish', async () => {
      const id = await drafted();
      for (const as of [operatorCoop, headCoop]) {
        const answer = await publish(id, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('OTHER_DEPARTMENT');
      }
      for (const as of others) {
        const answer = await publish(id, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('ROLE_NOT_ALLOWED');
      }
      expect((await show(id)).body.status).toBe('draft');
    });

    it('answers 404 for a plan that does not exist', async () => {
      const answer = await publish('no-such-plan');
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('PLAN_NOT_FOUND');
    });
  });

  describe('adjusting', () => {
    it('records what changed, what it was and why, as a pending draft; published again, it is version 2', async () => {
      const id = await published();
      const window = { from: '2026-04-01', to: '2026-11-30' };
      const answer = await adjust(id, {
        changes: {
          name: planBody().name,
          itemIds: [items.lead, items.coop, items.lead2],
          window,
        },
        reason: '新增食品标签检查事项',
      });
      expect(answer.status).toBe(200);
      const changes = { itemIds: [items.lead, items.coop, items.lead2], window };
      const previous = { itemIds: [items.lead, items.coop], window: planBody().window };
      // The published version stays as it was; the adjustment waits apart (待发布的调整).
      expect(answer.body).toMatchObject({
        id,
        ...previous,
        status: 'published',
        version: 1,
        everPublished: true,
        unpublishedChanges: true,
        pending: { ...planBody(), ...changes },
        adjustments: [
          {
            changes,
            previous,
            reason: '新增食品标签检查事项',
            at: anyString(),
            actorId: operatorLead.sub,
            version: 2,
          },
        ],
      });

      const republished = await publish(id, headLead);
      expect(republished.status).toBe(200);
      expect(republished.body).toMatchObject({
        ...changes,
        status: 'published',
        version: 2,
        unpublishedChanges: false,
      });
      expect(republished.body.pending).toBeUndefined();
      expect(republished.body.publications.map((p) => p.version)).toEqual([1, 2]);

      const events = await api.streamEvents(`plan-${id}`);
      expect(events.map((e) => e.type)).toEqual([
        'PlanDrafted',
        'PlanPublished',
        'PlanAdjusted',
        'PlanPublished',
      ]);
      expect(events[2].data).toEqual({ planId: id, changes, previous, reason: '新增食品标签检查事项' });
      expect(events[2].metadata).toMatchObject({
        actorId: operatorLead.sub,
        actorRoles: ['operator'],
        departmentId: 'dept-lead',
      });
      expect(events[3].data).toEqual({ planId: id, version: 2 });
    });

    it('records nothing when nothing really changes, whatever the order of the keys', async () => {
      const id = await published();
      const head = await api.head();
      const answer = await adjust(id, {
        changes: {
          name: planBody().name,
          window: { to: '2026-11-30', from: '2026-03-01' },
          ratiosByCreditRisk: { D: 0.3, C: 0.1, B: 0.05, A: 0.03 },
          targetCriteria: {
            scales: ['small', 'micro'],
            tags: ['学校周边'],
            industryCodes: ['H62'],
            regionCodes: ['320102'],
            kinds: ['enterprise', 'individual_business'],
          },
        },
        reason: '核对',
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ version: 1, unpublishedChanges: false, adjustments: [] });
      expect(await api.head()).toBe(head);
      const again = await publish(id);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('PLAN_ALREADY_PUBLISHED');
    });

    it('adjusts a draft, which is then published as version 1', async () => {
      const id = await drafted();
      const answer = await adjust(id, {
        changes: { ratiosByCreditRisk: { A: 0.02, D: 0.5 } },
        reason: '调整比例',
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'draft', ratiosByCreditRisk: { A: 0.02, D: 0.5 } });
      expect((await publish(id)).body).toMatchObject({ status: 'published', version: 1 });
    });

    it('lets an administrator adjust, and refuses other departments and roles', async () => {
      const id = await published();
      const body = { changes: { name: '新名称' }, reason: '更名' };
      for (const as of [operatorCoop, staff('dept-other', ['operator'])]) {
        const answer = await adjust(id, body, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('OTHER_DEPARTMENT');
      }
      for (const as of [headLead, headCoop, ...others]) {
        const answer = await adjust(id, body, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('ROLE_NOT_ALLOWED');
      }
      const byAdmin = await adjust(id, body, admin);
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body).toMatchObject({
        name: planBody().name,
        pending: { name: '新名称' },
        adjustments: [{ actorId: admin.sub }],
      });
      const missing = await adjust('no-such-plan', body);
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('PLAN_NOT_FOUND');
    });

    it.each([
      ['a change of year', { changes: { year: 2027 }, reason: 'x' }, ['changes.year']],
      [
        'a change of lead department',
        { changes: { leadDepartmentId: 'dept-coop' }, reason: 'x' },
        ['changes.leadDepartmentId'],
      ],
      ['no changes', { reason: 'x' }, ['changes']],
      ['changes as a list', { changes: [], reason: 'x' }, ['changes']],
      ['a null name', { changes: { name: null }, reason: 'x' }, ['changes.name']],
      ['no items', { changes: { itemIds: [] }, reason: 'x' }, ['changes.itemIds']],
      [
        'a window start that is not a date',
        { changes: { window: { from: '2026-4-1', to: '2026-11-30' } }, reason: 'x' },
        ['changes.window.from'],
      ],
      [
        'a ratio above 1',
        { changes: { ratiosByCreditRisk: { C: 2 } }, reason: 'x' },
        ['changes.ratiosByCreditRisk.C'],
      ],
      [
        'an unknown scale',
        { changes: { targetCriteria: { scales: ['huge'] } }, reason: 'x' },
        ['changes.targetCriteria.scales'],
      ],
      ['no reason', { changes: { name: '新名称' } }, ['reason']],
      ['an empty reason', { changes: { name: '新名称' }, reason: '' }, ['reason']],
      ['a reason too long', { changes: { name: '新名称' }, reason: 'x'.repeat(1001) }, ['reason']],
    ])('refuses %s with 400 naming the field', async (_what, body, fields) => {
      const id = await drafted();
      const head = await api.head();
      const answer = await adjust(id, body);
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(new Set(fields));
      expect(await api.head()).toBe(head);
    });

    it.each([
      [
        'a window ending before it starts',
        () => ({ window: { from: '2026-11-30', to: '2026-03-01' } }),
        'PLAN_WINDOW_INVALID',
      ],
      [
        'a window in another year',
        () => ({ window: { from: '2027-03-01', to: '2027-11-30' } }),
        'PLAN_WINDOW_OUTSIDE_YEAR',
      ],
      [
        'the lead department cooperating',
        () => ({ cooperatingDepartmentIds: ['dept-coop', 'dept-lead'] }),
        'PLAN_LEAD_IS_COOPERATING',
      ],
      [
        'an unregistered department',
        () => ({ cooperatingDepartmentIds: ['dept-coop', 'dept-ghost'] }),
        'DEPARTMENT_NOT_REGISTERED',
      ],
      ['an item not on the list', () => ({ itemIds: ['no-such-item'] }), 'CHECK_ITEM_NOT_ON_LIST'],
      ['a retired item', () => ({ itemIds: [items.lead, items.retired] }), 'CHECK_ITEM_RETIRED'],
      [
        'a department leaving with its items still planned',
        () => ({ cooperatingDepartmentIds: [] }),
        'PLAN_ITEM_OF_OTHER_DEPARTMENT',
      ],
    ])('refuses an adjustment to %s with 409', async (_what, changes, code) => {
      const id = await published();
      const head = await api.head();
      const answer = await adjust(id, { changes: changes(), reason: '调整' });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe(code);
      expect(await api.head()).toBe(head);
    });
  });

  describe('closing', () => {
    it('closes a plan with a reason, after which nothing more changes it', async () => {
      const id = await published();
      const answer = await close(id);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        id,
        status: 'closed',
        closedReason: '年度工作完成',
        closedAt: anyString(),
        everPublished: true,
        version: 1,
      });
      const [, , event] = await api.streamEvents(`plan-${id}`);
      expect(event.type).toBe('PlanClosed');
      expect(event.data).toEqual({ planId: id, reason: '年度工作完成' });
      expect(event.metadata).toMatchObject({ actorId: operatorLead.sub, departmentId: 'dept-lead' });

      const head = await api.head();
      for (const refused of [
        await publish(id),
        await adjust(id, { changes: { name: '新名称' }, reason: '更名' }),
        await close(id),
      ]) {
        expect(refused.status).toBe(409);
        expect(refused.body.code).toBe('PLAN_CLOSED');
      }
      expect(await api.head()).toBe(head);
    });

    it('closes a draft that was never published', async () => {
      const id = await drafted();
      const answer = await close(id, { reason: '计划取消' }, admin);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'closed', everPublished: false, version: 0 });
    });

    it('refuses other departments and roles, a missing reason and an unknown plan', async () => {
      const id = await published();
      for (const as of [operatorCoop, staff('dept-other', ['operator'])]) {
        const answer = await close(id, undefined, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('OTHER_DEPARTMENT');
      }
      for (const as of [headLead, ...others]) {
        const answer = await close(id, undefined, as);
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('ROLE_NOT_ALLOWED');
      }
      for (const body of [{}, { reason: '' }, { reason: null }]) {
        const answer = await close(id, body);
        expect(answer.status).toBe(400);
        expect(fieldsOf(answer)).toEqual(new Set(['reason']));
      }
      const missing = await close('no-such-plan');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('PLAN_NOT_FOUND');
      expect((await show(id)).body.status).toBe('published');
    });
  });

  describe('reading', () => {
    it('shows a plan to anyone signed in, and answers 404 for an unknown one', async () => {
      const id = await drafted();
      for (const as of [auditor, ...others, staff('dept-coop', ['inspector'])]) {
        const answer = await show(id, as);
        expect(answer.status).toBe(200);
        expect(answer.body.id).toBe(id);
      }
      const unknown = await show('no-such-plan');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('PLAN_NOT_FOUND');
      expect((await api.call('GET', `/api/plans/${id}`)).status).toBe(401);
      expect((await api.call('GET', '/api/plans')).status).toBe(401);
    });

    describe('listing', () => {
      const ids: Record<string, string> = {};
      const own: Record<string, string> = {};

      const list = async (query: string): Promise<Page<Plan>> => {
        const answer = await api.call<Page<Plan>>('GET', `/api/plans?${query}`, { as: auditor });
        expect(answer.status).toBe(200);
        return answer.body;
      };
      const idsOf = (page: Page<Plan>): string[] => page.items.map((p) => p.id).sort();
      const sorted = (...names: string[]): string[] => names.map((name) => ids[name]).sort();

      /** Every page of a query, `limit` at a time. */
      const all = async (query: string, limit: number): Promise<{ ids: string[]; pages: number }> => {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await list(
            `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          );
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items.map((p) => p.id));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor && pages < 20);
        return { ids: seen, pages };
      };

      beforeAll(async () => {
        for (const [id, regionCode] of [
          ['dept-x', '110101'],
          ['dept-y', '110102'],
          ['dept-z', '110105'],
        ]) {
          await api.call('POST', '/api/departments', { as: admin, body: { id, name: id, regionCode } });
        }
        const x = (own.x = await addItem('dept-x', 'x 事项'));
        const y = await addItem('dept-y', 'y 事项');
        const z = await addItem('dept-z', 'z 事项');
        const plan = (year: number, lead: string, cooperating: string[], itemIds: string[]) =>
          drafted(
            {
              year,
              leadDepartmentId: lead,
              cooperatingDepartmentIds: cooperating,
              itemIds,
              window: { from: `${year}-01-01`, to: `${year}-12-31` },
            },
            admin,
          );
        ids.x2030 = await plan(2030, 'dept-x', [], [x]);
        ids.xy2031 = await plan(2031, 'dept-x', ['dept-y'], [x, y]);
        ids.y2031 = await plan(2031, 'dept-y', [], [y]);
        ids.zx2031 = await plan(2031, 'dept-z', ['dept-x'], [z]);
        ids.zy2032 = await plan(2032, 'dept-z', ['dept-y'], [z, y]);
        expect((await publish(ids.xy2031, admin)).status).toBe(200);
        expect((await publish(ids.zx2031, admin)).status).toBe(200);
      });

      it('lists by year', async () => {
        expect(idsOf(await list('year=2031'))).toEqual(sorted('xy2031', 'y2031', 'zx2031'));
        expect(idsOf(await list('year=2030'))).toEqual(sorted('x2030'));
        expect(idsOf(await list('year=2033'))).toEqual([]);
      });

      it('lists the plans a department leads or cooperates in', async () => {
        expect(idsOf(await list('departmentId=dept-x'))).toEqual(sorted('x2030', 'xy2031', 'zx2031'));
        expect(idsOf(await list('departmentId=dept-y'))).toEqual(sorted('xy2031', 'y2031', 'zy2032'));
        expect(idsOf(await list('departmentId=dept-y&year=2031'))).toEqual(sorted('xy2031', 'y2031'));
        expect(idsOf(await list('departmentId=dept-x&status=published'))).toEqual(sorted('xy2031', 'zx2031'));
        expect(idsOf(await list('year=2031&status=draft'))).toEqual(sorted('y2031'));
        expect(idsOf(await list('departmentId=dept-nobody'))).toEqual([]);
        const shown = (await list('departmentId=dept-z&year=2032')).items[0];
        expect(shown).toMatchObject({ leadDepartmentId: 'dept-z', departmentIds: ['dept-z', 'dept-y'] });
      });

      it('follows cooperating departments joining and leaving', async () => {
        const id = await drafted(
          {
            year: 2033,
            leadDepartmentId: 'dept-x',
            cooperatingDepartmentIds: ['dept-y'],
            itemIds: [own.x],
            window: { from: '2033-01-01', to: '2033-12-31' },
          },
          admin,
        );
        expect(idsOf(await list('departmentId=dept-y&year=2033'))).toEqual([id]);
        const answer = await adjust(
          id,
          { changes: { cooperatingDepartmentIds: ['dept-z'] }, reason: '换部门' },
          admin,
        );
        expect(answer.status).toBe(200);
        expect(answer.body.departmentIds).toEqual(['dept-x', 'dept-z']);
        expect(idsOf(await list('departmentId=dept-y&year=2033'))).toEqual([]);
        expect(idsOf(await list('departmentId=dept-z&year=2033'))).toEqual([id]);
        expect(idsOf(await list('departmentId=dept-x&year=2033'))).toEqual([id]);
      });

      it('pages with limit and cursor, by year and by department', async () => {
        const byYear = await all('year=2031', 2);
        expect(byYear.pages).toBe(2);
        expect(byYear.ids.sort()).toEqual(sorted('xy2031', 'y2031', 'zx2031'));
        const byDepartment = await all('departmentId=dept-y&year=2031', 1);
        expect(byDepartment.ids.sort()).toEqual(sorted('xy2031', 'y2031'));
        const byDepartmentOnly = await all('departmentId=dept-x&year=2031', 1);
        expect(byDepartmentOnly.ids.sort()).toEqual(sorted('xy2031', 'zx2031'));
        expect(new Set(byDepartmentOnly.ids).size).toBe(byDepartmentOnly.ids.length);
      });

      it.each([
        ['year=1999', 'year'],
        ['year=twenty', 'year'],
        ['year=2031.5', 'year'],
        ['status=gone', 'status'],
        ['limit=0', 'limit'],
        ['limit=1001', 'limit'],
        ['colour=red', 'colour'],
      ])('refuses the query %s', async (query, field) => {
        const answer = await api.call<ErrorAnswer>('GET', `/api/plans?${query}`, { as: auditor });
        expect(answer.status).toBe(400);
        expect(fieldsOf(answer)).toContain(field);
      });

      it('answers 400 for a cursor it did not give', async () => {
        for (const query of ['cursor=not-a-cursor', 'departmentId=dept-x&cursor=not-a-cursor']) {
          const answer = await api.call<ErrorAnswer>('GET', `/api/plans?${query}`, { as: auditor });
          expect(answer.status).toBe(400);
        }
      });
    });
  });
});
