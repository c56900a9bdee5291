import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { idCardCheckCharacter } from '@app/domain';
import { allProjections } from '@app/projections';
import { type TaskBundle, verifyTaskBundle } from '@app/audit';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import {
  creditCode,
  initiateTask,
  leadOperator,
  setUpDepartments,
  enforcementCertificate,
} from './support/task-fixtures';

/**
 * Free text that may carry personal data (a witness's phone, an ID-card number in the notes, an
 * objection's grounds, a follow-up's detail) never enters the log in clear, is read only by the
 * task's departments and its overseers, and can be erased while the task still replays and verifies.
 */
describe('personal data in a task’s free text: sealed, shown to the allowed readers, erasable', () => {
  const api = new ApiHarness();
  const PHONE = '13912345678';
  const ID_NUMBER = '320102198001010011';
  const GROUNDS_PHONE = '13800001111';
  const DETAIL_ID = '32010219900202002X';
  const LEGACY_PHONE = '13722223333';
  const sealedSecrets = [PHONE, ID_NUMBER, GROUNDS_PHONE, DETAIL_ID];
  const allSecrets = [...sealedSecrets, LEGACY_PHONE];
  const operator = (d: string) => staff(d, ['operator']);
  const inspectorOf = (d: string, id: string): Caller => ({ sub: id, department: d, roles: ['inspector'] });
  const auditor = staff('sj', ['auditor']);
  const supervisor = staff('jw', ['supervisor']);
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const inspectors: Record<string, string[]> = { scjg: [], xf: [], swj: [] };
  const entityId = creditCode(1);
  let taskId = '';
  let xfMember = '';

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
  const allowed = (): [string, Caller][] => [
    ['the lead department’s operator', leadOperator],
    ['a participant’s head', staff('xf', ['head'])],
    ['a participant’s inspector', inspectorOf('xf', xfMember)],
    ['an auditor', auditor],
    ['a supervisor', supervisor],
    ['the administrator', admin],
  ];
  const refused = (): [string, Caller][] => [
    ['an operator of an unrelated department', operator('swj')],
    ['an inspector of an unrelated department', inspectorOf('swj', inspectors.swj[0])],
  ];
  type Result = { witness?: string; notes?: string; withheld?: string; category: string };
  type Task = {
    status: string;
    entered: Record<string, { result: Result }>;
    published: Record<string, Result>;
    teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
  };
  type History = { type: string; revision: number; data: Record<string, unknown>; state: Task }[];
  const key = (d: string) => `${entityId}|${d}`;

  beforeAll(async () => {
    await api.start();
    const items = await setUpDepartments(api);
    await ok('POST', '/api/departments', admin, { id: 'swj', name: 'swj', regionCode: '320102' });
    for (const [d, count] of [
      ['scjg', 2],
      ['xf', 1],
      ['swj', 1],
    ] as const) {
      for (let n = 0; n < count; n += 1) {
        const first17 = `3201021985031${['scjg', 'xf', 'swj'].indexOf(d)}${n}11`;
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
    await ok('POST', '/api/entities', leadOperator, {
      code: entityId,
      name: '南京某公司',
      kind: 'enterprise',
      address: '南京',
      regionCode: '320102',
      industryCode: 'H6210',
      creditRisk: 'B',
    });
    taskId = await initiateTask(api, items, {
      criteria: { regionCodes: ['320102'] },
      sampling: { count: 1 },
    });
    await ok('POST', `/api/tasks/${taskId}/responses`, operator('xf'), {
      accepted: true,
      itemIds: [items.xf],
    });
    await ok('POST', `/api/tasks/${taskId}/draws/entities`, leadOperator, {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, leadOperator, {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('xf'), {});
    const locked = await ok<Task>('POST', `/api/tasks/${taskId}/lock`, leadOperator);
    const members = locked.teams[entityId].members;
    const scjgMember = members.find((m) => m.departmentId === 'scjg')!.inspectorId;
    xfMember = members.find((m) => m.departmentId === 'xf')!.inspectorId;

    await ok('POST', `/api/tasks/${taskId}/results`, inspectorOf('scjg', scjgMember), {
      entityId,
      category: 'ordered_to_correct',
      method: 'onsite',
      itemFindings: [{ itemId: items.scjg, finding: '许可证过期', compliant: false }],
      inspectedOn: today,
      signatureRefused: true,
      witness: `邻居王五 ${PHONE}`,
      notes: `法定代表人身份证 ${ID_NUMBER}`,
    });
    // A result recorded before sealing, with its witness in clear (as older builds wrote it).
    await api.stores.events.appendToStream(
      `inspectionTask-${taskId}`,
      [
        {
          type: 'ResultEntered',
          data: {
            taskId,
            entityId,
            departmentId: 'xf',
            inspectorId: xfMember,
            result: {
              category: 'no_issue_found',
              itemFindings: [],
              inspectedOn: today,
              witness: `旧证人 ${LEGACY_PHONE}`,
            },
            entry: 1,
          },
          metadata: {
            actorId: xfMember,
            actorRoles: ['inspector'],
            departmentId: 'xf',
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    await ok('POST', `/api/tasks/${taskId}/publications`, staff('scjg', ['head']), { entityId });
    await ok('POST', `/api/tasks/${taskId}/objections`, leadOperator, {
      entityId,
      departmentId: 'scjg',
      grounds: `联系人电话 ${GROUNDS_PHONE}`,
    });
    await ok('POST', `/api/tasks/${taskId}/follow-ups`, operator('xf'), {
      entityId,
      kind: 'case_filed',
      detail: `对身份证 ${DETAIL_ID} 的当事人立案`,
    });
  }, 60_000);
  afterAll(() => api.stop());

  const read = async (as: Caller) => {
    const task = await ok<Task>('GET', `/api/tasks/${taskId}`, as);
    const history = await ok<History>('GET', `/api/tasks/${taskId}/history`, as);
    const last = history[history.length - 1].revision;
    const then = await ok<Task>('GET', `/api/tasks/${taskId}?at=${last}`, as);
    return { task, history, then };
  };
  const dataOf = (history: History, type: string) => history.find((e) => e.type === type)!.data;

  it('the log holds no phone or ID-card number of the free text in clear: only sealed bytes', async () => {
    const raw: unknown[] = [];
    for await (const event of api.stores.auditLog.readAll()) raw.push(event);
    const log = JSON.stringify(raw);
    for (const secret of sealedSecrets) expect(log).not.toContain(secret);
    const entered = (
      raw as { type: string; data: { departmentId?: string; result?: Record<string, unknown> } }[]
    ).find((e) => e.type === 'ResultEntered' && e.data.departmentId === 'scjg')!;
    expect(entered.data.result).toMatchObject({ sealed: { v: 1 } });
    expect(entered.data.result).not.toHaveProperty('witness');
  });

  it('no read model holds them either', async () => {
    const host = api.stores.projections;
    await host.waitFor(await api.stores.events.headPosition(), 20_000);
    for (const projection of allProjections) {
      for (const { name } of projection.collections) {
        const page = await host.collection(projection.name, name).find({ limit: 1000 });
        const docs = JSON.stringify(page.items);
        for (const secret of allSecrets) expect(docs).not.toContain(secret);
      }
    }
  });

  it.each([0, 1, 2, 3, 4, 5])(
    'the task’s departments and overseers read them: state, history, as it stood (%i)',
    async (n) => {
      const [, as] = allowed()[n];
      const { task, history, then } = await read(as);
      for (const state of [task, then, history[history.length - 1].state]) {
        expect(state.entered[key('scjg')].result).toMatchObject({
          witness: `邻居王五 ${PHONE}`,
          notes: `法定代表人身份证 ${ID_NUMBER}`,
        });
        expect(state.published[key('scjg')].witness).toBe(`邻居王五 ${PHONE}`);
        expect(state.entered[key('xf')].result.witness).toBe(`旧证人 ${LEGACY_PHONE}`);
        expect(state.entered[key('scjg')].result).not.toHaveProperty('sealed');
      }
      expect(dataOf(history, 'ObjectionFiled').grounds).toBe(`联系人电话 ${GROUNDS_PHONE}`);
      expect(dataOf(history, 'FollowUpRecorded').detail).toBe(`对身份证 ${DETAIL_ID} 的当事人立案`);
    },
  );

  it.each([0, 1])(
    'anyone else sees them withheld, not as an error: state, history, as it stood (%i)',
    async (n) => {
      const [, as] = refused()[n];
      const { task, history, then } = await read(as);
      for (const answer of [task, history, then]) {
        const text = JSON.stringify(answer);
        for (const secret of allSecrets) expect(text).not.toContain(secret);
        expect(text).not.toContain('"sealed"');
      }
      expect(task.entered[key('scjg')].result).toMatchObject({
        category: 'ordered_to_correct',
        withheld: 'not_allowed',
      });
      expect(task.entered[key('xf')].result.withheld).toBe('not_allowed');
      expect(then.published[key('scjg')].withheld).toBe('not_allowed');
      expect(dataOf(history, 'ObjectionFiled')).toMatchObject({ withheld: 'not_allowed' });
      expect(dataOf(history, 'FollowUpRecorded')).toMatchObject({
        withheld: 'not_allowed',
        kind: 'case_filed',
      });
      expect((await api.call('GET', `/api/tasks/${taskId}/bundle`, { as })).status).toBe(403);
    },
  );

  it('the bundle carries only the sealed bytes (a file erasure cannot reach), and verifies', async () => {
    const answer = await api.call<TaskBundle>('GET', `/api/tasks/${taskId}/bundle`, { as: auditor });
    expect(answer.status).toBe(200);
    const text = JSON.stringify(answer.body);
    for (const secret of sealedSecrets) expect(text).not.toContain(secret);
    expect(await verifyTaskBundle(answer.body)).toMatchObject({ verified: true, problems: [] });
  });

  it("reads the inspection's key once per answer, and the task's stream once for ?at= (review of issue 15, finding 2)", async () => {
    const keyReads = jest.spyOn(api.stores.records, 'get');
    const streamReads = jest.spyOn(api.stores.events, 'readStream');
    try {
      const count = () => keyReads.mock.calls.filter(([namespace]) => namespace === 'personKeys').length;
      for (const path of [
        `/api/tasks/${taskId}`,
        `/api/tasks/${taskId}/history`,
        `/api/tasks/${taskId}?at=999`,
      ]) {
        keyReads.mockClear();
        streamReads.mockClear();
        await ok('GET', path, auditor);
        // One inspection in this task: one key, however many sealed texts and states it opens.
        expect([path, count()]).toEqual([path, 1]);
        expect([path, streamReads.mock.calls.length]).toEqual([path, 1]);
      }
    } finally {
      keyReads.mockRestore();
      streamReads.mockRestore();
    }
  });

  it('makes no vault key for a write the task refuses: unknown task, unlisted entity, outsider (review of issue 15, finding 6)', async () => {
    const keys = () => {
      const db = new Database(join(api.dir, 'shuangsuiji.sqlite'), { readonly: true });
      try {
        return (
          db.prepare("SELECT count(*) AS n FROM records WHERE namespace = 'personKeys'").get() as {
            n: number;
          }
        ).n;
      } finally {
        db.close();
      }
    };
    const before = keys();
    const nowhere = `/api/tasks/${randomUUID()}`;
    const here = `/api/tasks/${taskId}`;
    const unlisted = creditCode(99);
    const result = {
      category: 'no_issue_found',
      method: 'document_review',
      itemFindings: [],
      inspectedOn: today,
      witness: '某人 13000000000',
    };
    const outsider = inspectorOf('swj', inspectors.swj[0]);
    const writes: [string, Caller, Record<string, unknown>, number][] = [
      [`${nowhere}/results`, outsider, { entityId, ...result }, 404],
      [`${here}/results`, outsider, { entityId, ...result }, 403],
      [`${here}/results`, inspectorOf('xf', xfMember), { entityId: unlisted, ...result }, 409],
      [
        `${nowhere}/objections`,
        leadOperator,
        { entityId, departmentId: 'scjg', grounds: '电话 13000000001' },
        404,
      ],
      [
        `${here}/objections`,
        leadOperator,
        { entityId: unlisted, departmentId: 'scjg', grounds: '电话 13000000002' },
        409,
      ],
      [
        `${nowhere}/follow-ups`,
        operator('xf'),
        { entityId, kind: 'case_filed', detail: '电话 13000000003' },
        404,
      ],
      [
        `${here}/follow-ups`,
        operator('swj'),
        { entityId, kind: 'case_filed', detail: '电话 13000000004' },
        403,
      ],
      [
        `${here}/follow-ups`,
        operator('xf'),
        { entityId: unlisted, kind: 'case_filed', detail: '电话 13000000005' },
        409,
      ],
      [`${nowhere}/correction-requests`, leadOperator, { entityId, corrected: result, reason: '更正' }, 404],
      [`${here}/correction-requests`, operator('swj'), { entityId, corrected: result, reason: '更正' }, 409],
    ];
    for (const [path, as, body, status] of writes) {
      expect([path, (await api.call('POST', path, { as, body })).status]).toEqual([path, status]);
    }
    expect(keys()).toBe(before);
  });

  it('erased (administrator, with a reason): unreadable for everyone, while the task replays and verifies', async () => {
    const path = `/api/tasks/${taskId}/personal-text-erasures`;
    const body = { entityId, reason: '证人申请删除其个人信息' };
    expect((await api.call('POST', path, { as: auditor, body })).status).toBe(403);
    expect((await api.call('POST', path, { as: admin, body: { entityId } })).status).toBe(400);
    // A reason of spaces alone and an entity id that is no code are refused by the DTO, naming the field.
    for (const [field, refused] of [
      ['reason', { entityId, reason: ' \t\n ' }],
      ['entityId', { entityId: `${entityId} 1`, reason: body.reason }],
    ] as const) {
      const answer = await api.call<ErrorAnswer>('POST', path, { as: admin, body: refused });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field }] });
    }
    expect(await ok('POST', path, admin, body)).toEqual({ taskId, entityId, erased: true });
    expect((await api.call<{ code: string }>('POST', path, { as: admin, body })).body.code).toBe(
      'PERSONAL_TEXT_ALREADY_ERASED',
    );

    for (const [, as] of allowed()) {
      const { task, history, then } = await read(as);
      expect(task.status).toBe('locked');
      for (const answer of [task, history, then]) {
        const text = JSON.stringify(answer);
        for (const secret of allSecrets) expect(text).not.toContain(secret);
      }
      expect(task.entered[key('scjg')].result).toMatchObject({
        category: 'ordered_to_correct',
        withheld: 'erased',
      });
      expect(task.entered[key('xf')].result.withheld).toBe('erased');
      expect(dataOf(history, 'ObjectionFiled')).toMatchObject({ withheld: 'erased' });
      expect(history.map((e) => e.type)).toContain('PersonalTextErased');
    }
    // The task records the erasure: the erased inspection's text is withheld without a key read.
    const keyReads = jest.spyOn(api.stores.records, 'get');
    try {
      await ok('GET', `/api/tasks/${taskId}/history`, auditor);
      expect(keyReads.mock.calls.filter(([namespace]) => namespace === 'personKeys')).toEqual([]);
    } finally {
      keyReads.mockRestore();
    }
    const bundle = await ok<TaskBundle>('GET', `/api/tasks/${taskId}/bundle`, auditor);
    expect(await verifyTaskBundle(bundle)).toMatchObject({ verified: true, problems: [] });
    const chain = await ok('GET', `/api/audit/verify?stream=inspectionTask-${taskId}`, auditor);
    expect(chain).toMatchObject({ verified: true });

    // Nothing more is sealed for that inspection; a result without free text is still taken.
    const again = await api.call<{ code: string }>('POST', `/api/tasks/${taskId}/objections`, {
      as: leadOperator,
      body: { entityId, departmentId: 'scjg', grounds: '再次异议' },
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'PERSONAL_TEXT_ERASED' } });
  });
});
