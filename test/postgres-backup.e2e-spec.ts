import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkChain } from '@app/audit';
import { firstBrokenLink } from '@app/event-store';
import {
  type TestDatabase,
  createTestDatabase,
  describePostgres,
} from '@app/event-store/testing/postgres-test-database';
import { bytesCall, jsonCall } from '../bench/support/json-call';
import { COUNTY_YEAR_STEPS, CountyYear } from '../bench/county-year';
import { YEAR } from '../bench/county-year/context';
import { ApiHarness } from './support/api-harness';
import { dumpDatabase, fingerprint, restoreDatabase } from './support/postgres-dump';
import { postgresBinaries } from './support/postgres-server';

/*
 * Backup and restore (docs/operations.md, "PostgreSQL"): a county's year up to its locked task runs
 * on one database; pg_dump (custom format) and pg_restore into a new database give the same rows
 * and sequences; the api started on the copy finds every chain whole, answers its reads as the
 * original did, and goes on: the next command's events take positions after the dump's.
 */
const BEFORE_THE_DUMP = 8; // through 'the draw: a team of two certified inspectors and an expert beside it'
const AFTER_THE_RESTORE = COUNTY_YEAR_STEPS[BEFORE_THE_DUMP]; // a postponement approved and published

describePostgres('backup and restore of a PostgreSQL deployment', (database) => {
  const bin = postgresBinaries();
  const folder = mkdtempSync(join(tmpdir(), 'ssj-dump-'));
  const dumpFile = join(folder, 'shuangsuiji.dump');
  let api = new ApiHarness();
  let restored: TestDatabase | undefined;
  let year: CountyYear;
  const answers: Record<string, unknown> = {};
  let dumped: Record<string, string> = {};
  let headAtDump = 0;
  /** The simulated clock lives in the process: the api on the copy is set to the same moment. */
  let clockAtDump = '';

  const env = (url: string) => ({ DATABASE_URL: url, SIMULATED_CLOCK: 'true', DRAW_WITHOUT_BEACON: 'any' });

  /** The reads an office and the public make, as `api` answers them once its projections caught up. */
  async function reads(): Promise<Record<string, unknown>> {
    await api.stores.projections.waitFor(await api.head(), 30_000);
    const { taskId, plans, drawn } = year.ids;
    const paths = [
      `/api/tasks/${taskId}`,
      `/api/tasks/${taskId}/history`,
      '/api/tasks',
      `/api/plans/${plans.joint}`,
      `/api/statistics?year=${YEAR}`,
      `/api/entities/${drawn[0]}/checks?year=${YEAR}`,
      `/api/public/consolidated-plans?year=${YEAR}`,
      '/api/public/plans',
    ];
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      const answer = await year.call(
        'GET',
        path,
        path.startsWith('/api/public') ? '' : year.as('scjg', 'operator'),
      );
      out[path] = { status: answer.status, body: answer.body };
    }
    return out;
  }

  beforeAll(async () => {
    await api.start(env(database().url));
    // Calls go to whichever api runs now: the original, then the one on the restored copy.
    year = new CountyYear({
      call: (method, path, token, body) => jsonCall(api.base)(method, path, token, body),
      download: (path, token) => bytesCall(api.base)(path, token),
      token: (sub, department, roles) => api.token({ sub, department, roles }),
    });
  }, 60_000);
  afterAll(async () => {
    await api.stop();
    await restored?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const [name, step] of COUNTY_YEAR_STEPS.slice(0, BEFORE_THE_DUMP))
    it(
      name,
      async () => {
        const before = year.mismatches.length;
        await step(year);
        expect(year.mismatches.slice(before)).toEqual([]);
      },
      90_000,
    );

  it('dumps the database with pg_dump and restores it into a new one, row for row', async () => {
    if (!bin) throw new Error('no PostgreSQL binaries (PG_BIN or /usr/lib/postgresql/<v>/bin)');
    Object.assign(answers, await reads());
    clockAtDump = (await year.ok<{ now: string }>('GET', '/api/admin/clock', year.admin)).now;
    headAtDump = await api.head();
    await api.stop();
    dumped = await fingerprint(database().url);
    await dumpDatabase(bin, database().url, dumpFile);

    restored = await createTestDatabase('ssj_restored');
    await restoreDatabase(bin, dumpFile, restored.url);
    expect(await fingerprint(restored.url)).toEqual(dumped);
    expect(dumped['sequence event_positions']).toBe(`${headAtDump} true`);
  }, 90_000);

  it('starts the api on the copy: every stream’s hash chain holds', async () => {
    api = new ApiHarness();
    await api.start(env(restored!.url));
    await year.ok('PUT', '/api/admin/clock', year.admin, { now: clockAtDump });
    expect(await api.head()).toBe(headAtDump);
    const streams = new Set<string>();
    for await (const event of api.stores.auditLog.readAll()) streams.add(event.stream);
    expect(streams.size).toBeGreaterThan(20);
    for (const stream of streams)
      expect([stream, await firstBrokenLink(api.stores.auditLog.readStream(stream))]).toEqual([
        stream,
        undefined,
      ]);
    // What `npm run cli -- audit verify` runs (docs/operations.md's restore procedure).
    const chain = await checkChain(api.stores.auditLog.readStreamsByPrefix('', { maxPosition: headAtDump }));
    expect(chain.brokenLink).toBeUndefined();
    expect(chain).toMatchObject({ streams: streams.size, events: (await api.allEvents()).length });
  }, 60_000);

  it('answers the reads as the original did', async () => {
    const again = await reads();
    for (const [path, answer] of Object.entries(answers)) {
      expect([path, (answer as { status: number }).status]).toEqual([path, 200]);
      expect([path, again[path]]).toEqual([path, answer]);
    }
  }, 60_000);

  it('goes on: new commands append after the dump’s positions, each position once', async () => {
    const [name, step] = AFTER_THE_RESTORE;
    await step(year);
    expect([name, year.mismatches]).toEqual([name, []]);
    const events = await api.allEvents();
    const added = events.filter((event) => event.position > headAtDump);
    expect(added.length).toBeGreaterThan(0);
    expect(events.length).toBe(new Set(events.map((event) => event.position)).size);
    expect(added.map((event) => event.position)).toEqual(
      [...added.map((event) => event.position)].sort((a, b) => a - b),
    );
    for (const stream of new Set(added.map((event) => event.stream)))
      expect([stream, await firstBrokenLink(api.stores.auditLog.readStream(stream))]).toEqual([
        stream,
        undefined,
      ]);
  }, 90_000);
});
