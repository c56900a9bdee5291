import type { ImportReport } from '@app/contract';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idCardCheckCharacter, inspectorDecider } from '@app/domain';
import type { InspectorView } from '@app/projections';
import type { ProjectionStatus } from '@app/read-store';
import { xlsxFile } from '../apps/api/src/import/testing/import-fixtures';
import {
  ApiHarness,
  type Caller,
  type ErrorAnswer,
  anyString,
  matching,
  admin,
  staff,
} from './support/api-harness';

interface Inspector {
  id: string;
  departmentId: string;
  name: string;
  category: string;
  regionCode: string;
  status: string;
  idCardNumber: string | null;
  phone: string | null;
  erased: boolean;
  conflicts: { entityId: string; reason: string; declaredAt: string }[];
  personalData?: unknown;
}
interface Page<T> {
  items: T[];
  nextCursor?: string;
}
/** A valid ID-card number of someone born on `birth`, different for each sequence number. */
function idCard(sequence: number, birth = '19800101', region = '110105'): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

const masked = (id: string) => `${id.slice(0, 2)}${'*'.repeat(15)}${id.slice(-1)}`;

describe('registers over HTTP: the inspector directory', () => {
  const api = new ApiHarness();
  const operatorA = staff('dept-a', ['operator']);
  const operatorB = staff('dept-b', ['operator']);
  const auditor = staff('dept-a', ['auditor']);

  const person = (idCardNumber: string, extra: Record<string, unknown> = {}) => ({
    departmentId: 'dept-a',
    name: '李四',
    idCardNumber,
    category: 'certified',
    certificateNo: '32010200123',
    regionCode: '320102',
    specialties: ['食品安全'],
    methods: ['onsite'],
    phone: '13800138000',
    ...extra,
  });

  const register = async (body: Record<string, unknown>, as: Caller = operatorA) => {
    const answer = await api.call<{ id: string }>('POST', '/api/inspectors', { as, body });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };

  const readModel = (id: string) =>
    api.stores.projections.collection<InspectorView>('inspectors', 'inspectors').get(id);

  const entityCode = '91110000600037341L';

  beforeAll(async () => {
    await api.start();
    for (const id of ['dept-a', 'dept-b', 'scjg-320102']) {
      const answer = await api.call('POST', '/api/departments', {
        as: admin,
        body: { id, name: `${id} 市场监督管理局`, regionCode: '320102' },
      });
      expect(answer.status).toBe(201);
    }
    const entity = await api.call('POST', '/api/entities', {
      as: admin,
      body: {
        code: entityCode,
        name: '某某有限公司',
        kind: 'enterprise',
        address: '北京市',
        regionCode: '110105',
        industryCode: 'H6210',
        creditRisk: 'B',
      },
    });
    expect(entity.status).toBe(201);
  });

  afterAll(() => api.stop());

  describe('registering', () => {
    // The template's example person ('11010519491231002X') is imported further down.
    const number = idCard(1, '19491231');
    let id: string;

    beforeAll(async () => {
      id = await register(person(number));
    });

    it('registers an inspector and answers with its id', async () => {
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const [event] = await api.streamEvents(`inspector-${id}`);
      expect(event.type).toBe('InspectorRegistered');
      expect(event.data).toMatchObject({ inspectorId: id, departmentId: 'dept-a', name: '李四' });
    });

    it('masks the ID-card number and phone for everyone but an administrator', async () => {
      for (const as of [operatorA, auditor, operatorB, staff('dept-a', ['inspector', 'head'])]) {
        const answer = await api.call<Inspector>('GET', `/api/inspectors/${id}`, { as });
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({ idCardNumber: masked(number), phone: '138****8000' });
        expect(answer.body.idCardNumber).toMatch(/^11\*{15}[\dX]$/);
        expect(answer.body.personalData).toBeUndefined();
        expect(JSON.stringify(answer.body)).not.toContain(number);
      }
      const listed = await api.call<Page<Inspector>>('GET', '/api/inspectors?departmentId=dept-a', {
        as: auditor,
      });
      expect(listed.body.items.find((i) => i.id === id)).toMatchObject({ idCardNumber: masked(number) });
      expect(JSON.stringify(listed.body)).not.toContain(number);

      const full = await api.call<Inspector>('GET', `/api/inspectors/${id}`, { as: admin });
      expect(full.body).toMatchObject({ idCardNumber: number, phone: '13800138000', name: '李四' });
      const fullList = await api.call<Page<Inspector>>('GET', '/api/inspectors?departmentId=dept-a', {
        as: admin,
      });
      expect(fullList.body.items.find((i) => i.id === id)?.idCardNumber).toBe(number);
    });

    it('keeps the ID-card number and phone out of the log and the read model in clear', async () => {
      const log = JSON.stringify(await api.allEvents());
      expect(log).not.toContain(number);
      expect(log).not.toContain('13800138000');
      const stored = JSON.stringify(await readModel(id));
      expect(stored).not.toContain(number);
      expect(stored).not.toContain('13800138000');
    });

    it('answers the same person again with the same id and appends nothing', async () => {
      const head = await api.head();
      const again = await api.call<{ id: string }>('POST', '/api/inspectors', {
        as: operatorA,
        body: person(number),
      });
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ id });
      const lower = await api.call<{ id: string }>('POST', '/api/inspectors', {
        as: operatorA,
        body: person(number.toLowerCase()),
      });
      expect(lower.body).toEqual({ id });
      const withoutPhone = await api.call<{ id: string }>('POST', '/api/inspectors', {
        as: operatorA,
        body: person(number, { phone: undefined }),
      });
      expect(withoutPhone.body).toEqual({ id });
      expect(await api.head()).toBe(head);
    });

    it('refuses the same person with other details, or in another department', async () => {
      const other = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: operatorA,
        body: person(number, { name: '王五' }),
      });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('INSPECTOR_ALREADY_REGISTERED');
      const otherPhone = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: operatorA,
        body: person(number, { phone: '13911112222' }),
      });
      expect(otherPhone.status).toBe(409);
      expect(otherPhone.body.code).toBe('INSPECTOR_ALREADY_REGISTERED');
      const elsewhere = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: operatorB,
        body: person(number, { departmentId: 'dept-b' }),
      });
      expect(elsewhere.status).toBe(409);
      expect(elsewhere.body.code).toBe('ID_CARD_NUMBER_UNAVAILABLE');
      expect(JSON.stringify(elsewhere.body)).not.toMatch(/dept-a|李四/);
      expect(JSON.stringify([other.body, elsewhere.body])).not.toContain(number);
    });

    it.each([
      ['a wrong check digit', { idCardNumber: '110105194912310021' }, 'idCardNumber'],
      [
        'an impossible birth date',
        { idCardNumber: idCard(1, '19490231').slice(0, 17) + 'X' },
        'idCardNumber',
      ],
      ['a short number', { idCardNumber: '11010519491231' }, 'idCardNumber'],
      ['a phone of the wrong form', { phone: '12345' }, 'phone'],
      ['an unknown category', { category: 'wizard' }, 'category'],
      ['an unknown method', { methods: ['telepathy'] }, 'methods'],
      ['a region code of the wrong form', { regionCode: '3201' }, 'regionCode'],
      ['no name', { name: '' }, 'name'],
      ['an unknown field', { email: 'li@example.com' }, 'email'],
    ])('refuses %s with 400 naming the field', async (_what, extra, field) => {
      const head = await api.head();
      const answer = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: operatorA,
        body: person(idCard(900), extra),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect((answer.body.details as { field: string }[]).map((d) => d.field)).toEqual([field]);
      if (field === 'idCardNumber' || field === 'phone') {
        expect(JSON.stringify(answer.body)).not.toContain(Object.values(extra)[0]);
      }
      expect(await api.head()).toBe(head);
    });

    it('refuses a department that is not registered, another department and other roles', async () => {
      const ghost = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: admin,
        body: person(idCard(901), { departmentId: 'dept-ghost' }),
      });
      expect(ghost.status).toBe(409);
      expect(ghost.body.code).toBe('DEPARTMENT_NOT_REGISTERED');
      const other = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: operatorB,
        body: person(idCard(902)),
      });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('OTHER_DEPARTMENT');
      const role = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: auditor,
        body: person(idCard(903)),
      });
      expect(role.status).toBe(403);
      expect(role.body.code).toBe('ROLE_NOT_ALLOWED');
    });

    it('updates the profile and the phone, which stays sealed', async () => {
      const answer = await api.call<Inspector>('PATCH', `/api/inspectors/${id}`, {
        as: operatorA,
        body: { specialties: ['食品安全', '特种设备'], phone: '13900139000' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ specialties: ['食品安全', '特种设备'], phone: '139****9000' });
      const events = await api.streamEvents(`inspector-${id}`);
      const updated = events[events.length - 1];
      expect(updated.type).toBe('InspectorUpdated');
      expect(updated.data).toMatchObject({ changes: { specialties: ['食品安全', '特种设备'] } });
      expect(updated.data.personalData).toMatchObject({ v: 1, data: anyString() });
      const log = JSON.stringify(await api.allEvents());
      expect(log).not.toContain('13900139000');
      const full = await api.call<Inspector>('GET', `/api/inspectors/${id}`, { as: admin });
      expect(full.body).toMatchObject({ idCardNumber: number, phone: '13900139000' });

      for (const body of [{ idCardNumber: idCard(904) }, { departmentId: 'dept-b' }]) {
        const refused = await api.call<ErrorAnswer>('PATCH', `/api/inspectors/${id}`, {
          as: operatorA,
          body,
        });
        expect(refused.status).toBe(400);
      }
      const other = await api.call<ErrorAnswer>('PATCH', `/api/inspectors/${id}`, {
        as: operatorB,
        body: { name: '改名' },
      });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('OTHER_DEPARTMENT');
    });
  });

  describe('status, conflicts of interest and erasure', () => {
    const number = idCard(10, '19750615');
    let id: string;
    let self: Caller;

    beforeAll(async () => {
      id = await register(person(number, { name: '赵六', phone: '010-12345678', category: 'expert' }));
      self = { sub: id, department: 'dept-a', roles: ['inspector'] };
    });

    it('changes the status, and lists by status', async () => {
      const answer = await api.call<Inspector>('POST', `/api/inspectors/${id}/status`, {
        as: operatorA,
        body: { status: 'suspended', reason: '调离执法岗位' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.status).toBe('suspended');
      const events = await api.streamEvents(`inspector-${id}`);
      expect(events[events.length - 1]).toMatchObject({
        type: 'InspectorStatusChanged',
        data: { from: 'active', to: 'suspended', reason: '调离执法岗位' },
      });
      const head = await api.head();
      const same = await api.call('POST', `/api/inspectors/${id}/status`, {
        as: operatorA,
        body: { status: 'suspended', reason: '再次' },
      });
      expect(same.status).toBe(200);
      expect(await api.head()).toBe(head);

      const suspended = await api.call<Page<Inspector>>('GET', '/api/inspectors?status=suspended', {
        as: auditor,
      });
      expect(suspended.body.items.map((i) => i.id)).toEqual([id]);

      const bad = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/status`, {
        as: operatorA,
        body: { status: 'retired', reason: 'x' },
      });
      expect(bad.status).toBe(400);
      expect((bad.body.details as { field: string }[]).map((d) => d.field)).toEqual(['status']);
      const other = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/status`, {
        as: operatorB,
        body: { status: 'active', reason: 'x' },
      });
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('OTHER_DEPARTMENT');
      const unknown = await api.call<ErrorAnswer>('POST', '/api/inspectors/nobody/status', {
        as: operatorA,
        body: { status: 'active', reason: 'x' },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('INSPECTOR_NOT_FOUND');
    });

    it('lets an inspector declare a conflict of interest for themselves only', async () => {
      const declared = await api.call<Inspector>('POST', `/api/inspectors/${id}/conflicts`, {
        as: self,
        body: { entityId: entityCode, reason: '近亲属在该企业任职' },
      });
      expect(declared.status).toBe(201);
      expect(declared.body.conflicts).toEqual([
        { entityId: entityCode, reason: '近亲属在该企业任职', declaredAt: anyString() },
      ]);
      expect(declared.body.idCardNumber).toBe(masked(number));
      const events = await api.streamEvents(`inspector-${id}`);
      expect(events[events.length - 1].metadata).toMatchObject({ actorId: id, actorRoles: ['inspector'] });

      const another = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/conflicts`, {
        as: { sub: 'someone-else', department: 'dept-a', roles: ['inspector'] },
        body: { entityId: entityCode, reason: '代为申报' },
      });
      expect(another.status).toBe(403);
      expect(another.body.code).toBe('NOT_YOUR_DECLARATION');
      const auditorAnswer = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/conflicts`, {
        as: auditor,
        body: { entityId: entityCode, reason: '代为申报' },
      });
      expect(auditorAnswer.status).toBe(403);
      expect(auditorAnswer.body.code).toBe('ROLE_NOT_ALLOWED');
      const otherDepartment = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/conflicts`, {
        as: operatorB,
        body: { entityId: entityCode, reason: '代为申报' },
      });
      expect(otherDepartment.status).toBe(403);
      expect(otherDepartment.body.code).toBe('OTHER_DEPARTMENT');
    });

    it('refuses a conflict with an unknown entity, and the same conflict twice', async () => {
      const unknown = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/conflicts`, {
        as: self,
        body: { entityId: 'NO-SUCH-ENTITY', reason: '曾任职' },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('ENTITY_NOT_FOUND');
      const twice = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/conflicts`, {
        as: operatorA,
        body: { entityId: entityCode, reason: '再次申报' },
      });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('CONFLICT_ALREADY_DECLARED');
      const noReason = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/conflicts`, {
        as: self,
        body: { entityId: entityCode },
      });
      expect(noReason.status).toBe(400);
    });

    it('erases only as an administrator and only once the person has left', async () => {
      const operator = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/erase`, {
        as: operatorA,
        body: { reason: '本人申请' },
      });
      expect(operator.status).toBe(403);
      expect(operator.body.code).toBe('ROLE_NOT_ALLOWED');
      const early = await api.call<ErrorAnswer>('POST', `/api/inspectors/${id}/erase`, {
        as: admin,
        body: { reason: '本人申请' },
      });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('INSPECTOR_NOT_LEFT');
      const unknown = await api.call<ErrorAnswer>('POST', '/api/inspectors/nobody/erase', {
        as: admin,
        body: { reason: '本人申请' },
      });
      expect(unknown.status).toBe(404);
    });

    it('erases the personal data of a person who left; the log still reads and folds', async () => {
      const left = await api.call('POST', `/api/inspectors/${id}/status`, {
        as: operatorA,
        body: { status: 'left', reason: '退休' },
      });
      expect(left.status).toBe(200);
      const key = (await api.stores.records.get('personKeys', id, Date.now()))?.value;
      expect(key).toEqual(anyString());
      const erased = await api.call<Inspector>('POST', `/api/inspectors/${id}/erase`, {
        as: admin,
        body: { reason: '本人申请删除个人信息' },
      });
      expect(erased.status).toBe(200);
      expect(erased.body).toMatchObject({
        id,
        name: '赵六',
        status: 'left',
        erased: true,
        idCardNumber: null,
        phone: null,
      });
      expect(erased.body.conflicts).toHaveLength(1);
      // Not in the data file nor its journal either, where old pages used to keep it (issue 15, Low 7).
      const file = join(api.dir, 'shuangsuiji.sqlite');
      for (const path of [file, `${file}-wal`]) {
        const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
        expect(bytes.indexOf(key as string)).toBe(-1);
        expect(bytes.indexOf(number)).toBe(-1);
      }

      const events = await api.streamEvents(`inspector-${id}`);
      expect(events.map((e) => e.type)).toEqual([
        'InspectorRegistered',
        'InspectorStatusChanged',
        'InspectorConflictDeclared',
        'InspectorStatusChanged',
        'InspectorPersonalDataErased',
      ]);
      const sealed = events[0].data.personalData as never;
      expect(await api.stores.vault.open(id, sealed)).toBeUndefined();
      let state = inspectorDecider.initialState();
      for (const event of events) state = inspectorDecider.evolve(state, event as never);
      expect(state).toMatchObject({ registered: true, erased: true, personalData: null, status: 'left' });
      expect(await readModel(id)).toMatchObject({ erased: true, personalData: null });

      for (const [path, body] of [
        [`/api/inspectors/${id}/erase`, { reason: '再次' }],
        [`/api/inspectors/${id}/status`, { status: 'active', reason: '返聘' }],
      ] as const) {
        const refused = await api.call<ErrorAnswer>('POST', path, { as: admin, body });
        expect(refused.status).toBe(409);
        expect(refused.body.code).toBe('INSPECTOR_ERASED');
      }
    });

    it('rebuilds the inspector directory from the log to the same documents', async () => {
      const before = await readModel(id);
      const answerBefore = await api.call<Inspector>('GET', `/api/inspectors/${id}`, { as: admin });
      const rebuild = await api.call('POST', '/api/projections/inspectors/rebuild', { as: admin });
      expect(rebuild.status).toBe(202);
      const generation = async () => {
        const answer = await api.call<{ projections: ProjectionStatus[] }>('GET', '/api/projections', {
          as: admin,
        });
        return answer.body.projections.find((p) => p.name === 'inspectors');
      };
      expect(await api.until(async () => (await generation())?.generation === 2)).toBe(true);
      const status = await generation();
      expect(status).toMatchObject({ state: 'running' });
      expect(status?.lastError).toBeUndefined();
      expect(await readModel(id)).toEqual(before);
      const answerAfter = await api.call<Inspector>('GET', `/api/inspectors/${id}`, { as: admin });
      expect(answerAfter.body).toEqual(answerBefore.body);
      expect(answerAfter.body).toMatchObject({ erased: true, idCardNumber: null, phone: null });
    });

    it('lets the erased number be registered again as a new person', async () => {
      const again = await register(person(number, { name: '赵六' }));
      expect(again).not.toBe(id);
    });
  });

  describe('listing', () => {
    beforeAll(async () => {
      await register(
        person(idCard(20), { departmentId: 'dept-b', regionCode: '320104', category: 'expert' }),
        operatorB,
      );
      await register(person(idCard(21), { departmentId: 'dept-b', regionCode: '320105' }), operatorB);
    });

    it.each([
      ['departmentId=dept-b', 2],
      ['departmentId=dept-b&regionCode=320104', 1],
      ['departmentId=dept-b&category=expert', 1],
      ['departmentId=dept-b&status=active', 2],
      ['departmentId=dept-b&status=left', 0],
    ])('filters by %s', async (query, count) => {
      const answer = await api.call<Page<Inspector>>('GET', `/api/inspectors?${query}`, { as: auditor });
      expect(answer.status).toBe(200);
      expect(answer.body.items).toHaveLength(count);
      for (const inspector of answer.body.items) {
        expect(inspector.departmentId).toBe('dept-b');
        expect(inspector.idCardNumber).toMatch(/^\d{2}\*{15}[\dX]$/);
      }
    });

    it('pages with limit and cursor', async () => {
      const first = await api.call<Page<Inspector>>('GET', '/api/inspectors?departmentId=dept-b&limit=1', {
        as: auditor,
      });
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(anyString());
      const second = await api.call<Page<Inspector>>(
        'GET',
        `/api/inspectors?departmentId=dept-b&limit=1&cursor=${encodeURIComponent(first.body.nextCursor!)}`,
        { as: auditor },
      );
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    });

    it.each([['category=wizard'], ['status=gone'], ['regionCode=12']])(
      'refuses the query %s',
      async (query) => {
        const answer = await api.call<ErrorAnswer>('GET', `/api/inspectors?${query}`, { as: auditor });
        expect(answer.status).toBe(400);
      },
    );
  });

  describe('bulk import', () => {
    const ZH_HEADER = '所属部门编号,姓名,身份证号,人员类别,执法证号,行政区划代码,专业领域,检查方式,联系电话';
    const EN_HEADERS = [
      'departmentId',
      'name',
      'idCardNumber',
      'category',
      'certificateNo',
      'regionCode',
      'specialties',
      'methods',
      'phone',
    ];
    const row = (number: string, name: string, extra: Partial<Record<string, string>> = {}) => {
      const values: Record<string, string> = {
        departmentId: 'dept-imp',
        name,
        idCardNumber: number,
        category: '执法人员',
        certificateNo: '',
        regionCode: '320106',
        specialties: '食品安全；特种设备',
        methods: '现场检查、书面检查',
        phone: '13700137000',
        ...extra,
      };
      return EN_HEADERS.map((h) => values[h]);
    };
    const csv = (rows: string[][]) =>
      [ZH_HEADER, ...rows.map((cells) => cells.join(','))].join('\r\n') + '\r\n';
    const xlsx = (rows: string[][]) =>
      xlsxFile((sheet) => {
        sheet.addRow(EN_HEADERS);
        for (const cells of rows) sheet.addRow(cells);
      });
    const operatorImp = staff('dept-imp', ['operator']);
    const upload = (name: string, content: Buffer | string, as = operatorImp) =>
      api.upload<ImportReport>('/api/inspectors/import', as, {
        name,
        content,
        type: name.endsWith('.csv')
          ? 'text/csv'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });

    const numbers = [
      idCard(31, '19900101', '320106'),
      idCard(32, '19900101', '320106'),
      idCard(33, '19900101', '320106'),
    ];
    const everyone = async () => {
      const answer = await api.call<Page<Inspector>>('GET', '/api/inspectors?departmentId=dept-imp', {
        as: admin,
      });
      return answer.body.items;
    };
    let csvFile: string;

    beforeAll(async () => {
      await api.call('POST', '/api/departments', {
        as: admin,
        body: { id: 'dept-imp', name: '导入部门', regionCode: '320106' },
      });
    });

    it('imports a CSV with Chinese headers: good, bad and duplicate rows', async () => {
      csvFile = csv([
        row(numbers[0], '钱一'), // row 2
        row('320106199001010310', '坏号码'), // row 3: wrong check digit
        row(numbers[1], '孙二', { category: '专家', phone: '' }), // row 4
        row(numbers[0], '钱一'), // row 5: the same person again
        row(idCard(34, '19900101', '320106'), '周三', { departmentId: 'dept-a' }), // row 6: not their department
        row(idCard(35, '19900101', '320106'), '吴四', { phone: '999' }), // row 7: bad phone
        row(numbers[2], '郑五', { methods: '心灵感应' }), // row 8: unknown method
      ]);
      const answer = await upload('inspectors.csv', csvFile);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ rows: 7, created: 2, updated: 0, unchanged: 1, rejected: 4 });
      expect(answer.body.errors).toEqual([
        { row: 3, column: '身份证号', field: 'idCardNumber', reason: anyString(), rule: 'isIdCardNumber' },
        {
          row: 6,
          column: '所属部门',
          field: 'departmentId',
          reason: matching(/^OTHER_DEPARTMENT/),
          code: 'OTHER_DEPARTMENT',
          details: { departmentId: 'dept-a', actingFor: anyString() },
        },
        { row: 7, column: '联系电话', field: 'phone', reason: anyString(), rule: 'phone' },
        {
          row: 8,
          column: '检查方式',
          field: 'methods',
          reason: anyString(),
          rule: 'isIn',
          params: { values: expect.any(Array) as unknown },
        },
      ]);
      const listed = await everyone();
      expect(listed.map((i) => i.idCardNumber).sort()).toEqual([numbers[0], numbers[1]].sort());
      expect(listed.find((i) => i.idCardNumber === numbers[1])).toMatchObject({
        name: '孙二',
        category: 'expert',
        phone: null,
        specialties: ['食品安全', '特种设备'],
        methods: ['onsite', 'document_review'],
      });
      const log = JSON.stringify(await api.allEvents());
      for (const number of numbers) expect(log).not.toContain(number);
      expect(log).not.toContain('13700137000');
    });

    it('changes nothing when the same CSV is imported again', async () => {
      const head = await api.head();
      const answer = await upload('inspectors.csv', csvFile);
      expect(answer.body).toMatchObject({ rows: 7, created: 0, updated: 0, unchanged: 3, rejected: 4 });
      expect(await api.head()).toBe(head);
      expect(await everyone()).toHaveLength(2);
    });

    it('imports an XLSX with English headers: the same people once each, a new one, a change', async () => {
      const rows = [
        row(numbers[0], '钱一'), // unchanged
        row(numbers[1], '孙二', { category: 'expert', phone: '13600136000' }), // phone added
        row(numbers[2], '郑五', { methods: 'onsite' }), // new
        row(numbers[2], '郑五', { methods: 'onsite' }), // the new one again
      ];
      const answer = await upload('inspectors.xlsx', await xlsx(rows));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ rows: 4, created: 1, updated: 1, unchanged: 2, rejected: 0 });
      const listed = await everyone();
      expect(listed.map((i) => i.idCardNumber).sort()).toEqual([...numbers].sort());
      expect(listed.find((i) => i.idCardNumber === numbers[1])?.phone).toBe('13600136000');

      const head = await api.head();
      const again = await upload('inspectors.xlsx', await xlsx(rows));
      expect(again.body).toMatchObject({ rows: 4, created: 0, updated: 0, unchanged: 4, rejected: 0 });
      expect(await api.head()).toBe(head);
      expect(await everyone()).toHaveLength(3);
    });

    it('serves templates whose example row imports', async () => {
      const csvTemplate = await api.download('/api/inspectors/import-template?format=csv', auditor);
      expect(csvTemplate.status).toBe(200);
      expect(csvTemplate.headers.get('content-disposition')).toContain('inspectors-template.csv');
      expect(csvTemplate.bytes.toString('utf8')).toContain('身份证号（idCardNumber）');
      const operator320102 = staff('scjg-320102', ['operator']);
      const fromCsv = await upload('template.csv', csvTemplate.bytes, operator320102);
      expect(fromCsv.body).toMatchObject({ rows: 1, created: 1, rejected: 0 });
      const xlsxTemplate = await api.download('/api/inspectors/import-template?format=xlsx', auditor);
      expect(xlsxTemplate.status).toBe(200);
      const fromXlsx = await upload('template.xlsx', xlsxTemplate.bytes, operator320102);
      expect(fromXlsx.body).toMatchObject({ rows: 1, unchanged: 1, rejected: 0 });
      const listed = await api.call<Page<Inspector>>('GET', '/api/inspectors?departmentId=scjg-320102', {
        as: admin,
      });
      expect(listed.body.items).toHaveLength(1);
      expect(listed.body.items[0]).toMatchObject({
        idCardNumber: '11010519491231002X',
        name: '李四',
        category: 'certified',
        methods: ['onsite'],
        phone: '13800138000',
      });
      const shown = await api.call<Inspector>('GET', `/api/inspectors/${listed.body.items[0].id}`, {
        as: operator320102,
      });
      expect(shown.body).toMatchObject({ idCardNumber: '11***************X', phone: '138****8000' });
    });

    it("takes the department's name as well as its code; a shared or unknown name refuses the row", async () => {
      for (const id of ['dept-twin-1', 'dept-twin-2']) {
        await api.call('POST', '/api/departments', {
          as: admin,
          body: { id, name: '同名部门', regionCode: '320106' },
        });
      }
      await api.stores.projections.waitFor(await api.head(), 20_000);
      const named = idCard(36, '19900101', '320106');
      const answer = await upload(
        'by-name.csv',
        csv([
          row(named, '王六', { departmentId: '导入部门' }), // row 2: the name of dept-imp
          row(idCard(37, '19900101', '320106'), '冯七', { departmentId: '同名部门' }), // row 3
          row(idCard(38, '19900101', '320106'), '陈八', { departmentId: '不存在的部门' }), // row 4
        ]),
      );
      expect(answer.body).toMatchObject({ rows: 3, created: 1, rejected: 2 });
      expect(answer.body.errors).toEqual([
        {
          row: 3,
          column: '所属部门',
          field: 'departmentId',
          reason: matching(/dept-twin-1, dept-twin-2/),
          rule: 'departmentNameShared',
          params: { name: '同名部门', departmentIds: ['dept-twin-1', 'dept-twin-2'] },
        },
        {
          row: 4,
          column: '所属部门',
          field: 'departmentId',
          reason: matching(/no department/),
          rule: 'departmentUnknown',
          params: { name: '不存在的部门' },
        },
      ]);
      expect((await everyone()).find((i) => i.idCardNumber === named)).toMatchObject({ name: '王六' });
    });

    it('refuses roles that do not keep the directory, and files it cannot read', async () => {
      const role = await upload('inspectors.csv', csvFile, auditor);
      expect(role.status).toBe(403);
      const notMultipart = await api.call<ErrorAnswer>('POST', '/api/inspectors/import', {
        as: operatorImp,
        body: {},
      });
      expect(notMultipart.status).toBe(415);
      const xls = await api.upload<ErrorAnswer>('/api/inspectors/import', operatorImp, {
        name: 'inspectors.xls',
        content: 'x',
        type: 'application/vnd.ms-excel',
      });
      expect(xls.status).toBe(400);
      const header = await upload('inspectors.csv', '姓名\r\n钱一\r\n');
      expect(header.status).toBe(400);
      expect(header.body).toMatchObject({ code: 'IMPORT_FILE_INVALID' });
    });
  });
});
