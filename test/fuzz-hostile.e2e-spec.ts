import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { initiateTask, setUpDepartments } from './support/task-fixtures';

/*
 * Hostile input against every route of the OpenAPI document, derived from each route's own schema:
 * a plausible body is built from the schema, then one field at a time is replaced by what an
 * attacker with an ordinary account would send: a far date, a string where an array belongs, a huge
 * array, a lone surrogate, a control or bidi character. Bodies nested far too deep and query
 * parameters with the same values go to every route too. The api never answers 5xx, always answers
 * with the error body, and answers every request (a hung event loop would leave it unanswered).
 */
const EVERY_ROLE = ['admin', 'operator', 'inspector', 'head', 'principal', 'supervisor', 'auditor'];
const caller: Caller = staff('scjg', EVERY_ROLE, 'hostile-1');
/** Long enough for the slowest honest answer on a loaded machine; a hang never ends. */
const ANSWER_BOUND_MS = 20_000;

const FAR_DATES = ['9999-12-31', '0001-01-01', '+010000-01-01', '1969-12-31', '2026-02-30'];
/** The longest list the api takes in a body (text-rules.ts MAX_ARRAY_ITEMS); past it, 400 at the parser. */
const MOST_ITEMS = 10_000;
/** One past it: the shortest list the parser refuses. */
const PAST_MOST_ITEMS = MOST_ITEMS + 1;
/** A 400 lists at most 100 field problems and one entry counting the rest (docs/api.md). */
const MOST_DETAILS = 101;
const BAD_TEXT = ['\ud800x', 'a\u0000b', 'PRODUCT-\u202eA1', 'x\u0007', '\u200f'];

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  allOf?: Schema[];
};
type Document = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
};
type OpenApiOperation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** A plausible value for a schema: its example, its first enum value, or one of its type. */
function sample(schema: Schema, doc: Document, depth = 0): unknown {
  const resolved = resolve(schema, doc);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum?.length) return resolved.enum[0];
  if (depth > 6) return undefined;
  switch (resolved.type) {
    case 'array':
      return resolved.items ? [sample(resolved.items, doc, depth + 1)] : [];
    case 'integer':
      return 1;
    case 'number':
      return 0.5;
    case 'boolean':
      return true;
    case 'string':
      return 'x';
    default: {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(resolved.properties ?? {}))
        out[key] = sample(field, doc, depth + 1);
      return out;
    }
  }
}

function resolve(schema: Schema, doc: Document): Schema {
  if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {}, doc);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], doc);
  return schema;
}

/** Every path to a leaf or array in a plain value, with the value found there. */
function fields(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((v, i) => fields(v, [...path, i]))];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => fields(v, [...path, key]));
  return path.length ? [{ path, value }] : [];
}

function replaced(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
  return copy;
}

/** The hostile variants of one plausible body, one field at a time. */
function variants(body: unknown): unknown[] {
  const out: unknown[] = [];
  for (const { path, value } of fields(body)) {
    if (Array.isArray(value)) {
      out.push(replaced(body, path, '320102'));
      out.push(
        replaced(
          body,
          path,
          Array.from({ length: PAST_MOST_ITEMS }, (_, i) => `${value[0] ?? 'x'}${i}`),
        ),
      );
      out.push(replaced(body, path, [value[0], value[0]]));
      if (typeof value[0] === 'object' && value[0] !== null) {
        // Lists of objects: every element refused, in lists past and at the longest any DTO takes.
        out.push(
          replaced(
            body,
            path,
            Array.from({ length: PAST_MOST_ITEMS }, () => ({})),
          ),
        );
        out.push(
          replaced(
            body,
            path,
            Array.from({ length: MOST_ITEMS }, () => ({})),
          ),
        );
        const bad = Object.fromEntries(Object.keys(value[0] as object).map((key) => [key, ['x']]));
        out.push(
          replaced(
            body,
            path,
            Array.from({ length: PAST_MOST_ITEMS }, () => bad),
          ),
        );
        out.push(
          replaced(
            body,
            path,
            Array.from({ length: MOST_ITEMS }, () => bad),
          ),
        );
      }
    } else if (typeof value === 'string') {
      for (const text of BAD_TEXT) out.push(replaced(body, path, text));
      if (/^\d{4}-\d{2}-\d{2}/.test(value) || /date|from|to|on$|at$|asOf/i.test(String(path.at(-1))))
        for (const date of FAR_DATES) out.push(replaced(body, path, date));
      out.push(replaced(body, path, ['x']));
      out.push(replaced(body, path, { $gt: '' }));
    } else if (typeof value === 'number') {
      out.push(replaced(body, path, 1e308), replaced(body, path, -1), replaced(body, path, '1'));
    }
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Percent-encodes text, lone surrogates included (as the 3 bytes a careless client sends for them). */
function encodeLoosely(text: string): string {
  return [...text]
    .map((ch) => {
      const unit = ch.charCodeAt(0);
      if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff)
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join('');
      return encodeURIComponent(ch);
    })
    .join('');
}

/** Bodies refused before any route sees them: too deep, not UTF-8, text the api does not keep. */
const RAW_BODIES: (string | Uint8Array)[] = [
  '['.repeat(100_000) + ']'.repeat(100_000),
  '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
  '{"name":"\\ud800x","reason":"\\udfff"}',
];

describe('hostile input on every route, derived from its schema', () => {
  const api = new ApiHarness();
  let doc: Document;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await api.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000', ENTITY_CODE_TRIES_PER_ADDRESS: '1000000' });
    doc = (await (await fetch(`${api.base}/api/docs-json`)).json()) as Document;
    const items = await setUpDepartments(api);
    ids.task = await initiateTask(api, items);
    ids.item = items.scjg;
    ids.department = 'scjg';
  });
  afterAll(() => api.stop());

  /** A route's path with its parameters filled by ids of things that exist, where the name says which. */
  function fill(path: string): string {
    return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (/task|^id$/i.test(name)) return ids.task;
      if (/item/i.test(name)) return ids.item;
      if (/department/i.test(name)) return ids.department;
      return '00000000-0000-4000-8000-000000000000';
    });
  }

  async function send(
    failures: string[],
    method: string,
    url: string,
    init: { body?: unknown; rawBody?: string | Uint8Array },
  ): Promise<number | undefined> {
    const headers: Record<string, string> = { authorization: `Bearer ${api.token(caller)}` };
    let body: string | Uint8Array | undefined = init.rawBody;
    if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const shown = typeof body === 'string' ? body.slice(0, 120) : body ? `(${body.length} bytes)` : '';
    const label = `${method} ${url} ${shown}`;
    let response: Response;
    try {
      response = await fetch(`${api.base}${url}`, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(ANSWER_BOUND_MS),
      });
    } catch (error) {
      failures.push(`${label}: no answer (${(error as Error).name})`);
      return undefined;
    }
    const text = await response.text();
    if (response.status >= 500) failures.push(`${label}: ${response.status} ${text.slice(0, 200)}`);
    if (response.status >= 400) {
      let code = '';
      try {
        code = (JSON.parse(text) as ErrorAnswer).code ?? '';
      } catch {
        // not JSON
      }
      if (!/^[A-Z][A-Z0-9_]*$/.test(code)) failures.push(`${label}: ${response.status} without a code`);
      if (text.length > 64 * 1024) failures.push(`${label}: a ${text.length}-character answer`);
      const details = (safeJson(text) as ErrorAnswer | undefined)?.details;
      if (Array.isArray(details) && details.length > MOST_DETAILS)
        failures.push(`${label}: ${details.length} details listed`);
    }
    return response.status;
  }

  it('answers every schema-derived hostile body with a 4xx and the error body, or accepts it', async () => {
    const failures: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        const url = fill(path);
        for (const body of variants(sample(schema, doc)))
          await send(failures, method.toUpperCase(), url, { body });
      }
    }
    expect(failures).toEqual([]);
    expect((await api.call('GET', '/health')).status).toBe(200);
  }, 600_000);

  it('refuses bodies too deep, not UTF-8 or with lone surrogates on every writing route, with 400', async () => {
    const failures: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods).filter((m) => m !== 'get')) {
        for (const rawBody of RAW_BODIES) {
          const status = await send(failures, method.toUpperCase(), fill(path), { rawBody });
          if (status !== undefined && status !== 400) failures.push(`${method} ${path}: ${status}, not 400`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect((await api.call('GET', '/health')).status).toBe(200);
  }, 300_000);

  it('answers far dates, bad text and repeated names in every query parameter', async () => {
    const failures: string[] = [];
    const values = [...FAR_DATES, ...BAD_TEXT, '1e400', '-1', '9'.repeat(400)];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const names = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        for (const name of names) {
          for (const value of values)
            await send(failures, method.toUpperCase(), `${fill(path)}?${name}=${encodeLoosely(value)}`, {});
          await send(failures, method.toUpperCase(), `${fill(path)}?${name}=1&${name}=2`, {});
          // Bytes that are not UTF-8 at all.
          await send(failures, method.toUpperCase(), `${fill(path)}?${name}=%ff%fe`, {});
        }
      }
    }
    expect(failures).toEqual([]);
    expect((await api.call('GET', '/health', { as: admin })).status).toBe(200);
  }, 300_000);
});
