import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiHarness, type ErrorAnswer, TEST_SECRET, admin, staff } from './support/api-harness';
import { cliArgs } from './support/cli-process';

/** Tests here start the cli as a process: seconds each on a loaded machine (a bound on a hang). */
const CLI_TEST_TIMEOUT = 180_000;
jest.setTimeout(CLI_TEST_TIMEOUT);

const run = promisify(execFile);
const auditor = staff('jjjc', ['auditor']);

interface Verification {
  stream: string;
  verified: boolean;
  events: number;
  brokenLink?: { stream: string; revision: number; reason: string };
}

describe('tamper evidence: every stream is a hash chain', () => {
  const api = new ApiHarness();
  const file = () => join(api.dir, 'shuangsuiji.sqlite');
  /** Edits the stored payload of a stream's event behind the system's back; returns the undo. */
  const tamper = (stream: string, revision: number, edit: (data: Record<string, unknown>) => void) => {
    const db = new Database(file());
    const where = `stream_id = (SELECT stream_id FROM streams WHERE name = ?) AND revision = ?`;
    const { data } = db.prepare(`SELECT data FROM events WHERE ${where}`).get(stream, revision) as {
      data: string;
    };
    const changed = JSON.parse(data) as Record<string, unknown>;
    edit(changed);
    db.prepare(`UPDATE events SET data = ? WHERE ${where}`).run(JSON.stringify(changed), stream, revision);
    db.close();
    return () => {
      const undo = new Database(file());
      undo.prepare(`UPDATE events SET data = ? WHERE ${where}`).run(data, stream, revision);
      undo.close();
    };
  };
  const verify = (stream: string, as = auditor) =>
    api.call<Verification & ErrorAnswer>('GET', `/api/audit/verify?stream=${encodeURIComponent(stream)}`, {
      as,
    });
  const cli = () =>
    run(process.execPath, cliArgs('audit', 'verify'), {
      cwd: join(__dirname, '..'),
      env: { ...process.env, DATA_DIR: api.dir, AUTH_SECRET: TEST_SECRET },
    }).then(
      ({ stdout }) => ({ code: 0, out: JSON.parse(stdout) as Record<string, unknown> }),
      (error: { code?: number; stdout?: string }) => ({
        code: error.code,
        out: JSON.parse(error.stdout ?? '{}') as Record<string, unknown>,
      }),
    );

  beforeAll(async () => {
    await api.start();
    for (const id of ['scjg', 'xf']) {
      await api.call('POST', '/api/departments', {
        as: admin,
        body: { id, name: `部门${id}`, regionCode: '320102' },
      });
    }
    await api.call('PATCH', '/api/departments/scjg', { as: admin, body: { name: '市场监督管理局' } });
  }, CLI_TEST_TIMEOUT);
  afterAll(() => api.stop());

  it('verifies a stream whose events are as they were appended', async () => {
    const answer = await verify('department-scjg');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ stream: 'department-scjg', verified: true });
    expect(answer.body.events).toBeGreaterThanOrEqual(1);
  });

  it('finds an event edited in the data file behind the system’s back, and names it', async () => {
    const restore = tamper('department-scjg', 0, (data) => (data.name = '别的名字'));
    try {
      const answer = await verify('department-scjg');
      expect(answer.body).toMatchObject({
        verified: false,
        brokenLink: { stream: 'department-scjg', revision: 0, reason: 'content-hash-mismatch' },
      });
    } finally {
      restore();
    }
    expect((await verify('department-scjg')).body.verified).toBe(true);
  });

  it(
    'checks the whole log offline with the cli, and finds the same edit',
    async () => {
      const clean = await cli();
      expect(clean.code).toBe(0);
      expect(clean.out).toMatchObject({ verified: true });
      expect(clean.out.streams).toBeGreaterThanOrEqual(2);
      const restore = tamper('department-xf', 0, (data) => (data.regionCode = '310101'));
      try {
        const tampered = await cli();
        expect(tampered.code).toBe(1);
        expect(tampered.out).toMatchObject({
          verified: false,
          brokenLink: { stream: 'department-xf', revision: 0, reason: 'content-hash-mismatch' },
        });
      } finally {
        restore();
      }
    },
    CLI_TEST_TIMEOUT,
  );

  it('answers auditors, supervisors and administrators only; needs a stream that exists', async () => {
    expect((await verify('department-scjg', staff('jjjc', ['supervisor']))).status).toBe(200);
    expect((await verify('department-scjg', admin)).status).toBe(200);
    const operator = await verify('department-scjg', staff('scjg', ['operator']));
    expect(operator.status).toBe(403);
    expect(operator.body.code).toBe('ROLE_NOT_ALLOWED');
    const missing = await api.call<ErrorAnswer>('GET', '/api/audit/verify', { as: auditor });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.details)).toContain('stream');
    const unknown = await verify('department-none');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('STREAM_NOT_FOUND');
  });
});
