import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAuthSecret } from './auth-secret';
import { loadConfig } from './app-config';

describe('the signing secret', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ssj-secret-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is AUTH_SECRET when set', () => {
    const secret = 'x'.repeat(40);
    expect(loadAuthSecret(loadConfig({ DATA_DIR: dir, AUTH_SECRET: secret }))).toEqual({
      secret,
      source: 'env',
    });
  });

  it('is created once in DATA_DIR when unset, readable by its owner only, and kept across starts', () => {
    const first = loadAuthSecret(loadConfig({ DATA_DIR: dir }));
    const second = loadAuthSecret(loadConfig({ DATA_DIR: dir }));
    expect(first.source).toBe('file');
    expect(first.secret.length).toBeGreaterThanOrEqual(64);
    expect(second.secret).toBe(first.secret);
    expect(readFileSync(join(dir, 'auth-secret'), 'utf8')).toBe(first.secret);
    expect(statSync(join(dir, 'auth-secret')).mode & 0o777).toBe(0o600);
  });

  it('refuses a short AUTH_SECRET, naming the variable but not its value', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(
      /AUTH_SECRET=\(hidden\): must be at least 32 characters/,
    );
  });
});
