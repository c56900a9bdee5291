import type { ImportReport } from '@app/contract';
import { idCardCheckCharacter } from '@app/domain';
import { Logger } from '@nestjs/common';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';

function idCard(sequence: number, birth: string, region = '320102'): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

/**
 * Issue 15, High 3: a masked ID-card number could be confirmed by registering guesses in one's own
 * department, since the refusal named the department that held the number. Now the refusal names
 * nothing, refusals are limited per user across posts and import rows, and each is logged.
 */
describe('guessing ID-card numbers through registrations', () => {
  const api = new ApiHarness();
  const operatorB = staff('dept-b', ['operator']);
  const held = Array.from({ length: 12 }, (_, i) => idCard(101 + i, '19850315'));
  const heldIds: string[] = [];
  let warnings: jest.SpyInstance;

  const person = (idCardNumber: string, departmentId = 'dept-a') => ({
    departmentId,
    name: '王五',
    idCardNumber,
    category: 'certified',
    regionCode: '320102',
  });
  const csv = (numbers: string[]) =>
    [
      '所属部门编号,姓名,身份证号,人员类别,行政区划代码',
      ...numbers.map((n) => `dept-a,试探,${n},执法人员,320102`),
    ].join('\r\n') + '\r\n';
  const importAs = (as: ReturnType<typeof staff>, numbers: string[]) =>
    api.upload<ImportReport>('/api/inspectors/import', as, {
      name: 'guesses.csv',
      content: csv(numbers),
      type: 'text/csv',
    });
  const securityEvents = () =>
    warnings.mock.calls
      .map((call: unknown[]) => String(call[0]))
      .filter((line) => line.startsWith('{"securityEvent"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    warnings = jest.spyOn(Logger.prototype, 'warn');
    await api.start();
    for (const id of ['dept-a', 'dept-b']) {
      await api.call('POST', '/api/departments', {
        as: admin,
        body: { id, name: `${id} 市场监督管理局`, regionCode: '320102' },
      });
    }
    for (const number of held) {
      const answer = await api.call<{ id: string }>('POST', '/api/inspectors', {
        as: operatorB,
        body: person(number, 'dept-b'),
      });
      expect(answer.status).toBe(201);
      heldIds.push(answer.body.id);
    }
  });
  afterAll(async () => {
    warnings.mockRestore();
    await api.stop();
  });

  it('shows others only the province and the check character', async () => {
    const shown = await api.call<{ idCardNumber: string }>('GET', `/api/inspectors/${heldIds[0]}`, {
      as: staff('dept-a', ['operator']),
    });
    expect(shown.body.idCardNumber).toBe(`32${'*'.repeat(15)}${held[0].slice(-1)}`);
  });

  it('refuses a number held by another department without naming the department or the person, and logs it', async () => {
    const prober = staff('dept-a', ['operator'], 'prober-1');
    const head = await api.head();
    const answer = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
      as: prober,
      body: person(held[0]),
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({
      statusCode: 409,
      code: 'ID_CARD_NUMBER_UNAVAILABLE',
      message: 'This ID-card number cannot be registered for this department; ask an administrator',
      details: {},
    });
    const report = await importAs(prober, [held[1]]);
    expect(report.body).toMatchObject({ rows: 1, created: 0, rejected: 1 });
    expect(report.body.errors).toEqual([
      {
        row: 2,
        reason: `ID_CARD_NUMBER_UNAVAILABLE: ${answer.body.message}`,
        code: 'ID_CARD_NUMBER_UNAVAILABLE',
        details: {},
      },
    ]);
    expect(await api.head()).toBe(head);

    const events = securityEvents().filter((e) => e.userId === 'prober-1');
    expect(events).toEqual([
      expect.objectContaining({
        securityEvent: 'ID_CARD_NUMBER_HELD_ELSEWHERE',
        via: 'register',
        holderInspectorId: heldIds[0],
        refusalsInWindow: 1,
      }),
      expect.objectContaining({
        securityEvent: 'ID_CARD_NUMBER_HELD_ELSEWHERE',
        via: 'import',
        holderInspectorId: heldIds[1],
        refusalsInWindow: 2,
      }),
    ]);
    const logged = JSON.stringify(warnings.mock.calls);
    for (const number of held) expect(logged).not.toContain(number);
  });

  it('answers ten such refusals a day across posts and import rows, then 429 to every registration by number', async () => {
    const prober = staff('dept-a', ['operator'], 'prober-2');
    const first = await importAs(prober, held.slice(0, 6));
    expect(first.body).toMatchObject({ rows: 6, created: 0, rejected: 6 });
    expect(first.body.errors.every((e) => e.reason.startsWith('ID_CARD_NUMBER_UNAVAILABLE:'))).toBe(true);
    const post = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
      as: prober,
      body: person(held[6]),
    });
    expect(post.body.code).toBe('ID_CARD_NUMBER_UNAVAILABLE');

    // Rows run side by side: three more are answered, the two beyond the limit are not.
    const second = await importAs(prober, held.slice(7, 12));
    expect(second.body).toMatchObject({ rows: 5, created: 0, rejected: 5 });
    const codes = second.body.errors.map((e) => e.reason.split(':')[0]).sort();
    expect(codes).toEqual([
      'ID_CARD_NUMBER_CHECKS_SUSPENDED',
      'ID_CARD_NUMBER_CHECKS_SUSPENDED',
      'ID_CARD_NUMBER_UNAVAILABLE',
      'ID_CARD_NUMBER_UNAVAILABLE',
      'ID_CARD_NUMBER_UNAVAILABLE',
    ]);

    const head = await api.head();
    const fresh = idCard(1, '19991231', '320104');
    const suspendedPost = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
      as: prober,
      body: person(fresh),
    });
    expect(suspendedPost.status).toBe(429);
    expect(suspendedPost.body).toMatchObject({
      statusCode: 429,
      code: 'ID_CARD_NUMBER_CHECKS_SUSPENDED',
      details: { retryAfter: expect.any(String) as string },
    });
    const suspendedImport = await importAs(prober, [fresh]);
    expect(suspendedImport.status).toBe(429);
    expect((suspendedImport.body as unknown as ErrorAnswer).code).toBe('ID_CARD_NUMBER_CHECKS_SUSPENDED');
    expect(await api.head()).toBe(head);
    expect(securityEvents()).toContainEqual(
      expect.objectContaining({
        securityEvent: 'ID_CARD_NUMBER_CHECKS_SUSPENDED',
        userId: 'prober-2',
        departmentId: 'dept-a',
      }),
    );

    // Another user of the department, and an administrator, go on registering.
    const colleague = await api.call('POST', '/api/inspectors', {
      as: staff('dept-a', ['operator'], 'colleague'),
      body: person(fresh),
    });
    expect(colleague.status).toBe(201);
    const byAdmin = await api.call('POST', '/api/inspectors', { as: admin, body: person(held[0]) });
    expect(byAdmin.status).toBe(409);
  });

  it('reads the suspension once per import, not once per row (review of issue 15, finding 1)', async () => {
    const reads = jest.spyOn(api.stores.records, 'get');
    try {
      const fresh = Array.from({ length: 4 }, (_, i) => idCard(201 + i, '19900101', '320105'));
      const imported = await importAs(staff('dept-a', ['operator'], 'importer-1'), fresh);
      expect(imported.body).toMatchObject({ rows: 4, created: 4, rejected: 0 });
      const suspensionReads = reads.mock.calls.filter(([namespace]) => namespace === 'idNumberSuspensions');
      expect(suspensionReads).toHaveLength(1);
    } finally {
      reads.mockRestore();
    }
  });
});
