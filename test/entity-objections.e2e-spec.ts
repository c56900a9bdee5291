import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, type ErrorAnswer, admin, matching, staff } from './support/api-harness';
import { checkItemBody, creditCode } from './support/task-fixtures';

/*
 * The inspected business answers on the portal (Yiyuan 二十七; ADR 52): it asks for a one-time code,
 * which the log adapter writes under DATA_DIR, exchanges it for a session scoped to itself, files an
 * objection to a published result and follows it while the department reviews it and tells the
 * outcome. The task up to its published result is scripted; the rest is HTTP on the simulated clock.
 */
const at = (moment: string) => (moment.length === 10 ? `${moment}T02:00:00.000Z` : moment);

interface Progress {
  objectionId: string;
  status: string;
  receivedOn: string;
  reviewDue: string;
  upheld?: boolean;
  reviewedOn?: string;
  noticeDue?: string;
  notifiedOn?: string;
  means?: string;
}

describe('the business objects on the portal, identified by a one-time code', () => {
  const api = new ApiHarness();
  const head = staff('scjg', ['head']);
  const operator = staff('scjg', ['operator']);
  const taskId = randomUUID();
  const code = creditCode(811);
  const noContact = creditCode(812);
  let itemId: string;

  const append = (type: string, data: Record<string, unknown>, day: string) =>
    api.stores.events.appendToStream(
      `inspectionTask-${taskId}`,
      [
        {
          type,
          data: { taskId, ...data },
          metadata: {
            actorId: 'script',
            actorRoles: ['operator'],
            departmentId: 'scjg',
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: at(day),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'any' },
    );
  const on = async (moment: string) =>
    expect((await api.call('PUT', '/api/admin/clock', { as: admin, body: { now: at(moment) } })).status).toBe(
      200,
    );
  const requestCode = (creditCode = code) =>
    api.call<ErrorAnswer & { sentTo: string; expiresAt: string }>('POST', '/api/public/entity-codes', {
      body: { creditCode },
    });
  /** The last code the log adapter wrote for the business. */
  const sentCode = () => {
    const lines = readFileSync(join(api.dir, 'one-time-codes.log'), 'utf8').trim().split('\n');
    const mine = lines.map((l) => JSON.parse(l) as { creditCode: string; code: string; to: string });
    return mine.filter((m) => m.creditCode === code).at(-1)!;
  };
  const signIn = (oneTime: string) =>
    api.call<ErrorAnswer & { token: string; entity: { code: string; name: string } }>(
      'POST',
      '/api/public/entity-sessions',
      { body: { creditCode: code.toLowerCase(), code: oneTime } },
    );
  const wrong = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, '0');
  const progress = async (token: string) => {
    await api.stores.projections.waitFor(await api.head(), 5000, ['caseFile']);
    const answer = await api.call<{ items: Progress[] }>('GET', '/api/public/objections', {
      headers: { 'x-entity-session': token },
    });
    expect(answer.status).toBe(200);
    return answer.body.items;
  };
  let token: string;
  let objectionId: string;

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await api.call('POST', '/api/departments', {
      as: admin,
      body: { id: 'scjg', name: '某县市场监督管理局', regionCode: '320100' },
    });
    itemId = (
      await api.call<{ id: string }>('POST', '/api/check-items', {
        as: operator,
        body: checkItemBody('scjg', '食品经营许可检查'),
      })
    ).body.id;
    for (const [c, contact] of [
      [code, { contactMobile: '13812345678' }],
      [noContact, {}],
    ] as const) {
      const answer = await api.call('POST', '/api/entities', {
        as: operator,
        body: {
          code: c,
          name: '示例餐饮有限公司',
          kind: 'enterprise',
          address: '南京市玄武区中山路1号',
          regionCode: '320102',
          industryCode: 'H6210',
          creditRisk: 'B',
          ...contact,
        },
      });
      expect(answer.status).toBe(201);
    }
    const window = { from: '2026-08-17', to: '2026-08-21' };
    await append(
      'InspectionTaskInitiated',
      {
        adhocReason: '专项',
        name: '食品经营抽查',
        leadDepartmentId: 'scjg',
        participants: [],
        itemIds: [itemId],
        criteria: {},
        sampling: { ratio: 0.1 },
        window,
        seedCommitment: '00'.repeat(32),
        responseDue: { date: window.from, provisional: false, unknownYears: [] },
      },
      '2026-08-10',
    );
    await append(
      'InspectionTaskLocked',
      {
        teams: { [code]: { members: [] }, [noContact]: { members: [] } },
        window,
        leadDepartmentId: 'scjg',
        departmentIds: ['scjg'],
        itemIds: [itemId],
      },
      '2026-08-14',
    );
    await append(
      'ResultPublished',
      {
        entityId: code,
        departmentId: 'scjg',
        result: {
          category: 'ordered_to_correct',
          method: 'onsite',
          itemFindings: [{ itemId, compliant: false }],
          inspectedOn: '2026-08-18',
        },
        publishedOn: '2026-08-31',
        due: { date: '2026-09-18', provisional: false, unknownYears: [] },
        late: false,
      },
      '2026-08-31',
    );
    await api.stores.projections.waitFor(await api.head(), 5000, ['entities', 'caseFile']);
    await on('2026-09-07T02:00:00.000Z');
  });
  afterAll(() => api.stop());

  it('sends a 6-digit code to the registered contact through the log adapter, and says where, masked', async () => {
    const answer = await requestCode();
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({
      sentTo: '138****5678',
      expiresAt: matching(/^2026-09-07T02:10:00\.\d{3}Z$/),
    });
    expect(sentCode()).toMatchObject({ to: '13812345678', code: expect.stringMatching(/^\d{6}$/) as string });
  });

  it('refuses a wrong code (403 ONE_TIME_CODE_WRONG), accepts the right one once, then 403 ONE_TIME_CODE_USED', async () => {
    const { code: right } = sentCode();
    expect((await signIn(wrong(right))).body.code).toBe('ONE_TIME_CODE_WRONG');
    const accepted = await signIn(right);
    expect(accepted.status).toBe(201);
    expect(accepted.body.entity).toEqual({ code, name: '示例餐饮有限公司' });
    token = accepted.body.token;
    const again = await signIn(right);
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('ONE_TIME_CODE_USED');
  });

  it('files the objection into the task workflow, with its review due 20 working days later (OBJECTION_REVIEW_WORKING_DAYS)', async () => {
    const answer = await api.call<{ objectionId: string; receivedOn: string; reviewDue: string }>(
      'POST',
      '/api/public/objections',
      {
        headers: { 'x-entity-session': token },
        body: { taskId, departmentId: 'scjg', grounds: '检查当日已整改完毕，结果有误' },
      },
    );
    expect(answer.status).toBe(201);
    objectionId = answer.body.objectionId;
    const filed = (await api.streamEvents(`inspectionTask-${taskId}`)).find(
      (e) => e.type === 'ObjectionFiled',
    )!;
    expect(filed.data).toMatchObject({ objectionId, entityId: code, departmentId: 'scjg' });
    const reviewDue = (filed.data as { reviewDue: { date: string } }).reviewDue.date;
    expect(answer.body).toEqual({ objectionId, receivedOn: '2026-09-07', reviewDue });
    expect(filed.metadata).toMatchObject({ actorId: `entity:${code}`, actorRoles: [] });
    expect(await progress(token)).toEqual([
      {
        objectionId,
        taskId,
        departmentId: 'scjg',
        receivedOn: '2026-09-07',
        reviewDue,
        status: 'filed',
      },
    ]);
  });

  it('refuses an objection without a session (401), with a forged one (401), and to a result not published (409)', async () => {
    const body = { taskId, departmentId: 'scjg', grounds: '有误' };
    const none = await api.call<ErrorAnswer>('POST', '/api/public/objections', { body });
    expect([none.status, none.body.code]).toEqual([401, 'ENTITY_SESSION_INVALID']);
    const [payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ entityId: noContact, expiresAt: Date.parse('2030-01-01') }),
    ).toString('base64url');
    for (const forged of [`${forgedPayload}.${signature}`, `${payload}.${signature}x`]) {
      const answer = await api.call('GET', '/api/public/objections', {
        headers: { 'x-entity-session': forged },
      });
      expect(answer.status).toBe(401);
    }
    const otherDepartment = await api.call<ErrorAnswer>('POST', '/api/public/objections', {
      headers: { 'x-entity-session': token },
      body: { ...body, departmentId: 'xf' },
    });
    expect(otherDepartment.status).toBe(409);
  });

  it('given the department reviews and tells the outcome, then the business sees each step with its due day', async () => {
    await on('2026-09-07T02:15:00.000Z');
    const review = await api.call('POST', `/api/tasks/${taskId}/objections/${objectionId}/review`, {
      as: head,
      body: { upheld: false, reply: '经复查，维持原检查结果' },
    });
    expect(review.body).toMatchObject({ upheld: false });
    const reviewed = (await api.streamEvents(`inspectionTask-${taskId}`)).find(
      (e) => e.type === 'ObjectionReviewed',
    )!;
    const noticeDue = (reviewed.data as { noticeDue: { date: string } }).noticeDue.date;
    expect(await progress(token)).toEqual([
      expect.objectContaining({
        status: 'reviewed',
        upheld: false,
        reviewedOn: '2026-09-07',
        noticeDue,
      }),
    ]);
    await on('2026-09-07T02:25:00.000Z');
    const told = await api.call('POST', `/api/tasks/${taskId}/objections/${objectionId}/outcome-notice`, {
      as: operator,
      body: { means: 'written' },
    });
    expect(told.status).toBe(200);
    expect(await progress(token)).toEqual([
      expect.objectContaining({ status: 'notified', notifiedOn: '2026-09-07', means: 'written' }),
    ]);
  });

  it('ends the session after its 30 minutes (401), and refuses a code after its 10: 403 ONE_TIME_CODE_EXPIRED', async () => {
    await on('2026-09-14T02:00:00.000Z');
    const ended = await api.call<ErrorAnswer>('GET', '/api/public/objections', {
      headers: { 'x-entity-session': token },
    });
    expect([ended.status, ended.body.code]).toEqual([401, 'ENTITY_SESSION_INVALID']);
    expect((await requestCode()).status).toBe(202);
    const { code: right } = sentCode();
    await on('2026-09-14T02:10:01.000Z');
    const late = await signIn(right);
    expect([late.status, late.body.code]).toEqual([403, 'ONE_TIME_CODE_EXPIRED']);
  });

  it('voids a code after 5 tries, the right one included after them: 403 ONE_TIME_CODE_VOID', async () => {
    expect((await requestCode()).status).toBe(202);
    const { code: right } = sentCode();
    for (let n = 0; n < 5; n += 1) expect((await signIn(wrong(right))).body.code).toBe('ONE_TIME_CODE_WRONG');
    const after = await signIn(right);
    expect([after.status, after.body.code]).toEqual([403, 'ONE_TIME_CODE_VOID']);
  });

  it('refuses a business without a registered contact (409) and one not in the directory (404)', async () => {
    expect((await requestCode(noContact)).body.code).toBe('NO_REGISTERED_CONTACT');
    expect((await requestCode(creditCode(813))).status).toBe(404);
  });

  it('limits code requests and tries per client address: 429 TOO_MANY_REQUESTS', async () => {
    const limited = async (call: () => Promise<{ status: number; body: ErrorAnswer }>, atMost: number) => {
      for (let n = 0; n <= atMost; n += 1) {
        const answer = await call();
        if (answer.status === 429) return answer.body.code;
      }
      return 'never limited';
    };
    expect(await limited(() => requestCode(), 5)).toBe('TOO_MANY_REQUESTS');
    expect(await limited(() => signIn('000000'), 20)).toBe('TOO_MANY_REQUESTS');
  });
});
