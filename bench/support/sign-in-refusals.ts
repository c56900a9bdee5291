import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintAccessToken } from '../../libs/runtime/src/access-token';
import { buildApi, freePort, startBuiltApi } from './built-api';
import { jsonCall } from './json-call';

const SECRET = 'bench-sign-in-secret-0123456789abcdef0123';
/** Two failures per sign-in name come before the throttle's first delay (sign-in-throttle.ts). */
const FAILURES_PER_NAME = 2;

export interface RefusalTimes {
  wrongPassword: number[];
  unknownName: number[];
}

/**
 * Times to a refusal of POST /api/auth/sign-in through HTTP, on the built api: a wrong password
 * for a registered official whose password was reset, and a name no account has, taken in turns
 * one at a time. Each name is used at most twice, so the throttle never answers instead.
 */
export async function signInRefusalTimes(samples: number): Promise<RefusalTimes> {
  if (!process.env.SKIP_BUILD) buildApi();
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-sign-in-'));
  const api = await startBuiltApi({ dataDir: dir, port: await freePort(), secret: SECRET });
  try {
    const call = jsonCall(api.base);
    const admin = mintAccessToken(SECRET, {
      sub: 'admin',
      name: 'admin',
      department: 'system',
      roles: ['admin'],
    });
    const must = async <T>(answer: Promise<{ status: number; body: T }>): Promise<T> => {
      const { status, body } = await answer;
      if (status >= 300) throw new Error(`set-up: ${status} ${JSON.stringify(body)}`);
      return body;
    };
    await must(
      call('POST', '/api/departments', admin, { id: 'scjg', name: '市场监管局', regionCode: '320102' }),
    );
    const accounts = Math.ceil(samples / FAILURES_PER_NAME);
    for (let n = 0; n < accounts; n += 1) {
      const { id } = await must(
        call<{ id: string }>('POST', '/api/users', admin, {
          departmentId: 'scjg',
          name: `科员${n}`,
          post: '科员',
          employeeNumber: `K${n}`,
          mobile: '13912345678',
        }),
      );
      await must(call('POST', `/api/users/${id}/password-reset`, admin));
    }
    const refusal = async (employeeNumber: string): Promise<number> => {
      const started = performance.now();
      const answer = await fetch(`${api.base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ department: 'scjg', employeeNumber, password: 'Not-The-Password-1' }),
      });
      await answer.text();
      const elapsed = performance.now() - started;
      if (answer.status !== 401) throw new Error(`expected 401 SIGN_IN_FAILED, got ${answer.status}`);
      return elapsed;
    };
    const times: RefusalTimes = { wrongPassword: [], unknownName: [] };
    for (let n = 0; n < samples; n += 1) {
      times.wrongPassword.push(await refusal(`K${Math.floor(n / FAILURES_PER_NAME)}`));
      times.unknownName.push(await refusal(`NOBODY${Math.floor(n / FAILURES_PER_NAME)}`));
    }
    return times;
  } finally {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The value below which `fraction` of the times fall. */
export function percentile(times: readonly number[], fraction: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}
