import { type EntityDrawRecord, type TaskState, inspectionTaskDecider, registerStreams } from '@app/domain';
import { loadConfig } from '@app/runtime';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { drawFromLog, inputsOfRecord, loadAggregate, recordedEntityDraw } from '@app/audit';
import { ApiHarness, type Caller, type ErrorAnswer, TEST_SECRET, admin, staff } from './support/api-harness';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';
import { cliArgs } from './support/cli-process';

/** Tests here start the cli as a process: seconds each on a loaded machine (a bound on a hang). */
const CLI_TEST_TIMEOUT = 180_000;
jest.setTimeout(CLI_TEST_TIMEOUT);

/*
 * The integrity of entity draws end to end, on the real embedded store: a draw taken from the
 * drawCandidates read model (a snapshot) is the draw rebuilt from the log (what verification
 * runs); an event edited behind the system's back is found out; and every refusal of the draw
 * routes that test/draws.e2e-spec.ts does not cover already.
 */

const run = promisify(execFile);

type Risk = 'A' | 'B' | 'C' | 'D';

const lead: Caller = leadOperator;
const auditor: Caller = staff('xf', ['auditor']);

interface DrawAnswer {
  drawn: number;
  entityIds: string[];
  record: EntityDrawRecord;
}

interface Verification {
  verified: boolean;
  poolSize: number;
  poolDigest: string;
  selectedDigest: string;
  mismatches: string[];
}

/** What the test knows of each entity, kept beside the history it makes over HTTP. */
interface Known {
  region: string;
  risk: Risk;
  abnormal: boolean;
  registered: boolean;
  checks: number;
}

/**
 * Entities registered, updated, re-rated and deregistered over HTTP, with the test's own model of
 * the directory (to compute independently what each draw's pool must be). The lead's operator acts
 * in 南京市; an entry moved to 上海 (310101) is moved by the administrator, outside its jurisdiction.
 */
class Directory {
  readonly known = new Map<string, Known>();
  private next = 0;

  constructor(private readonly api: ApiHarness) {}

  async register(region: string, risk: Risk, abnormal = false): Promise<string> {
    const code = creditCode((this.next += 1));
    const answer = await this.api.call<{ id: string }>('POST', '/api/entities', {
      as: lead,
      body: {
        code,
        name: `企业${this.next}`,
        kind: 'enterprise',
        address: '江苏省南京市',
        regionCode: region,
        industryCode: 'H6210',
        creditRisk: risk,
        abnormalList: abnormal,
      },
    });
    expect(answer.status).toBe(201);
    this.known.set(answer.body.id, { region, risk, abnormal, registered: true, checks: 0 });
    return answer.body.id;
  }

  async update(id: string, changes: { regionCode?: string; abnormalList?: boolean; tags?: string[] }) {
    const as = changes.regionCode?.startsWith('32') === false ? admin : lead;
    const answer = await this.api.call('PATCH', `/api/entities/${id}`, { as, body: changes });
    expect(answer.status).toBe(200);
    const entry = this.known.get(id)!;
    if (changes.regionCode) entry.region = changes.regionCode;
    if (changes.abnormalList !== undefined) entry.abnormal = changes.abnormalList;
  }

  async rerate(id: string, risk: Risk) {
    const answer = await this.api.call('POST', `/api/entities/${id}/credit-risk`, {
      as: lead,
      body: { creditRisk: risk, reason: '年度信用风险分类结果' },
    });
    expect(answer.status).toBe(200);
    this.known.get(id)!.risk = risk;
  }

  async deregister(id: string) {
    const answer = await this.api.call('POST', `/api/entities/${id}/deregister`, {
      as: lead,
      body: { reason: '注销' },
    });
    expect(answer.status).toBe(200);
    this.known.get(id)!.registered = false;
  }

  drew(entityIds: readonly string[]) {
    for (const id of entityIds) this.known.get(id)!.checks += 1;
  }

  /** The pool a draw must see (docs/draw.md §1), from the test's model; the yearly cap is 2. */
  expectedPool(regionCodes: readonly string[] | undefined, byCreditRisk: boolean) {
    const covers = (criterion: string, region: string) =>
      criterion.endsWith('0000')
        ? region.slice(0, 2) === criterion.slice(0, 2)
        : criterion.endsWith('00')
          ? region.slice(0, 4) === criterion.slice(0, 4)
          : region === criterion;
    const poolSizes: Record<string, number> = {};
    const exclusions = { deregistered: 0, notMatchingCriteria: 0, yearlyCap: 0, capExemptions: 0 };
    let poolSize = 0;
    for (const entry of this.known.values()) {
      if (regionCodes?.length && !regionCodes.some((c) => covers(c, entry.region))) continue;
      if (!entry.registered) {
        exclusions.deregistered += 1;
        continue;
      }
      if (entry.checks >= 2) {
        if (!entry.abnormal) {
          exclusions.yearlyCap += 1;
          continue;
        }
        exclusions.capExemptions += 1;
      }
      const stratum = byCreditRisk ? entry.risk : 'all';
      poolSizes[stratum] = (poolSizes[stratum] ?? 0) + 1;
      poolSize += 1;
    }
    return { poolSize, poolSizes, exclusions };
  }
}

async function taskState(api: ApiHarness, taskId: string): Promise<TaskState> {
  const { state } = await loadAggregate(
    api.stores.events,
    registerStreams.inspectionTask(taskId),
    inspectionTaskDecider,
  );
  if (state.status === 'absent') throw new Error(`no task ${taskId}`);
  return state;
}

function verify(api: ApiHarness, taskId: string) {
  return api.call<Verification>('GET', `/api/tasks/${taskId}/draws/verify`, { as: auditor });
}

function drawOver(api: ApiHarness, taskId: string, body: Record<string, unknown> = {}, as = lead) {
  return api.call<DrawAnswer & ErrorAnswer>('POST', `/api/tasks/${taskId}/draws/entities`, { as, body });
}

describe('a draw from the read-model snapshot is the draw rebuilt from the log', () => {
  const api = new ApiHarness();
  const directory = new Directory(api);
  let items: Record<string, string>;
  const ids: Record<string, string[]> = {};

  /** Draws over HTTP and checks the pool against the model, the verification, and the log. */
  async function drawAndVerify(
    criteria: { regionCodes?: string[] },
    sampling: { ratio?: number; count?: number; byCreditRisk?: Partial<Record<Risk, number>> },
  ) {
    const byCreditRisk = sampling.byCreditRisk !== undefined && sampling.count === undefined;
    const expected = directory.expectedPool(criteria.regionCodes, byCreditRisk);
    const id = await initiateTask(api, items, { criteria, sampling });
    const answer = await drawOver(api, id, {});
    expect(answer.status).toBe(201);
    const { record } = answer.body;
    const { poolSize, poolSizes, exclusions } = record;
    expect({ poolSize, poolSizes, exclusions }).toEqual(expected);
    expect(record).toMatchObject({ byCreditRisk, criteria, selectedCount: answer.body.drawn });
    expect(answer.body.drawn).toBe(Object.values(record.quotas).reduce((sum, q) => sum + q, 0));
    // The record the task stored is the one the answer gave.
    expect(await recordedEntityDraw(api.stores.events, id)).toEqual(record);
    const verification = await verify(api, id);
    expect(verification.status).toBe(200);
    expect(verification.body).toEqual({
      verified: true,
      mismatches: [],
      poolSize: record.poolSize,
      poolDigest: record.poolDigest,
      selectedDigest: record.selectedDigest,
    });
    // The log's draw at the recorded position, every field of it, equals the snapshot's.
    const state = await taskState(api, id);
    const fromLog = await drawFromLog(api.stores.events, state, inputsOfRecord(record), record.poolSize);
    expect(fromLog.exact).toBe(true);
    expect(fromLog.record).toEqual(record);
    expect(Object.values(fromLog.outcome.selected).flat().sort()).toEqual([...answer.body.entityIds].sort());
    directory.drew(answer.body.entityIds);
    return { id, answer: answer.body };
  }

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
    const risks: Risk[] = ['A', 'B', 'C', 'D'];
    // 20 in 320102, 16 in 320104, 12 in 320111 (all in the city 320100); a few on the
    // abnormal-operations list (exempt from the yearly cap).
    const plan: [string, number, number[]][] = [
      ['320102', 20, [0]],
      ['320104', 16, [0]],
      ['320111', 12, [0, 4]],
    ];
    for (const [region, count, abnormal] of plan) {
      ids[region] = await Promise.all(
        Array.from({ length: count }, (_, n) =>
          directory.register(region, risks[n % 4], abnormal.includes(n)),
        ),
      );
    }
    const [a, b, c] = [ids['320102'], ids['320104'], ids['320111']];
    // Moves between districts and out of the city; other changes that leave the region alone.
    await directory.update(a[1], { regionCode: '320104' });
    await directory.update(a[2], { regionCode: '320104' });
    await directory.update(b[1], { regionCode: '320102' });
    await directory.update(b[2], { regionCode: '310101' });
    await directory.update(a[3], { tags: ['餐饮'] });
    // Credit re-rated, some more than once.
    await directory.rerate(a[4], 'D');
    await directory.rerate(a[5], 'A');
    await directory.rerate(b[4], 'C');
    await directory.rerate(b[4], 'B');
    await directory.rerate(c[2], 'B');
    // Deregistered, one of them after a move.
    await directory.deregister(a[6]);
    await directory.deregister(b[5]);
    await directory.deregister(c[3]);
    await directory.deregister(a[2]);
    // Two earlier draws take every registered entity of 320111: all of them reach the yearly cap
    // (2); a third takes some of 320104 once.
    for (let i = 0; i < 2; i += 1) {
      const earlier = await initiateTask(api, items, {
        criteria: { regionCodes: ['320111'] },
        sampling: { count: 100 },
      });
      const drawn = await drawOver(api, earlier);
      expect(drawn.status).toBe(201);
      directory.drew(drawn.body.entityIds);
    }
    const once = await initiateTask(api, items, {
      criteria: { regionCodes: ['320104'] },
      sampling: { count: 5 },
    });
    const drawnOnce = await drawOver(api, once);
    expect(drawnOnce.status).toBe(201);
    directory.drew(drawnOnce.body.entityIds);
    // After the draws: capped entities move (one not exempt, one exempt), one becomes exempt by
    // being listed, one is re-rated, one deregistered, and one uncapped moves into 320111.
    await directory.update(c[5], { regionCode: '320102' });
    await directory.update(c[4], { regionCode: '320104' });
    await directory.update(c[6], { abnormalList: true });
    await directory.rerate(c[7], 'D');
    await directory.deregister(c[8]);
    await directory.update(a[8], { regionCode: '320111' });
  }, CLI_TEST_TIMEOUT);
  afterAll(() => api.stop());

  it('builds the history it means to: capped, exempt, moved and deregistered entities', () => {
    const capped = [...directory.known.values()].filter((e) => e.checks >= 2);
    expect(capped.length).toBeGreaterThanOrEqual(9);
    expect(capped.some((e) => e.abnormal && e.registered)).toBe(true);
    expect(capped.some((e) => !e.abnormal && e.registered && e.region === '320102')).toBe(true);
  });

  it('a draw directed at one district, stratified by credit risk', async () => {
    const { answer } = await drawAndVerify(
      { regionCodes: ['320102'] },
      { ratio: 0.2, byCreditRisk: { D: 0.5 } },
    );
    // The capped entity moved into 320102 is left out; nothing outside 320102 is counted.
    expect(answer.record.exclusions).toEqual({
      deregistered: 1,
      notMatchingCriteria: 0,
      yearlyCap: 1,
      capExemptions: 0,
    });
    expect(answer.record.poolSize).toBe(17);
  });

  it('a draw directed at a city code (GB/T 2260 320100) covers its districts, not 310101', async () => {
    const { answer } = await drawAndVerify({ regionCodes: ['320100'] }, { count: 10 });
    expect(answer.drawn).toBe(10);
    expect(answer.record.exclusions.yearlyCap).toBeGreaterThan(0);
    expect(answer.record.exclusions.capExemptions).toBeGreaterThan(0);
    expect(answer.entityIds).not.toContain(ids['320104'][2]);
  });

  it('a draw with no region criteria takes the whole directory', async () => {
    const { answer } = await drawAndVerify({}, { ratio: 0.25 });
    expect(answer.record.exclusions.deregistered).toBe(5);
    expect(answer.entityIds.length).toBe(Math.ceil(answer.record.poolSize * 0.25));
  });

  it('draws at several districts, at a province, and at a mix of city and district', async () => {
    await drawAndVerify({ regionCodes: ['320102', '320104'] }, { count: 6 });
    await drawAndVerify({ regionCodes: ['320000'] }, { ratio: 0.5, byCreditRisk: { A: 0.1 } });
    await drawAndVerify({ regionCodes: ['320100', '310101'] }, { count: 4 });
  });
});

describe('a stored event edited behind the system’s back', () => {
  const api = new ApiHarness();
  const directory = new Directory(api);
  let db: Database.Database;
  let taskId = '';
  let record: EntityDrawRecord;
  let drawnIds: string[] = [];
  let changed: string[] = [];
  let earlierTaskId = '';

  /** The stored `data` of the first event of a type in a stream, and a way to rewrite it. */
  function storedEvent(stream: string, type: string) {
    const row = db
      .prepare(
        `SELECT e.position, e.data FROM events e JOIN streams s ON s.stream_id = e.stream_id
         WHERE s.name = ? AND e.type = ? ORDER BY e.revision LIMIT 1`,
      )
      .get(stream, type) as { position: number; data: string };
    const original = row.data;
    const write = (data: string) =>
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(data, row.position);
    return {
      data: JSON.parse(original) as Record<string, unknown>,
      tamper: (change: Record<string, unknown>) =>
        write(JSON.stringify({ ...(JSON.parse(original) as object), ...change })),
      restore: () => write(original),
    };
  }
  const registration = (entityId: string) =>
    storedEvent(registerStreams.entity(entityId), 'EntityRegistered');
  const drawEvent = (id: string) => storedEvent(registerStreams.inspectionTask(id), 'EntitiesDrawn');

  beforeAll(async () => {
    // A yearly cap of 1: one earlier draw is enough to leave entities out.
    await api.start({ DRAW_YEARLY_CAP: '1' });
    const items = await setUpDepartments(api);
    const risks: Risk[] = ['A', 'B', 'C', 'D'];
    const here = await Promise.all(
      Array.from({ length: 16 }, (_, n) => directory.register('320102', risks[n % 4])),
    );
    await Promise.all(Array.from({ length: 4 }, (_, n) => directory.register('320104', risks[n % 4])));
    changed = [here[0], here[1]];
    await directory.rerate(here[0], 'D');
    await directory.update(here[1], { regionCode: '320104' });
    earlierTaskId = await initiateTask(api, items, {
      criteria: { regionCodes: ['320102'] },
      sampling: { count: 3 },
    });
    expect((await drawOver(api, earlierTaskId)).status).toBe(201);
    taskId = await initiateTask(api, items, {
      criteria: { regionCodes: ['320102'] },
      sampling: { ratio: 0.25, byCreditRisk: { D: 0.5 } },
    });
    const answer = await drawOver(api, taskId, {});
    expect(answer.status).toBe(201);
    record = answer.body.record;
    drawnIds = answer.body.entityIds;
    expect(record.exclusions).toEqual({
      deregistered: 0,
      notMatchingCriteria: 0,
      yearlyCap: 3,
      capExemptions: 0,
    });
    expect((await verify(api, taskId)).body).toMatchObject({ verified: true, mismatches: [] });
    db = new Database(loadConfig({ DATA_DIR: api.dir, AUTH_SECRET: TEST_SECRET }).sqliteFile);
  }, CLI_TEST_TIMEOUT);
  afterAll(async () => {
    db?.close();
    await api.stop();
  });

  /** A drawn entity whose registration alone makes its profile (no later change of it). */
  const untouched = () => drawnIds.find((id) => !changed.includes(id))!;

  it('a re-rated credit class in a registration: the pool differs from the one recorded', async () => {
    const entityId = untouched();
    const event = registration(entityId);
    const other = event.data.creditRisk === 'A' ? 'B' : 'A';
    event.tamper({ creditRisk: other });
    try {
      const answer = await verify(api, taskId);
      expect(answer.status).toBe(200);
      expect(answer.body.verified).toBe(false);
      expect(answer.body.mismatches).toEqual(
        expect.arrayContaining([
          'the pool differs from the one recorded',
          'the recorded poolSizes differs from the recomputed one',
        ]),
      );
      // One entity changed stratum: as many candidates as before, a different pool.
      expect(answer.body.poolSize).toBe(record.poolSize);
      expect(answer.body.poolDigest).not.toBe(record.poolDigest);
    } finally {
      event.restore();
    }
    expect((await verify(api, taskId)).body).toMatchObject({ verified: true, mismatches: [] });
  });

  it('a registration moved to another region: the pool is smaller than recorded', async () => {
    const event = registration(untouched());
    event.tamper({ regionCode: '310101' });
    try {
      const answer = await verify(api, taskId);
      expect(answer.body).toMatchObject({ verified: false, poolSize: record.poolSize - 1 });
      expect(answer.body.mismatches).toEqual(
        expect.arrayContaining([
          'the pool differs from the one recorded',
          'the recorded poolSize differs from the recomputed one',
        ]),
      );
    } finally {
      event.restore();
    }
  });

  it('a drawn entity swapped in the task’s list is found out', async () => {
    const event = drawEvent(taskId);
    const listed = event.data.entityIds as string[];
    const outsider = [...directory.known.keys()].find((id) => !drawnIds.includes(id))!;
    event.tamper({ entityIds: [outsider, ...listed.slice(1)] });
    try {
      const answer = await verify(api, taskId);
      expect(answer.body.verified).toBe(false);
      expect(answer.body.mismatches).toEqual(["the task's drawn list differs from the draw record"]);
    } finally {
      event.restore();
    }
  });

  it('an earlier draw edited to forget an entity: the yearly counts, and so the pool, differ', async () => {
    const event = drawEvent(earlierTaskId);
    const listed = event.data.entityIds as string[];
    event.tamper({ entityIds: listed.slice(1) });
    try {
      const answer = await verify(api, taskId);
      expect(answer.body).toMatchObject({ verified: false, poolSize: record.poolSize + 1 });
      expect(answer.body.mismatches).toEqual(
        expect.arrayContaining([
          'the pool differs from the one recorded',
          'the recorded exclusions differs from the recomputed one',
        ]),
      );
    } finally {
      event.restore();
    }
    expect((await verify(api, taskId)).body).toMatchObject({ verified: true, mismatches: [] });
  });

  it('a recorded input edited (a revealed seed): its commitment and the drawn list differ', async () => {
    const event = drawEvent(taskId);
    const draw = event.data.draw as { seeds: Record<string, unknown> };
    // The strata are small: one edited seed in a few hundred draws the same list by chance, so
    // the list is checked over a few edits; the commitment tells every one of them.
    const listsDiffer: boolean[] = [];
    for (const byte of ['01', '02', '03', '04', '05']) {
      event.tamper({ draw: { ...draw, seeds: { ...draw.seeds, lead: byte.repeat(32) } } });
      try {
        const answer = await verify(api, taskId);
        expect(answer.body.verified).toBe(false);
        expect(answer.body.mismatches).toContain('the revealed seed lead does not match its commitment');
        expect(answer.body.poolDigest).toBe(record.poolDigest);
        listsDiffer.push(answer.body.mismatches.includes('the drawn list differs from the one recorded'));
      } finally {
        event.restore();
      }
      if (listsDiffer.at(-1)) break;
    }
    expect(listsDiffer).toContain(true);
  });

  it('a record that misstates what it was drawn with (criteria, sampling, strata, commitment) is found out', async () => {
    const event = drawEvent(taskId);
    event.tamper({
      draw: {
        ...(event.data.draw as object),
        criteria: { regionCodes: ['320104'] },
        sampling: { count: 1 },
        byCreditRisk: false,
        seedCommitment: 'ff',
      },
    });
    try {
      const answer = await verify(api, taskId);
      expect(answer.body.verified).toBe(false);
      for (const field of ['criteria', 'sampling', 'byCreditRisk', 'seedCommitment']) {
        expect(answer.body.mismatches).toContain(`the recorded ${field} differs from the recomputed one`);
      }
    } finally {
      event.restore();
    }
  });

  it('the cli, reading the same data file offline, finds the edit too', async () => {
    const event = registration(untouched());
    event.tamper({ regionCode: '310101' });
    try {
      const outcome = await run(process.execPath, cliArgs('verify-draw', taskId), {
        cwd: join(__dirname, '..'),
        env: { ...process.env, DATA_DIR: api.dir, AUTH_SECRET: TEST_SECRET },
      }).then(
        () => ({ code: 0, stdout: '' }),
        (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? '' }),
      );
      expect(outcome.code).toBe(1);
      expect(JSON.parse(outcome.stdout)).toMatchObject({
        verified: false,
        mismatches: expect.arrayContaining(['the pool differs from the one recorded']) as string[],
      });
    } finally {
      event.restore();
    }
  });
});

describe('refusals of the draw routes', () => {
  const api = new ApiHarness();
  const directory = new Directory(api);
  let items: Record<string, string>;

  const taskEvents = async (taskId: string) =>
    (await api.streamEvents(registerStreams.inspectionTask(taskId))).map((e) => e.type);

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
    await Promise.all(Array.from({ length: 6 }, () => directory.register('320102', 'A')));
  }, CLI_TEST_TIMEOUT);
  afterAll(() => api.stop());

  it('refuses a caller without a token, or with an expired one', async () => {
    const id = await initiateTask(api, items, {});
    const anonymous = await api.call<ErrorAnswer>('POST', `/api/tasks/${id}/draws/entities`, { body: {} });
    expect(anonymous.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    const expired = await api.call<ErrorAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
      body: {},
      headers: { authorization: `Bearer ${api.token(lead, -60)}` },
    });
    expect(expired.body).toMatchObject({ statusCode: 401, code: 'TOKEN_EXPIRED' });
    const unsigned = await api.call<ErrorAnswer>('GET', `/api/tasks/${id}/draws/verify`);
    expect(unsigned.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect(await taskEvents(id)).toEqual(['InspectionTaskInitiated']);
  });

  it('refuses a draw by anyone but an operator, even of the lead department', async () => {
    const id = await initiateTask(api, items, {});
    for (const roles of [['auditor'], ['head'], ['inspector'], ['admin'], ['operater', 'inspector']]) {
      const answer = await drawOver(api, id, {}, staff('scjg', roles));
      expect(answer.body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    }
    // A token whose only role is misspelt signs no one in.
    const misspelt = await drawOver(api, id, {}, staff('scjg', ['operater']));
    expect(misspelt.body).toMatchObject({ statusCode: 401, code: 'TOKEN_NO_KNOWN_ROLE' });
    expect(await taskEvents(id)).toEqual(['InspectionTaskInitiated']);
  });

  it('refuses a body the draw does not take: a seed, an empty or long public value, nulls', async () => {
    const id = await initiateTask(api, items, {});
    const cases: [Record<string, unknown>, string][] = [
      [{ seed: '00'.repeat(32) }, 'seed'],
      [{ entityIds: [] }, 'entityIds'],
      [{ publicRandom: '' }, 'publicRandom'],
      [{ publicRandom: 'x'.repeat(201) }, 'publicRandom'],
      [{ publicRandom: 20260136 }, 'publicRandom'],
      [{ publicRandom: null }, 'publicRandom'],
      [{ specialActionReason: '' }, 'specialActionReason'],
      [{ specialActionReason: 'x'.repeat(1001) }, 'specialActionReason'],
      [{ specialActionReason: true }, 'specialActionReason'],
    ];
    for (const [body, field] of cases) {
      const answer = await drawOver(api, id, body);
      expect({ body, answer: answer.body }).toMatchObject({
        body,
        answer: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          details: expect.arrayContaining([expect.objectContaining({ field })]) as unknown[],
        },
      });
    }
    const malformed = await api.call<ErrorAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
      as: lead,
      headers: { 'content-type': 'application/json' },
      rawBody: '{"publicRandom": ',
    });
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    // None of them used up the one draw.
    expect(await taskEvents(id)).toEqual(['InspectionTaskInitiated']);
    expect((await drawOver(api, id, { specialActionReason: 'x'.repeat(1000) })).status).toBe(201);
  });

  it('answers 404 for a task that does not exist, to a draw and to a verification', async () => {
    expect((await drawOver(api, 'no-such-task')).body).toMatchObject({
      statusCode: 404,
      code: 'TASK_NOT_FOUND',
    });
    expect((await verify(api, 'no-such-task')).body).toMatchObject({
      statusCode: 404,
      code: 'TASK_NOT_FOUND',
    });
  });

  it('refuses to verify a task whose entities were not drawn yet', async () => {
    const id = await initiateTask(api, items, {});
    expect((await verify(api, id)).body).toMatchObject({ statusCode: 409, code: 'ENTITIES_NOT_DRAWN' });
  });

  it('refuses a draw of a cancelled task, and records nothing', async () => {
    const id = await initiateTask(api, items, {});
    const cancelled = await api.call('POST', `/api/tasks/${id}/cancel`, {
      as: lead,
      body: { reason: '计划调整' },
    });
    expect(cancelled.status).toBe(200);
    expect((await drawOver(api, id)).body).toMatchObject({ statusCode: 409, code: 'TASK_CANCELLED' });
    expect(await taskEvents(id)).toEqual(['InspectionTaskInitiated', 'InspectionTaskCancelled']);
    expect((await verify(api, id)).body).toMatchObject({ statusCode: 409, code: 'ENTITIES_NOT_DRAWN' });
  });

  it('refuses a draw whose pool is empty because every candidate is deregistered or capped, saying so', async () => {
    const [kept, gone] = [await directory.register('320106', 'B'), await directory.register('320106', 'C')];
    await directory.deregister(gone);
    for (let i = 0; i < 2; i += 1) {
      const earlier = await initiateTask(api, items, {
        criteria: { regionCodes: ['320106'] },
        sampling: { count: 5 },
      });
      expect((await drawOver(api, earlier)).body.entityIds).toEqual([kept]);
    }
    const id = await initiateTask(api, items, {
      criteria: { regionCodes: ['320106'] },
      sampling: { count: 5 },
    });
    expect((await drawOver(api, id)).body).toMatchObject({
      statusCode: 409,
      code: 'DRAW_POOL_EMPTY',
      details: { exclusions: { deregistered: 1, notMatchingCriteria: 0, yearlyCap: 1, capExemptions: 0 } },
    });
    expect(await taskEvents(id)).toEqual(['InspectionTaskInitiated']);
  });

  it('answers 500 DRAW_SEED_MISSING when the seed committed at initiation is gone, and draws nothing', async () => {
    const id = await initiateTask(api, items, {});
    expect(await api.stores.records.delete('drawSeeds', id)).toBe(true);
    expect((await drawOver(api, id)).body).toMatchObject({ statusCode: 500, code: 'DRAW_SEED_MISSING' });
    expect(await taskEvents(id)).toEqual(['InspectionTaskInitiated']);
  });

  it('replays a retried draw with the same Idempotency-Key, and refuses the key with another body', async () => {
    const id = await initiateTask(api, items, {});
    const headers = { 'idempotency-key': `draw-${id}` };
    const path = `/api/tasks/${id}/draws/entities`;
    const first = await api.call<DrawAnswer>('POST', path, {
      as: lead,
      headers,
      body: { specialActionReason: '1' },
    });
    expect(first.status).toBe(201);
    const again = await api.call<DrawAnswer>('POST', path, {
      as: lead,
      headers,
      body: { specialActionReason: '1' },
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await api.call<ErrorAnswer>('POST', path, {
      as: lead,
      headers,
      body: { specialActionReason: '2' },
    });
    expect(other.body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await taskEvents(id)).filter((t) => t === 'EntitiesDrawn')).toHaveLength(1);
  });

  it('lets one of two simultaneous draws of a task through and refuses the other', async () => {
    const id = await initiateTask(api, items, {});
    const answers = await Promise.all([
      drawOver(api, id, { specialActionReason: 'a' }),
      drawOver(api, id, { specialActionReason: 'b' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)!.body).toMatchObject({ code: 'ENTITIES_ALREADY_DRAWN' });
    expect((await taskEvents(id)).filter((t) => t === 'EntitiesDrawn')).toHaveLength(1);
    expect((await verify(api, id)).body).toMatchObject({ verified: true, mismatches: [] });
  });
});
