import { execFile } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiHarness, TEST_SECRET, staff } from './support/api-harness';
import { LEAD, enterResult, lockedTask, operatorOf } from './support/console-locked-task';
import { fileOf, sha256 } from './support/evidence-files';
import { cliArgs } from './support/cli-process';

/** Tests here start the cli as a process: seconds each on a loaded machine (a bound on a hang). */
const CLI_TEST_TIMEOUT = 180_000;
jest.setTimeout(CLI_TEST_TIMEOUT);

const run = promisify(execFile);

/** `export --with-evidence` writes the attached files by hash; `verify-bundle --evidence` checks each. */
describe('a task bundle with its evidence files, checked offline', () => {
  const api = new ApiHarness();
  const photo = fileOf('jpeg', 300_000);
  const scan = fileOf('pdf', 120_000);
  const cli = (...args: string[]) =>
    run(process.execPath, cliArgs(...args), {
      cwd: join(__dirname, '..'),
      env: { ...process.env, DATA_DIR: api.dir, AUTH_SECRET: TEST_SECRET },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? '' }),
    );
  let taskId = '';
  let entityId = '';
  const bundle = () => join(api.dir, 'bundle.json');
  const files = () => join(api.dir, 'evidence');
  const verify = async () => {
    const outcome = await cli('verify-bundle', bundle(), '--evidence', files());
    return { code: outcome.code, result: JSON.parse(outcome.stdout) as Record<string, unknown> };
  };

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    const task = await lockedTask(api, '2026-05-11', '2026-05-29', 1);
    taskId = task.taskId;
    entityId = task.entities[0].id;
    const inspector = task.inspectorOf(entityId);
    await enterResult(api, task, entityId, '2026-05-11');
    for (const [bytes, kind] of [
      [photo, 'photo'],
      [scan, 'scanned-form'],
    ] as const) {
      const uploaded = await api.call('POST', '/api/evidence', {
        as: inspector,
        rawBody: new Uint8Array(bytes),
        headers: { 'content-type': 'application/octet-stream' },
      });
      expect(uploaded.status).toBe(201);
      const attached = await api.call('POST', `/api/tasks/${task.taskId}/evidence`, {
        as: inspector,
        body: { hash: sha256(bytes), kind, to: { kind: 'result', entityId, departmentId: LEAD.id } },
      });
      expect(attached.status).toBe(201);
    }
    const exported = await cli('export', task.taskId, '--out', bundle(), '--with-evidence', files());
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ written: 2, missing: [] });
  }, CLI_TEST_TIMEOUT);

  afterAll(() => api.stop());

  it('writes each attached file under its hash, and verifies every one', async () => {
    expect(readdirSync(files()).sort()).toEqual([sha256(photo), sha256(scan)].sort());
    const { code, result } = await verify();
    expect(result).toMatchObject({ verified: true, evidence: { attached: 2, missing: [], altered: [] } });
    expect(code).toBe(0);
  });

  it('keeps the evidence when the inspection’s personal text is erased (records retention)', async () => {
    const erased = await api.call('POST', `/api/tasks/${taskId}/personal-text-erasures`, {
      as: staff('system', ['admin']),
      body: { entityId, reason: '当事人申请删除个人信息' },
    });
    expect(erased.status).toBe(201);
    const download = await api.download(
      `/api/evidence/${sha256(photo)}?taskId=${taskId}`,
      operatorOf(LEAD.id),
    );
    expect([download.status, sha256(download.bytes)]).toEqual([200, sha256(photo)]);
  });

  it('reports a file altered, then a file missing', async () => {
    const altered = Buffer.from(photo);
    altered[1000] ^= 0xff;
    writeFileSync(join(files(), sha256(photo)), altered);
    const first = await verify();
    expect(first.code).toBe(1);
    expect(first.result).toMatchObject({
      verified: false,
      evidence: { altered: [sha256(photo)], missing: [] },
    });
    expect(first.result.problems).toEqual([
      `evidence file ${sha256(photo)} does not match its hash (altered)`,
    ]);
    rmSync(join(files(), sha256(scan)));
    const second = await verify();
    expect(second.result).toMatchObject({
      verified: false,
      evidence: { altered: [sha256(photo)], missing: [sha256(scan)] },
    });
  });
});
