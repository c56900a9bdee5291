/**
 * Password sign-in cost (issue 19): how many argon2id verifications a second this machine does at
 * the recorded cost (PASSWORD_HASH_COST, ADR 27), one at a time and with 2 and 8 at once (libuv's
 * thread pool runs them in parallel), against a baseline measured in the same run: a SHA-256 and
 * constant-time compare (what a check costs without a slow hash).
 * Usage: npm run bench:password [-- --seconds 5]
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { PASSWORD_HASH_COST, hashPassword, verifyPassword } from '@app/runtime';

const index = process.argv.indexOf('--seconds');
const SECONDS = index >= 0 ? Number(process.argv[index + 1]) : 5;

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
}

void main();
