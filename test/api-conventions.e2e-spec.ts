import { JwtService } from '@nestjs/jwt';
import { mintAccessToken } from '@app/runtime';
import {
  ApiHarness,
  type Caller,
  type ErrorAnswer,
  anyString,
  matching,
  TEST_SECRET,
  admin,
  staff,
} from './support/api-harness';

/** The conventions every route shares (docs/api.md): errors, sign-in, metadata, idempotency, ops. */
describe('API conventions over HTTP (embedded)', () => {
  const api = new ApiHarness();
  const operatorA = staff('dept-a', ['operator']);
  const operatorB = staff('dept-b', ['operator']);

  const department = (id: string, name = `部门 ${id}`, regionCode = '320102') => ({ id, name, regionCode });
  const item = (departmentId: string, extra: Record<string, unknown> = {}) => ({
    departmentId,
    name: '食品经营许可情况检查',
    basis: '《中华人民共和国食品安全法》第三十五条',
    targetKinds: ['enterprise'],
    content: '许可证是否在有效期内',
    methods: ['onsite'],
    itemClass: 'A',
    ratio: 0.05,
    ...extra,
  });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    await api.start();
    for (const id of ['dept-a', 'dept-b']) {
      expect((await api.call('POST', '/api/departments', { as: admin, body: department(id) })).status).toBe(
        201,
      );
    }
  });

  afterAll(() => api.stop());

  describe('400: invalid input', () => {
    it('names each refused field with its reason', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        as: admin,
        body: { id: 'no spaces allowed', name: '', regionCode: '12' },
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(typeof answer.body.message).toBe('string');
      const details = answer.body.details as { field: string; reason: string }[];
      expect(details.map((d) => d.field).sort()).toEqual(['id', 'name', 'regionCode']);
      for (const detail of details) expect(detail.reason).toEqual(anyString());
      expect(details).toContainEqual({
        field: 'regionCode',
        reason: 'must be a 6-digit region code',
        rule: 'regionCode',
      });
      // The rule each breaks, for clients that word it themselves (an empty name is simply missing).
      expect(details.map((d) => `${d.field}:${(d as { rule?: string }).rule}`).sort()).toEqual([
        'id:departmentCode',
        'name:required',
        'regionCode:regionCode',
      ]);
    });

    it('refuses a field the route does not know', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        as: admin,
        body: { ...department('dept-x'), colour: 'red' },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.details).toEqual([
        { field: 'colour', reason: 'property colour should not exist', rule: 'whitelistValidation' },
      ]);
    });

    it('refuses values of the wrong type without converting them', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: admin,
        body: item('dept-a', { name: 42, ratio: '0.05', targetKinds: 'enterprise' }),
      });
      expect(answer.status).toBe(400);
      const fields = (answer.body.details as { field: string }[]).map((d) => d.field);
      expect(new Set(fields)).toEqual(new Set(['name', 'ratio', 'targetKinds']));
    });

    it('refuses null for a field, even an optional one: a field left out is left as it is', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', { name: null, ratio: null }),
      });
      expect(answer.status).toBe(400);
      const fields = (answer.body.details as { field: string }[]).map((d) => d.field);
      expect(new Set(fields)).toEqual(new Set(['name', 'ratio']));
    });

    it('meets a query given again as it met it the first time, a refused one too', async () => {
      for (let round = 0; round < 2; round += 1) {
        const refused = await api.call<ErrorAnswer>('GET', '/api/tasks?departmentId=dept-a&limit=0', {
          as: operatorA,
        });
        expect(refused.status).toBe(400);
        expect((refused.body.details as { field: string }[]).map((d) => d.field)).toEqual(['limit']);
        const unknown = await api.call<ErrorAnswer>('GET', '/api/tasks?departmentId=dept-a&colour=red', {
          as: operatorA,
        });
        expect(unknown.status).toBe(400);
        const page = await api.call('GET', '/api/tasks?departmentId=dept-a&limit=5', { as: operatorA });
        expect(page).toMatchObject({ status: 200, body: { items: [] } });
      }
    });

    it('answers MALFORMED_JSON for a body that is not JSON', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        headers: { ...bearer(api.token(admin)), 'content-type': 'application/json' },
        rawBody: '{"id": "dept-z",',
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    });

    it('answers 415 for a plain-text body', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        headers: { ...bearer(api.token(admin)), 'content-type': 'text/plain' },
        rawBody: 'id=scjg',
      });
      expect(answer.status).toBe(415);
      expect(answer.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    });

    it('answers 415 for a body of a type no route reads', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        headers: { ...bearer(api.token(admin)), 'content-type': 'application/xml' },
        rawBody: '<department id="dept-z"/>',
      });
      expect(answer.status).toBe(415);
      expect(answer.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    });
  });

  describe('401: sign-in', () => {
    it('refuses a request without a token', async () => {
      const answer = await api.call<ErrorAnswer>('GET', '/api/departments');
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: anyString() });
    });

    it('refuses a token that is not a JWT', async () => {
      const answer = await api.call<ErrorAnswer>('GET', '/api/departments', { headers: bearer('garbage') });
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('TOKEN_INVALID');
    });

    it('refuses a token signed with another secret', async () => {
      const forged = mintAccessToken('another-secret-another-secret-0123456789', {
        sub: 'admin-1',
        name: 'x',
        department: 'system',
        roles: ['admin'],
      });
      const answer = await api.call<ErrorAnswer>('GET', '/api/departments', { headers: bearer(forged) });
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('TOKEN_INVALID');
    });

    it('refuses an unsigned token (alg: none), whatever it claims', async () => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({
        sub: 'admin-1',
        name: 'x',
        department: 'system',
        roles: ['admin'],
        iat: now,
        exp: now + 600,
      })}.`;
      const answer = await api.call<ErrorAnswer>('GET', '/api/departments', { headers: bearer(unsigned) });
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('TOKEN_INVALID');
    });

    it('refuses an expired token', async () => {
      const answer = await api.call<ErrorAnswer>('GET', '/api/departments', {
        headers: bearer(api.token(admin, -10)),
      });
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('TOKEN_EXPIRED');
    });

    it('refuses a token without the claims it needs', async () => {
      const token = mintAccessToken(TEST_SECRET, { sub: '', name: 'x', department: 'dept-a', roles: [] });
      const answer = await api.call<ErrorAnswer>('GET', '/api/departments', { headers: bearer(token) });
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('TOKEN_INVALID');
    });
  });

  describe('401: token rules', () => {
    const signed = (claims: Record<string, unknown>) =>
      new JwtService({ secret: TEST_SECRET }).sign(
        { sub: 'admin-1', name: 'x', department: 'system', roles: ['admin'], ...claims },
        { algorithm: 'HS256' },
      );
    const refusedTwice = async (token: string, code: string) => {
      // Twice: a token refused once is not remembered as verified.
      for (let i = 0; i < 2; i += 1) {
        const answer = await api.call<ErrorAnswer>('GET', '/api/departments', { headers: bearer(token) });
        expect(answer.status).toBe(401);
        expect(answer.body).toEqual({ statusCode: 401, code, message: anyString() });
      }
    };

    it('refuses a token that never expires or lives longer than the maximum lifetime', async () => {
      await refusedTwice(signed({}), 'TOKEN_LIFETIME_INVALID');
      await refusedTwice(signed({ exp: 1e20 }), 'TOKEN_LIFETIME_INVALID');
      await refusedTwice(api.token(admin, '400d'), 'TOKEN_LIFETIME_INVALID');
    });

    it('refuses a token that names no role the service knows', async () => {
      await refusedTwice(api.token({ sub: 'root', department: 'system', roles: [] }), 'TOKEN_NO_KNOWN_ROLE');
      await refusedTwice(
        api.token({ sub: 'root', department: 'system', roles: ['root'] }),
        'TOKEN_NO_KNOWN_ROLE',
      );
    });
  });

  describe('403: roles and departments', () => {
    it('ignores roles it does not know beside one it knows', async () => {
      const wizard: Caller = { sub: 'merlin', department: 'system', roles: ['wizard', 'inspector'] };
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        as: wizard,
        body: department('dept-w'),
      });
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
      // Signed in all the same: an open route answers.
      expect((await api.call('GET', '/api/departments', { as: wizard })).status).toBe(200);
    });

    it('refuses a role the route does not allow', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
        as: operatorA,
        body: department('dept-o'),
      });
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('ROLE_NOT_ALLOWED');
    });

    it("refuses to act for another department, and lets a department's staff act for their own", async () => {
      const refused = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorB,
        body: item('dept-a'),
      });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ statusCode: 403, code: 'OTHER_DEPARTMENT' });
      const added = await api.call('POST', '/api/check-items', { as: operatorA, body: item('dept-a') });
      expect(added.status).toBe(201);
    });
  });

  describe('404 and 409', () => {
    it('answers 404 with a code for an unknown route', async () => {
      const answer = await api.call<ErrorAnswer>('GET', '/api/nowhere', { as: admin });
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    });

    it.each([
      ['/api/departments/nope', 'DEPARTMENT_NOT_FOUND'],
      ['/api/check-items/nope', 'CHECK_ITEM_NOT_FOUND'],
      ['/api/entities/nope', 'ENTITY_NOT_FOUND'],
      ['/api/inspectors/nope', 'INSPECTOR_NOT_FOUND'],
    ])('answers 404 %s with %s', async (path, code) => {
      const answer = await api.call<ErrorAnswer>('GET', path, { as: admin });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ statusCode: 404, code, message: anyString() });
    });

    it('answers 409 with the code of the broken rule', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', { itemClass: 'A', ratio: 0.2 }),
      });
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({
        statusCode: 409,
        code: 'ITEM_RATIO_ABOVE_CLASS_LIMIT',
        message: anyString(),
      });
    });
  });

  describe('documentation and operations', () => {
    it('publishes the OpenAPI document with the register routes and bearer sign-in', async () => {
      const answer = await api.call<{
        paths: Record<string, Record<string, { security?: unknown[] }>>;
        components: { securitySchemes: Record<string, { type: string; scheme: string }> };
      }>('GET', '/api/docs-json');
      expect(answer.status).toBe(200);
      const paths = Object.keys(answer.body.paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/api/departments',
          '/api/check-items',
          '/api/check-items/{id}',
          '/api/check-items/{id}/retire',
          '/api/joint-item-lists',
          '/api/entities',
          '/api/entities/{id}',
          '/api/entities/import',
          '/api/entities/import-template',
          '/api/inspectors',
          '/api/inspectors/{id}/erase',
          '/api/inspectors/import',
        ]),
      );
      const schemes = Object.values(answer.body.components.securitySchemes);
      expect(schemes).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
      const [schemeName] = Object.keys(answer.body.components.securitySchemes);
      expect(answer.body.paths['/api/entities'].post.security).toEqual([{ [schemeName]: [] }]);
    });

    it('serves Swagger UI', async () => {
      const response = await fetch(`${api.base}/api/docs`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/swagger/i);
    });

    it('answers a page kept by the read cache with the same JSON and headers each time', async () => {
      const page = () =>
        fetch(`${api.base}/api/tasks?departmentId=dept-a`, { headers: bearer(api.token(operatorA)) });
      for (const answer of [await page(), await page()]) {
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength('{"items":[]}')));
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await answer.text()).toBe('{"items":[]}');
      }
    });

    it('answers /health without a token', async () => {
      const answer = await api.call('GET', '/health');
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'ok', eventStore: { status: 'up' } });
    });

    it('exposes request and command counters and latencies to Prometheus', async () => {
      await api.call('POST', '/api/departments', { as: admin, body: department('dept-m') });
      expect((await fetch(`${api.base}/metrics`)).status).toBe(401);
      const response = await fetch(`${api.base}/metrics`, {
        headers: { authorization: `Bearer ${api.token(staff('jjjc', ['supervisor']))}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/plain/);
      const text = await response.text();
      expect(text).toMatch(
        /shuangsuiji_http_requests_total\{method="POST",route="\/api\/departments",status="201"\} \d+/,
      );
      expect(text).toMatch(/shuangsuiji_commands_total\{command="RegisterDepartment",outcome="ok"\} \d+/);
      expect(text).toMatch(/shuangsuiji_commands_total\{command="AddCheckItem",outcome="refused"\} \d+/);
      expect(text).toContain('shuangsuiji_http_request_duration_seconds_bucket');
      expect(text).toContain('shuangsuiji_command_duration_seconds_bucket');
    });
  });

  describe('event metadata', () => {
    it('records actor, roles used, department, correlation and causation ids', async () => {
      const actor: Caller = { sub: 'user-42', department: 'system', roles: ['admin', 'auditor', 'wizard'] };
      const answer = await api.call('POST', '/api/departments', {
        as: actor,
        body: department('dept-meta'),
        headers: { 'x-correlation-id': 'corr-meta-1' },
      });
      expect(answer.status).toBe(201);
      expect(answer.headers.get('x-correlation-id')).toBe('corr-meta-1');
      const [event] = await api.streamEvents('department-dept-meta');
      expect(event.type).toBe('DepartmentRegistered');
      expect(event.metadata).toMatchObject({
        actorId: 'user-42',
        actorRoles: ['admin'],
        departmentId: 'system',
        correlationId: 'corr-meta-1',
        causationId: matching(/^[0-9a-f-]{36}$/),
        occurredAt: anyString(),
      });
    });

    it('gives a request without X-Correlation-Id a new one, and refuses to echo a bad one', async () => {
      const fresh = await api.call('POST', '/api/departments', { as: admin, body: department('dept-corr') });
      const id = fresh.headers.get('x-correlation-id');
      expect(id).toEqual(anyString());
      const [event] = await api.streamEvents('department-dept-corr');
      expect(event.metadata.correlationId).toBe(id);

      const bad = await api.call('GET', '/health', { headers: { 'x-correlation-id': 'has spaces in it' } });
      expect(bad.headers.get('x-correlation-id')).not.toBe('has spaces in it');
    });
  });

  describe('Idempotency-Key', () => {
    it('answers the same key and body with the first answer and appends nothing more', async () => {
      const body = item('dept-a', { name: '幂等事项' });
      const first = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: operatorA,
        body,
        headers: { 'idempotency-key': 'key-item-0001' },
      });
      expect(first.status).toBe(201);
      expect(first.headers.get('idempotency-replayed')).toBeNull();
      const head = await api.head();

      const again = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: operatorA,
        body,
        headers: { 'idempotency-key': 'key-item-0001' },
      });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotency-replayed')).toBe('true');
      expect(await api.head()).toBe(head);
      expect(await api.streamEvents(`checkItem-${first.body.id}`)).toHaveLength(1);
      const listed = await api.call<{ items: { name: string }[] }>(
        'GET',
        '/api/check-items?departmentId=dept-a&limit=1000',
        { as: operatorA },
      );
      expect(listed.body.items.filter((i) => i.name === '幂等事项')).toHaveLength(1);
    });

    it('derives the command id from the key, and replays the status a route answers with', async () => {
      const headers = { 'idempotency-key': 'key-item-0003' };
      const added = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', { name: '将废止' }),
        headers,
      });
      const [event] = await api.streamEvents(`checkItem-${added.body.id}`);
      expect(event.metadata.causationId).toBe(added.body.id);
      const retire = () =>
        api.call<{ status: string }>('POST', `/api/check-items/${added.body.id}/retire`, {
          as: operatorA,
          body: { reason: '废止' },
          headers: { 'idempotency-key': 'key-retire-01' },
        });
      const first = await retire();
      expect(first.status).toBe(200);
      expect(first.body.status).toBe('retired');
      const again = await retire();
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotency-replayed')).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await api.streamEvents(`checkItem-${added.body.id}`)).toHaveLength(2);
    });

    it('refuses the same key with another body', async () => {
      const headers = { 'idempotency-key': 'key-item-0002' };
      const first = await api.call('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', { name: '第一次' }),
        headers,
      });
      expect(first.status).toBe(201);
      const head = await api.head();
      const other = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', { name: '第二次' }),
        headers,
      });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await api.head()).toBe(head);
    });

    it('replays a refusal as a refusal', async () => {
      const headers = { 'idempotency-key': 'key-refused-1' };
      const body = department('dept-a', 'another name');
      const first = await api.call<ErrorAnswer>('POST', '/api/departments', { as: admin, body, headers });
      expect(first.status).toBe(409);
      expect(first.body.code).toBe('DEPARTMENT_ALREADY_REGISTERED');
      const again = await api.call<ErrorAnswer>('POST', '/api/departments', { as: admin, body, headers });
      expect(again.status).toBe(409);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotency-replayed')).toBe('true');
    });

    it('keeps keys apart per caller', async () => {
      const headers = { 'idempotency-key': 'key-shared-01' };
      const a = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a', { name: '各自的键' }),
        headers,
      });
      const b = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: operatorB,
        body: item('dept-b', { name: '各自的键' }),
        headers,
      });
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.headers.get('idempotency-replayed')).toBeNull();
      expect(b.body.id).not.toBe(a.body.id);
    });

    it('takes the same JSON with its keys in another order, and the path however spelled, as the same request', async () => {
      const headers = { 'idempotency-key': 'key-canonical-1' };
      const body = item('dept-a', { name: '键序无关' });
      const first = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: operatorA,
        body,
        headers,
      });
      expect(first.status).toBe(201);
      const head = await api.head();
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      for (const path of ['/api/check-items', '/api/%63heck-items']) {
        const again = await api.call<{ id: string }>('POST', path, {
          as: operatorA,
          body: reordered,
          headers,
        });
        expect(again.status).toBe(201);
        expect(again.headers.get('idempotency-replayed')).toBe('true');
        expect(again.body).toEqual(first.body);
      }
      expect(await api.head()).toBe(head);
    });

    it('does not replay to the same user acting for another department or with other roles', async () => {
      const headers = { 'idempotency-key': 'key-acting-01' };
      const body = item('dept-a', { name: '谁在办' });
      const asA: Caller = { sub: 'moving-user', department: 'dept-a', roles: ['operator'] };
      expect((await api.call('POST', '/api/check-items', { as: asA, body, headers })).status).toBe(201);
      const head = await api.head();
      for (const other of [
        { ...asA, department: 'dept-b' },
        { ...asA, roles: ['operator', 'head'] },
      ]) {
        const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', { as: other, body, headers });
        expect(answer.status).toBe(409);
        expect(answer.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
        expect(answer.headers.get('idempotency-replayed')).toBeNull();
      }
      // Without the key, the department check answers as it always does.
      const refused = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: { ...asA, department: 'dept-b' },
        body,
      });
      expect(refused.body.code).toBe('OTHER_DEPARTMENT');
      expect(await api.head()).toBe(head);
    });

    it('refuses a key of the wrong form', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/check-items', {
        as: operatorA,
        body: item('dept-a'),
        headers: { 'idempotency-key': 'bad key!' },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.details).toEqual([
        { field: 'Idempotency-Key', reason: anyString(), rule: 'idempotencyKey' },
      ]);
    });
  });
});
