/**
 * Password sign-in cost (issue 19): how many argon2id verifications a second this machine does at
 * the recorded cost (PASSWORD_HASH_COST, ADR 27), one at a time and with 2 and 8 at once (libuv's
 * thread pool runs them in parallel), against a baseline measured in the same run: a SHA-256 and
 * constant-time compare (what a check costs without a slow hash). Then, through HTTP on the built
 * api (POST /api/auth/sign-in), the time to a refusal for a wrong password and for an unknown
 * name, in turns: both should sit at the refusal floor (REFUSAL_FLOOR_MS, 400 ms).
 * Usage: npm run bench:password [-- --seconds 5 --refusals 40]; SKIP_BUILD=1 runs the api as last
 * built (dist/apps/api).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { PASSWORD_HASH_COST, hashPassword, verifyPassword } from '@app/runtime';
import { percentile, signInRefusalTimes } from './support/sign-in-refusals';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const SECONDS = argument('seconds', 5);
const REFUSALS = argument('refusals', 40);

async function rate(concurrency: number, check: () => Promise<unknown>): Promise<number> {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await check();
        done += 1;
      }
    }),
  );
  return done / SECONDS;
}

async function main(): Promise<void> {
  const stored = await hashPassword('Correct-horse-7');
  const digest = createHash('sha256').update('Correct-horse-7').digest();
  const baseline = await rate(1, async () =>
    timingSafeEqual(digest, createHash('sha256').update('Correct-horse-7').digest()),
  );
  const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_COST;
  console.log(`argon2id m=${memoryCost} KiB, t=${timeCost}, p=${parallelism}; ${SECONDS} s each`);
  console.log(
    `baseline (SHA-256 + constant-time compare): ${Math.round(baseline).toLocaleString('en')} checks/s`,
  );
  for (const concurrency of [1, 2, 8]) {
    const signIns = await rate(concurrency, () => verifyPassword(stored, 'Correct-horse-7'));
    const unknown = await rate(concurrency, () => verifyPassword(undefined, 'Correct-horse-7'));
    console.log(
      `${concurrency} at once: ${signIns.toFixed(1)} sign-ins/s (${(1000 / (signIns / concurrency)).toFixed(1)} ms each), ` +
        `unknown user ${unknown.toFixed(1)}/s; baseline is ${Math.round(baseline / signIns).toLocaleString('en')}× faster`,
    );
  }
  const times = await signInRefusalTimes(REFUSALS);
  const line = (label: string, of: number[]) =>
    `${label}: p50 ${percentile(of, 0.5).toFixed(0)} ms, p99 ${percentile(of, 0.99).toFixed(0)} ms, ` +
    `min ${Math.min(...of).toFixed(0)} ms, max ${Math.max(...of).toFixed(0)} ms`;
  console.log(`refusals through POST /api/auth/sign-in, ${REFUSALS} of each, one at a time:`);
  console.log(line('  wrong password', times.wrongPassword));
  console.log(line('  unknown name', times.unknownName));
}

void main();
