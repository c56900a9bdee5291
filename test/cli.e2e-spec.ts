import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/runtime';
import { createApp } from '../apps/api/src/bootstrap';
import { cliArgs } from './support/cli-process';

/** Tests here start the cli as a process: seconds each on a loaded machine (a bound on a hang). */
const CLI_TEST_TIMEOUT = 180_000;
jest.setTimeout(CLI_TEST_TIMEOUT);

const run = promisify(execFile);

describe('the cli (status, rebuild) beside a running api', () => {
  let dir: string;
  let app: NestFastifyApplication;
  const cli = (...args: string[]) =>
    run(process.execPath, cliArgs(...args), {
      cwd: join(__dirname, '..'),
      env: { ...process.env, DATA_DIR: dir },
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-cli-'));
    app = await createApp(loadConfig({ DATA_DIR: dir }), { logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints each projection with its generation, state, checkpoint, head and lag', async () => {
    const { stdout } = await cli('status');
    expect(stdout.split('\n')[0]).toMatch(
      /^projection\s+generation\s+state\s+checkpoint\s+head\s+lag\s+error$/,
    );
    expect(stdout).toMatch(/logActivity\s+g1\s+remote\s+0\s+0\s+0/);
  });

  it('has the running api rebuild a projection, and waits until it has', async () => {
    const { stdout } = await cli('rebuild', 'logActivity', '--timeout', '30');
    expect(stdout).toMatch(/logActivity rebuilt: generation 2/);
  });

  it('refuses a projection that does not exist, with the known ones', async () => {
    const failure = (await cli('rebuild', 'nothing').catch((error: unknown) => error)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/No projection is named nothing. Known: logActivity/);
  });

  it('mints a token the api accepts, for the user and roles given', async () => {
    const { stdout } = await cli(
      'token',
      '--sub',
      'op-1',
      '--department',
      'scjg',
      '--roles',
      'operator,head',
    );
    const token = stdout.trim();
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ sub: 'op-1', department: 'scjg', roles: ['operator', 'head'] });
    await app.listen(0, '127.0.0.1');
    const response = await fetch(`${await app.getUrl()}/api/departments`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
  });

  it('refuses to mint a token with an unknown role, without a department or beyond the maximum lifetime', async () => {
    const typo = (await cli('token', '--sub', 'u', '--department', 'd', '--roles', 'opertor').catch(
      (error: unknown) => error,
    )) as { code: number; stderr: string };
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Unknown role\(s\) opertor; known: admin, operator/);
    const missing = (await cli('token', '--sub', 'u', '--roles', 'admin').catch(
      (error: unknown) => error,
    )) as {
      code: number;
      stderr: string;
    };
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Missing --department/);
    const forever = (await cli(
      'token',
      '--sub',
      'u',
      '--department',
      'd',
      '--roles',
      'auditor',
      '--expires-in',
      '365d',
    ).catch((error: unknown) => error)) as { code: number; stderr: string; stdout: string };
    expect(forever.code).toBe(2);
    expect(forever.stdout).toBe('');
    expect(forever.stderr).toMatch(/at most 168h \(TOKEN_MAX_LIFETIME_HOURS\)/);
  });
});
