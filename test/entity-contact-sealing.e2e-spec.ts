import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';
import { creditCode } from './support/task-fixtures';

/*
 * A business's registered contact is a natural person's number: it enters the log only sealed under
 * a key of the entity's contact (docs/security.md, "Personal data"). The portal opens it to send a
 * one-time code; erasing the contact destroys the key, after which the portal finds no contact.
 */
describe('the registered contact of an entity, sealed and erasable', () => {
  const api = new ApiHarness();
  const operator = staff('scjg', ['operator']);
  const code = creditCode(821);
  const legacy = creditCode(822);
  const mobile = '13812345678';

  const requestCode = (creditCode: string) =>
    api.call<ErrorAnswer & { sentTo: string }>('POST', '/api/public/entity-codes', { body: { creditCode } });
  const lastSent = () =>
    JSON.parse(readFileSync(join(api.dir, 'one-time-codes.log'), 'utf8').trim().split('\n').at(-1)!) as {
      to: string;
      creditCode: string;
    };
  const stream = async (id: string) => {
    const events: { type: string; data: unknown }[] = [];
    for await (const e of api.stores.events.readStream(`entity-${id}`)) events.push(e);
    return events;
  };
  const stored = async (id: string) => {
    await api.stores.projections.waitFor(await api.head(), 5000, ['entities']);
    return JSON.stringify(await api.stores.projections.collection('entities', 'entities').get(id));
  };
  const erase = (id: string, as = admin) =>
    api.call<ErrorAnswer & { contactMobile?: string }>('POST', `/api/entities/${id}/contact/erase`, {
      as,
      body: { reason: '联系人离职，本人要求删除' },
    });
  const entityBody = (c: string) => ({
    code: c,
    name: '示例餐饮有限公司',
    kind: 'enterprise',
    address: '南京市玄武区中山路1号',
    regionCode: '320102',
    industryCode: 'H6210',
    creditRisk: 'B',
  });

  beforeAll(async () => {
    await api.start();
    await api.call('POST', '/api/departments', {
      as: admin,
      body: { id: 'scjg', name: '某县市场监督管理局', regionCode: '320100' },
    });
    const answer = await api.call('POST', '/api/entities', {
      as: operator,
      body: { ...entityBody(code), contactMobile: mobile },
    });
    expect(answer.status).toBe(201);
  });
  afterAll(() => api.stop());

  it('records the mobile only sealed, in the event and the read model; answers it masked', async () => {
    const events = await stream(code);
    expect(events.map((e) => e.type)).toEqual(['EntityRegistered']);
    expect(JSON.stringify(events)).not.toContain(mobile);
    expect(events[0].data).toMatchObject({ contactMobileSealed: { subject: `entityContact:${code}` } });
    expect(await stored(code)).not.toContain(mobile);
    const read = await api.call<{ contactMobile?: string }>('GET', `/api/entities/${code}`, { as: operator });
    expect(read.body.contactMobile).toBe('138****5678');
    expect(JSON.stringify(read.body)).not.toContain('contactMobileSealed');
  });

  it('takes the same registration and the same number again as no change', async () => {
    const again = await api.call('POST', '/api/entities', {
      as: operator,
      body: { ...entityBody(code), contactMobile: mobile },
    });
    expect(again.status).toBe(201);
    const patched = await api.call('PATCH', `/api/entities/${code}`, {
      as: operator,
      body: { contactMobile: mobile },
    });
    expect(patched.status).toBe(200);
    expect((await stream(code)).length).toBe(1);
  });

  it('opens the mobile to send the one-time code, and says where, masked', async () => {
    const answer = await requestCode(code);
    expect(answer.status).toBe(202);
    expect(answer.body.sentTo).toBe('138****5678');
    expect(lastSent()).toMatchObject({ to: mobile, creditCode: code });
  });

  it('erases the contact (admin only): the key destroyed, then 409 NO_REGISTERED_CONTACT on the portal', async () => {
    expect((await erase(code, operator)).status).toBe(403);
    const erased = await erase(code);
    expect(erased.status).toBe(200);
    expect(erased.body.contactMobile).toBeUndefined();
    expect(await api.stores.vault.isErased(`entityContact:${code}`)).toBe(true);
    expect((await stream(code)).map((e) => e.type)).toEqual(['EntityRegistered', 'EntityContactErased']);
    const refused = await requestCode(code);
    expect([refused.status, refused.body.code]).toEqual([409, 'NO_REGISTERED_CONTACT']);
    const again = await erase(code);
    expect([again.status, again.body.code]).toEqual([409, 'ENTITY_CONTACT_ALREADY_ERASED']);
  });

  it('records a new contact after an erasure under a new key', async () => {
    const other = '13998765432';
    const patched = await api.call<{ contactMobile?: string }>('PATCH', `/api/entities/${code}`, {
      as: operator,
      body: { contactMobile: other },
    });
    expect([patched.status, patched.body.contactMobile]).toEqual([200, '139****5432']);
    const events = await stream(code);
    expect(JSON.stringify(events)).not.toContain(other);
    expect(events.at(-1)!.data).toMatchObject({
      changes: { contactMobileSealed: { subject: `entityContact:${code}#1` } },
    });
    expect((await requestCode(code)).status).toBe(202);
    expect(lastSent().to).toBe(other);
  });

  it('still reads the clear number of an entry recorded before sealing, and erases it from the read model', async () => {
    await api.stores.events.appendToStream(
      `entity-${legacy}`,
      [
        {
          type: 'EntityRegistered',
          data: {
            entityId: legacy,
            ...entityBody(legacy),
            contactMobile: '13700001111',
            tags: [],
            abnormalList: false,
            seriousViolationList: false,
            complaintsThisYear: 0,
          },
          metadata: {
            actorId: 'script',
            actorRoles: ['operator'],
            departmentId: 'scjg',
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    await stored(legacy);
    const sent = await requestCode(legacy);
    expect([sent.status, sent.body.sentTo]).toEqual([202, '137****1111']);
    expect((await erase(legacy)).status).toBe(200);
    expect(await stored(legacy)).not.toContain('13700001111');
    expect((await requestCode(legacy)).body.code).toBe('NO_REGISTERED_CONTACT');
  });
});
