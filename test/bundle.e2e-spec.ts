import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiHarness, TEST_SECRET } from './support/api-harness';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';
import { cliArgs } from './support/cli-process';

/** Tests here start the cli as a process: seconds each on a loaded machine (a bound on a hang). */
const CLI_TEST_TIMEOUT = 180_000;
jest.setTimeout(CLI_TEST_TIMEOUT);

const run = promisify(execFile);

interface Bundle {
  events: { stream: string; type: string; data: Record<string, unknown> }[];
  state: Record<string, unknown>;
}

describe('a task exported as a self-contained bundle and checked offline', () => {
  const api = new ApiHarness();
  let taskId = '';
  const cli = (...args: string[]) =>
    run(process.execPath, cliArgs(...args), {
      cwd: join(__dirname, '..'),
      env: { ...process.env, DATA_DIR: api.dir, AUTH_SECRET: TEST_SECRET },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? '' }),
    );
  const file = () => join(api.dir, 'bundle.json');
  const verify = async (path: string) => {
    const outcome = await cli('verify-bundle', path);
    return { code: outcome.code, result: JSON.parse(outcome.stdout) as Record<string, unknown> };
  };

  beforeAll(async () => {
    await api.start();
    const items = await setUpDepartments(api);
    for (let n = 1; n <= 12; n += 1) {
      await api.call('POST', '/api/entities', {
        as: leadOperator,
        body: {
          code: creditCode(n),
          name: `企业${n}`,
          kind: 'enterprise',
          address: '江苏省南京市',
          regionCode: '320102',
          industryCode: 'H6210',
          creditRisk: 'ABCD'[n % 4],
        },
      });
    }
    taskId = await initiateTask(api, items, {
      criteria: { regionCodes: ['320102'] },
      sampling: { ratio: 0.5 },
    });
    const drawn = await api.call('POST', `/api/tasks/${taskId}/draws/entities`, {
      as: leadOperator,
      body: {},
    });
    expect(drawn.status).toBe(201);
    const exported = await cli('export', taskId, '--out', file());
    expect(exported.code).toBe(0);
  }, CLI_TEST_TIMEOUT);
  afterAll(() => api.stop());

  it(
    'holds the task’s events and the directory its draw read, and verifies: chains, state, draw',
    async () => {
      const bundle = JSON.parse(readFileSync(file(), 'utf8')) as Bundle;
      expect(bundle.events.filter((e) => e.type === 'EntityRegistered')).toHaveLength(12);
      expect(bundle.events.some((e) => e.type === 'EntitiesDrawn')).toBe(true);
      const { code, result } = await verify(file());
      expect(code).toBe(0);
      expect(result).toMatchObject({
        verified: true,
        state: { matches: true },
        draws: { verified: true },
        problems: [],
      });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'finds an edited directory event (its chain breaks, and the draw no longer verifies)',
    async () => {
      const bundle = JSON.parse(readFileSync(file(), 'utf8')) as Bundle;
      const registration = bundle.events.find((e) => e.type === 'EntityRegistered')!;
      registration.data.regionCode = '320104';
      const edited = join(api.dir, 'edited.json');
      writeFileSync(edited, JSON.stringify(bundle));
      const { code, result } = await verify(edited);
      expect(code).toBe(1);
      expect(result).toMatchObject({
        verified: false,
        chain: { brokenLink: { stream: registration.stream, reason: 'content-hash-mismatch' } },
      });
      expect(result.problems).toEqual(expect.arrayContaining(['the pool differs from the one recorded']));
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'finds a state that the task’s events do not give',
    async () => {
      const bundle = JSON.parse(readFileSync(file(), 'utf8')) as Bundle;
      bundle.state = { ...bundle.state, status: 'cancelled' };
      const edited = join(api.dir, 'state.json');
      writeFileSync(edited, JSON.stringify(bundle));
      const { code, result } = await verify(edited);
      expect(code).toBe(1);
      expect(result).toMatchObject({ verified: false, state: { matches: false } });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'downloads over HTTP as an attachment, for auditors, and the file verifies offline',
    async () => {
      const auditor = { sub: 'audit-1', department: 'jjjc', roles: ['auditor'] };
      const download = await api.download(`/api/tasks/${taskId}/bundle`, auditor);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toMatch(/^application\/json/);
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="task-${taskId}-bundle.json"`,
      );
      const downloaded = join(api.dir, 'downloaded.json');
      writeFileSync(downloaded, download.bytes);
      const bundle = JSON.parse(download.bytes.toString('utf8')) as Bundle;
      expect(bundle.events.filter((e) => e.type === 'EntityRegistered')).toHaveLength(12);
      const { code, result } = await verify(downloaded);
      expect(code).toBe(0);
      expect(result).toMatchObject({ verified: true, state: { matches: true }, draws: { verified: true } });
      expect((await api.call('GET', `/api/tasks/${taskId}/bundle`, { as: leadOperator })).status).toBe(403);
      expect(await api.call('GET', '/api/tasks/no-such-task/bundle', { as: auditor })).toMatchObject({
        status: 404,
        body: { code: 'TASK_NOT_FOUND' },
      });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'refuses to export a task that does not exist',
    async () => {
      expect((await cli('export', 'no-such-task', '--out', join(api.dir, 'none.json'))).code).toBe(2);
    },
    CLI_TEST_TIMEOUT,
  );
});
