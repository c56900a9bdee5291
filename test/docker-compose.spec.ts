import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

/**
 * docker-compose.yml, read as text (no YAML parser among the dependencies): the blocks below are
 * found by their indentation, which the file keeps at two spaces per level.
 */
const compose = readFileSync(join(__dirname, '..', 'docker-compose.yml'), 'utf8').split('\n');

/** The lines of a service, up to the next key at the same indentation. */
function service(name: string): string[] {
  const start = compose.indexOf(`  ${name}:`);
  expect(start).toBeGreaterThan(-1);
  const end = compose.findIndex((line, i) => i > start && /^ {0,2}\S/.test(line));
  return compose.slice(start + 1, end === -1 ? undefined : end);
}

/** The mongosh script of the MongoDB healthcheck: a folded (`>-`) scalar, its lines joined by spaces. */
function healthScript(): string {
  const lines = service('mongodb');
  const start = lines.findIndex((line) => line.trim() === '- >-');
  const indent = (line: string) => line.length - line.trimStart().length;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && indent(line) <= indent(lines[start])) break;
    body.push(line.trim());
  }
  return body.join(' ');
}

class Exit extends Error {
  constructor(readonly code: number) {
    super(`quit(${code})`);
  }
}

/** Runs the script as mongosh would against a member in the given state; the exit code. */
function healthcheck(member: { initiated: boolean; primary: boolean; statusError?: Error }) {
  const initiated: unknown[] = [];
  const rs = {
    status: () => {
      if (member.statusError) throw member.statusError;
      if (!member.initiated)
        throw Object.assign(new Error('no replset config has been received'), {
          code: 94,
          codeName: 'NotYetInitialized',
        });
      return { ok: 1 };
    },
    initiate: (config: unknown) => {
      initiated.push(config);
      return { ok: 1 };
    },
  };
  const db = { hello: () => ({ isWritablePrimary: member.primary }) };
  const quit = (code = 0) => {
    throw new Exit(code);
  };
  try {
    runInNewContext(healthScript(), { rs, db, quit });
    return { exit: 0, initiated };
  } catch (error) {
    // An uncaught error ends mongosh --eval with a non-zero status too.
    return { exit: error instanceof Exit ? error.code : 1, initiated, error };
  }
}

describe('docker-compose.yml: the MongoDB healthcheck', () => {
  it('initiates the replica set once, and is not healthy until a primary is elected', () => {
    expect(healthcheck({ initiated: false, primary: false })).toMatchObject({
      exit: 1,
      initiated: [{ _id: 'rs0', members: [{ _id: 0, host: 'mongodb:27017' }] }],
    });
    expect(healthcheck({ initiated: true, primary: false })).toMatchObject({ exit: 1, initiated: [] });
  });

  it('is healthy while the member is a writable primary', () => {
    expect(healthcheck({ initiated: true, primary: true })).toEqual({ exit: 0, initiated: [] });
  });

  it('fails, without initiating anything, when the status cannot be read for another reason', () => {
    const down = Object.assign(new Error('connection refused'), { code: 6, codeName: 'HostUnreachable' });
    expect(healthcheck({ initiated: true, primary: true, statusError: down })).toMatchObject({
      exit: 1,
      initiated: [],
    });
  });

  it('holds the api and the projector until MongoDB is healthy', () => {
    for (const name of ['api', 'projector']) {
      const lines = service(name).map((line) => line.trim());
      const dependsOn = lines.indexOf('depends_on:');
      const mongodb = lines.indexOf('mongodb:', dependsOn);
      expect(dependsOn).toBeGreaterThan(-1);
      expect(mongodb).toBeGreaterThan(dependsOn);
      expect(lines[mongodb + 1]).toBe('condition: service_healthy');
    }
  });
});
