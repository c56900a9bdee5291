import { ApiHarness, type ErrorAnswer, anyString, admin, staff } from './support/api-harness';

interface CheckItem {
  id: string;
  departmentId: string;
  name: string;
  content: string;
  itemClass: string;
  ratio?: number;
  status: 'active' | 'retired';
  retiredReason?: string;
}
interface Page<T> {
  items: T[];
  nextCursor?: string;
}

describe('registers over HTTP: departments, check items, joint item lists', () => {
  const api = new ApiHarness();
  const operatorA = staff('dept-a', ['operator']);
  const operatorB = staff('dept-b', ['operator']);
  const auditor = staff('dept-a', ['auditor']);

  const item = (departmentId: string, extra: Record<string, unknown> = {}) => ({
    departmentId,
    name: '食品经营许可情况检查',
    basis: '《中华人民共和国食品安全法》第三十五条',
    targetKinds: ['enterprise', 'individual_business'],
    content: '许可证是否在有效期内，经营项目是否与许可一致',
    methods: ['onsite', 'document_review'],
    itemClass: 'A',
    ratio: 0.05,
    frequencyPerYear: 1,
    ...extra,
  });

  const add = async (departmentId: string, extra: Record<string, unknown> = {}, as = admin) => {
    const answer = await api.call<{ id: string }>('POST', '/api/check-items', {
      as,
      body: item(departmentId, extra),
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };

  beforeAll(async () => {
    await api.start();
    for (const [id, regionCode] of [
      ['dept-a', '320102'],
      ['dept-b', '320104'],
      ['dept-c', '320105'],
    ]) {
      const answer = await api.call('POST', '/api/departments', {
        as: admin,
        body: { id, name: `${id} 市场监督管理局`, regionCode },
      });
      expect(answer.status).toBe(201);
    }
  });

  afterAll(() => api.stop());

  describe('departments', () => {
    it('registers a department (admin) and shows it', async () => {
      const answer = await api.call('POST', '/api/departments', {
        as: admin,
        body: { id: 'dept-new', name: '新部门', regionCode: '110105' },
      });
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ id: 'dept-new' });
      const shown = await api.call('GET', '/api/departments/dept-new', { as: operatorA });
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ id: 'dept-new', name: '新部门', regionCode: '110105' });
    });

    it('refuses anyone but an administrator', async () => {
      for (const as of [operatorA, auditor, staff('system', ['head', 'principal', 'supervisor'])]) {
        const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
          as,
          body: { id: 'dept-nope', name: 'x', regionCode: '110105' },
        });
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('ROLE_NOT_ALLOWED');
      }
      expect((await api.call('GET', '/api/departments/dept-nope', { as: admin })).status).toBe(404);
    });

    it('accepts the same registration again and appends nothing', async () => {
      const head = await api.head();
      const again = await api.call('POST', '/api/departments', {
        as: admin,
        body: { id: 'dept-a', name: 'dept-a 市场监督管理局', regionCode: '320102' },
      });
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ id: 'dept-a' });
      expect(await api.head()).toBe(head);
      expect(await api.streamEvents('department-dept-a')).toHaveLength(1);
    });

    it('refuses the same id with other details', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        as: admin,
        body: { id: 'dept-a', name: '另一个名字', regionCode: '320102' },
      });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('DEPARTMENT_ALREADY_REGISTERED');
    });

    it.each([
      [{ id: 'has space', name: 'x', regionCode: '110105' }, 'id'],
      [{ id: 'dept-x', name: '', regionCode: '110105' }, 'name'],
      [{ id: 'dept-x', name: 'x', regionCode: '11010' }, 'regionCode'],
      [{ id: 'dept-x', name: 'x' }, 'regionCode'],
    ])('refuses %j naming %s', async (body, field) => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', { as: admin, body });
      expect(answer.status).toBe(400);
      expect((answer.body.details as { field: string }[]).map((d) => d.field)).toEqual([field]);
    });

    it('lists the departments to anyone signed in', async () => {
      const answer = await api.call<{ items: { id: string; name: string; regionCode: string }[] }>(
        'GET',
        '/api/departments',
        { as: auditor },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.items.map((d) => d.id)).toEqual(
        expect.arrayContaining(['dept-a', 'dept-b', 'dept-c', 'dept-new']),
      );
      expect(answer.body.items.find((d) => d.id === 'dept-b')).toMatchObject({ regionCode: '320104' });
    });
  });

  describe('check items', () => {
    it('adds an item for the own department and shows it', async () => {
      const id = await add('dept-a', {}, operatorA);
      const shown = await api.call<CheckItem>('GET', `/api/check-items/${id}`, { as: auditor });
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({
        id,
        departmentId: 'dept-a',
        itemClass: 'A',
        ratio: 0.05,
        frequencyPerYear: 1,
        methods: ['onsite', 'document_review'],
        status: 'active',
      });
    });

    it.each([
      ['an unknown method', { methods: ['telepathy'] }, 'methods'],
      ['no method', { methods: [] }, 'methods'],
      ['a method twice', { methods: ['onsite', 'onsite'] }, 'methods'],
      ['an unknown target kind', { targetKinds: ['spaceship'] }, 'targetKinds'],
      ['no target kind', { targetKinds: [] }, 'targetKinds'],
      ['an unknown class', { itemClass: 'D' }, 'itemClass'],
      ['a ratio above 1', { ratio: 1.5 }, 'ratio'],
      ['a negative ratio', { ratio: -0.1 }, 'ratio'],
      ['a ratio as text', { ratio: '0.05' }, 'ratio'],
      ['no visits a year', { frequencyPerYear: 0 }, 'frequencyPerYear'],
      ['a fraction of a visit', { frequencyPerYear: 1.5 }, 'frequencyPerYear'],
      ['more visits than days', { frequencyPerYear: 367 }, 'frequencyPerYear'],
      ['an empty name', { name: '' }, 'name'],
      ['no basis', { basis: undefined }, 'basis'],
      ['no content', { content: undefined }, 'content'],
      ['an unknown field', { colour: 'red' }, 'colour'],
    ])('refuses %s with 400 naming the field', async (_what, extra, field) => {
      const head = await api.head();
      const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', extra),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(new Set((answer.body.details as { field: string }[]).map((d) => d.field))).toEqual(
        new Set([field]),
      );
      expect(await api.head()).toBe(head);
    });

    it.each([
      ['A', 0.1, 201, undefined],
      ['A', 0.11, 409, 'ITEM_RATIO_ABOVE_CLASS_LIMIT'],
      ['B', 0.1, 409, 'ITEM_RATIO_BELOW_CLASS_LIMIT'],
      ['B', 0.05, 409, 'ITEM_RATIO_BELOW_CLASS_LIMIT'],
      ['B', 0.3, 201, undefined],
      ['C', 0.5, 201, undefined],
    ])('class %s with ratio %d answers %d %s', async (itemClass, ratio, status, code) => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', { itemClass, ratio }),
      });
      expect(answer.status).toBe(status);
      if (code) expect(answer.body.code).toBe(code);
    });

    it('accepts an item without a ratio', async () => {
      await add('dept-a', { itemClass: 'B', ratio: undefined, frequencyPerYear: undefined }, operatorA);
    });

    it('refuses an item for a department that is not registered', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: admin,
        body: item('dept-ghost'),
      });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('DEPARTMENT_NOT_REGISTERED');
    });

    it("refuses another department's operator and roles that do not keep the list", async () => {
      const other = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorB,
        body: item('dept-a'),
      });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('OTHER_DEPARTMENT');
      const inspector = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: staff('dept-a', ['inspector', 'auditor']),
        body: item('dept-a'),
      });
      expect(inspector.status).toBe(403);
      expect(inspector.body.code).toBe('ROLE_NOT_ALLOWED');
    });

    it('records only what an update changes', async () => {
      const id = await add('dept-a', {}, operatorA);
      const answer = await api.call<CheckItem>('PATCH', `/api/check-items/${id}`, {
        as: operatorA,
        body: { name: '食品经营许可情况检查', content: '新的检查内容', ratio: 0.08 },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ id, content: '新的检查内容', ratio: 0.08, status: 'active' });
      const events = await api.streamEvents(`checkItem-${id}`);
      expect(events.map((e) => e.type)).toEqual(['CheckItemAdded', 'CheckItemUpdated']);
      expect(events[1].data).toEqual({
        itemId: id,
        changes: { content: '新的检查内容', ratio: 0.08 },
        previous: { content: '许可证是否在有效期内，经营项目是否与许可一致', ratio: 0.05 },
      });

      const head = await api.head();
      const same = await api.call('PATCH', `/api/check-items/${id}`, {
        as: operatorA,
        body: { content: '新的检查内容' },
      });
      expect(same.status).toBe(200);
      expect(await api.head()).toBe(head);
    });

    it('checks the class and ratio of the item an update leaves', async () => {
      const id = await add('dept-a', {}, operatorA);
      const toB = await api.call<ErrorAnswer>('PATCH', `/api/check-items/${id}`, {
        as: operatorA,
        body: { itemClass: 'B' },
      });
      expect(toB.status).toBe(409);
      expect(toB.body.code).toBe('ITEM_RATIO_BELOW_CLASS_LIMIT');
      const toBWithRatio = await api.call<CheckItem>('PATCH', `/api/check-items/${id}`, {
        as: operatorA,
        body: { itemClass: 'B', ratio: 0.2 },
      });
      expect(toBWithRatio.status).toBe(200);
      expect(toBWithRatio.body).toMatchObject({ itemClass: 'B', ratio: 0.2 });
      for (const body of [{ itemClass: null }, { name: null }, { methods: null }]) {
        const blanked = await api.call<ErrorAnswer>('PATCH', `/api/check-items/${id}`, {
          as: operatorA,
          body,
        });
        expect(blanked.status).toBe(400);
        expect(blanked.body.details).toEqual([
          { field: Object.keys(body)[0], reason: anyString(), rule: 'notNull' },
        ]);
      }
      const backToA = await api.call<ErrorAnswer>('PATCH', `/api/check-items/${id}`, {
        as: operatorA,
        body: { itemClass: 'A' },
      });
      expect(backToA.status).toBe(409);
      expect(backToA.body.code).toBe('ITEM_RATIO_ABOVE_CLASS_LIMIT');
    });

    it('refuses to move an item to another department or to update it from another', async () => {
      const id = await add('dept-a', {}, operatorA);
      const move = await api.call<ErrorAnswer>('PATCH', `/api/check-items/${id}`, {
        as: operatorA,
        body: { departmentId: 'dept-b' },
      });
      expect(move.status).toBe(400);
      expect(move.body.details).toEqual([
        { field: 'departmentId', reason: anyString(), rule: 'whitelistValidation' },
      ]);
      const other = await api.call<ErrorAnswer>('PATCH', `/api/check-items/${id}`, {
        as: operatorB,
        body: { name: '改名' },
      });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('OTHER_DEPARTMENT');
      const retire = await api.call<ErrorAnswer>('POST', `/api/check-items/${id}/retire`, {
        as: operatorB,
        body: { reason: '不是我的' },
      });
      expect(retire.status).toBe(403);
      expect(retire.body.code).toBe('OTHER_DEPARTMENT');
      const unknown = await api.call<ErrorAnswer>('PATCH', '/api/check-items/nope', {
        as: operatorA,
        body: { name: '改名' },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('CHECK_ITEM_NOT_FOUND');
    });

    it('retires an item, which then cannot change', async () => {
      const id = await add('dept-a', {}, operatorA);
      const noReason = await api.call<ErrorAnswer>('POST', `/api/check-items/${id}/retire`, {
        as: operatorA,
        body: {},
      });
      expect(noReason.status).toBe(400);
      expect((noReason.body.details as { field: string }[])[0].field).toBe('reason');

      const retired = await api.call<CheckItem>('POST', `/api/check-items/${id}/retire`, {
        as: operatorA,
        body: { reason: '所依据的规章已废止' },
      });
      expect(retired.status).toBe(200);
      expect(retired.body).toMatchObject({ id, status: 'retired', retiredReason: '所依据的规章已废止' });

      const update = await api.call<ErrorAnswer>('PATCH', `/api/check-items/${id}`, {
        as: operatorA,
        body: { name: '改名' },
      });
      expect(update.status).toBe(409);
      expect(update.body.code).toBe('CHECK_ITEM_RETIRED');
      const again = await api.call<ErrorAnswer>('POST', `/api/check-items/${id}/retire`, {
        as: operatorA,
        body: { reason: '再次' },
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CHECK_ITEM_RETIRED');
    });

    describe('listing', () => {
      const ids: Record<string, string> = {};

      beforeAll(async () => {
        await api.call('POST', '/api/departments', {
          as: admin,
          body: { id: 'dept-list', name: '清单部门', regionCode: '320106' },
        });
        ids.a1 = await add('dept-list', { itemClass: 'A', ratio: 0.03 });
        ids.a2 = await add('dept-list', { itemClass: 'A', ratio: 0.1 });
        ids.b1 = await add('dept-list', { itemClass: 'B', ratio: 0.2 });
        ids.c1 = await add('dept-list', { itemClass: 'C', ratio: 0.5 });
        ids.b2 = await add('dept-list', { itemClass: 'B', ratio: 0.4 });
        const retired = await api.call('POST', `/api/check-items/${ids.b2}/retire`, {
          as: admin,
          body: { reason: '废止' },
        });
        expect(retired.status).toBe(200);
      });

      const list = async (query: string) => {
        const answer = await api.call<Page<CheckItem>>('GET', `/api/check-items?${query}`, { as: auditor });
        expect(answer.status).toBe(200);
        return answer.body;
      };

      it('filters by department, class and status', async () => {
        const all = await list('departmentId=dept-list');
        expect(all.items.map((i) => i.id).sort()).toEqual(Object.values(ids).sort());
        const classB = await list('departmentId=dept-list&itemClass=B');
        expect(classB.items.map((i) => i.id).sort()).toEqual([ids.b1, ids.b2].sort());
        const activeB = await list('departmentId=dept-list&itemClass=B&status=active');
        expect(activeB.items.map((i) => i.id)).toEqual([ids.b1]);
        const retired = await list('departmentId=dept-list&status=retired');
        expect(retired.items.map((i) => i.id)).toEqual([ids.b2]);
        const classC = await list('itemClass=C');
        expect(classC.items.every((i) => i.itemClass === 'C')).toBe(true);
        expect(classC.items.map((i) => i.id)).toContain(ids.c1);
      });

      it('pages with limit and cursor', async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await list(
            `departmentId=dept-list&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          );
          expect(page.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.items.map((i) => i.id));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor && pages < 10);
        expect(pages).toBe(3);
        expect(seen.sort()).toEqual(Object.values(ids).sort());
      });

      it.each([
        ['itemClass=D', 'itemClass'],
        ['status=gone', 'status'],
        ['limit=0', 'limit'],
        ['limit=1001', 'limit'],
        ['limit=ten', 'limit'],
        ['colour=red', 'colour'],
      ])('refuses the query %s', async (query, field) => {
        const answer = await api.call<ErrorAnswer>('GET', `/api/check-items?${query}`, { as: auditor });
        expect(answer.status).toBe(400);
        expect((answer.body.details as { field: string }[]).map((d) => d.field)).toContain(field);
      });

      it('answers 400 for a cursor it did not give', async () => {
        const answer = await api.call<ErrorAnswer>('GET', '/api/check-items?cursor=not-a-cursor', {
          as: auditor,
        });
        expect(answer.status).toBe(400);
      });
    });
  });

  describe('joint item lists', () => {
    let a1: string;
    let a2: string;
    let b1: string;
    let retiredB: string;

    beforeAll(async () => {
      a1 = await add('dept-a', { name: '餐饮食品安全' }, operatorA);
      a2 = await add('dept-a', { name: '餐饮价格' }, operatorA);
      b1 = await add('dept-b', { name: '餐饮消防' }, operatorB);
      retiredB = await add('dept-b', { name: '已废止事项' }, operatorB);
      await api.call('POST', `/api/check-items/${retiredB}/retire`, {
        as: operatorB,
        body: { reason: '废止' },
      });
    });

    const drawUp = (body: Record<string, unknown>, as = operatorA) =>
      api.call<ErrorAnswer & { id: string }>('POST', '/api/joint-item-lists', {
        as,
        body: { industry: '餐饮', leadDepartmentId: 'dept-a', ...body },
      });

    it("merges two departments' items and lists the joint list", async () => {
      const answer = await drawUp({ itemIds: [a1, b1, a2] });
      expect(answer.status).toBe(201);
      const { id } = answer.body;
      const lists = await api.call<Page<{ id: string }>>('GET', '/api/joint-item-lists', { as: auditor });
      expect(lists.status).toBe(200);
      expect(lists.body.items.find((l) => l.id === id)).toMatchObject({
        id,
        industry: '餐饮',
        leadDepartmentId: 'dept-a',
        itemIds: [a1, b1, a2],
        departmentIds: ['dept-a', 'dept-b'],
      });
      const [event] = await api.streamEvents(`jointItemList-${id}`);
      expect(event.type).toBe('JointItemListDrawnUp');
    });

    it.each([
      ['items of one department', () => ({ itemIds: [a1, a2] }), 'JOINT_LIST_NEEDS_SEVERAL_DEPARTMENTS'],
      ['an item not on the list', () => ({ itemIds: [a1, 'no-such-item'] }), 'CHECK_ITEM_NOT_ON_LIST'],
      ['a retired item', () => ({ itemIds: [a1, retiredB] }), 'CHECK_ITEM_RETIRED'],
      [
        'a lead department without an item',
        () => ({ itemIds: [a1, b1], leadDepartmentId: 'dept-c' }),
        'JOINT_LIST_LEAD_HAS_NO_ITEM',
      ],
    ])('refuses %s with 409', async (_what, body, code) => {
      const head = await api.head();
      const answer = await drawUp(body(), admin);
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe(code);
      expect(await api.head()).toBe(head);
    });

    it('names the missing items', async () => {
      const answer = await drawUp({ itemIds: [a1, 'no-such-item'] });
      expect(answer.body.details).toEqual({ itemIds: ['no-such-item'] });
    });

    it("refuses a list led by another department's operator", async () => {
      const answer = await drawUp({ itemIds: [a1, b1] }, operatorB);
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('OTHER_DEPARTMENT');
    });

    it.each([
      ['fewer than two items', { itemIds: ['x'] }, 'itemIds'],
      ['an item twice', { itemIds: ['x', 'x'] }, 'itemIds'],
      ['no industry', { industry: '' }, 'industry'],
    ])('refuses %s with 400', async (_what, body, field) => {
      const answer = await drawUp({ itemIds: ['x', 'y'], ...body });
      expect(answer.status).toBe(400);
      expect((answer.body.details as { field: string }[]).map((d) => d.field)).toContain(field);
    });
  });
});
