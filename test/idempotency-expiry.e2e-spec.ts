import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, admin, staff } from './support/api-harness';

function idCard(sequence: number): string {
  const first17 = `32010219850315${String(sequence).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

/**
 * Review of issue 15, finding 4: an upload's command id (and so its rows') came from the key and
 * a constant fingerprint, so the same key used again once its entry expired gave the same row ids,
 * and a new person's row was tied to the old row's inspector: two people merged into one.
 */
describe('an Idempotency-Key used again after its entry expired', () => {
  const api = new ApiHarness();
  const operator = staff('dept-a', ['operator'], 'importer');
  const KEY = 'inspector-import-key-1';
  const upload = (name: string, number: string) => {
    const form = new FormData();
    const sheet = `所属部门编号,姓名,身份证号,人员类别,行政区划代码\r\ndept-a,${name},${number},执法人员,320102\r\n`;
    form.append('file', new Blob([sheet], { type: 'text/csv' }), 'inspectors.csv');
    return api.call<{ created: number }>('POST', '/api/inspectors/import', {
      as: operator,
      rawBody: form,
      headers: { 'idempotency-key': KEY },
    });
  };
  /** What 24 hours do to the entry, without waiting them: it expires. */
  const expireTheKey = async () => {
    const recordKey = JSON.stringify([`importer POST /api/inspectors/import`, KEY]);
    const entry = await api.stores.records.get('idempotency', recordKey, Date.now());
    expect(entry).toBeDefined();
    await api.stores.records.put('idempotency', recordKey, {
      value: entry!.value,
      expiresAt: Date.now() - 1,
    });
  };
  const inspectors = async () =>
    (
      await api.call<{ items: { id: string; name: string }[] }>(
        'GET',
        '/api/inspectors?departmentId=dept-a',
        {
          as: admin,
        },
      )
    ).body.items;

  beforeAll(async () => {
    await api.start();
    await api.call('POST', '/api/departments', {
      as: admin,
      body: { id: 'dept-a', name: 'dept-a 市场监督管理局', regionCode: '320102' },
    });
  });
  afterAll(() => api.stop());

  it('with another file, registers its rows under new ids: the new person is not merged into the old', async () => {
    expect((await upload('张一', idCard(1))).body).toMatchObject({ created: 1 });
    await expireTheKey();
    const again = await upload('李二', idCard(2));
    expect(again.headers.get('idempotency-replayed')).toBeNull();
    expect(again.body).toMatchObject({ created: 1 });
    const listed = await inspectors();
    expect(listed.map((i) => i.name).sort()).toEqual(['张一', '李二']);
    expect(new Set(listed.map((i) => i.id)).size).toBe(2);
  });
});
