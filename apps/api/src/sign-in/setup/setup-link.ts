import type { RecordStore } from '@app/record-store';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const SETUP = 'setup-link';
const CODE = 'code';
/** Taken while a setup runs, so two uses of one link cannot both make an administrator. */
const CLAIM = 'claim';
const DONE = 'done';
/** How long a printed setup link is valid. */
export const SETUP_LINK_MINUTES = 30;
const CLAIM_MS = 5 * 60_000;

const digest = (code: string) => createHash('sha256').update(code).digest();

/**
 * The one-time link where a fresh deployment's first administrator sets their password (issue
 * 19): printed at start until a setup has succeeded, valid for 30 minutes, kept only as a digest.
 */
export class SetupLink {
  constructor(private readonly records: RecordStore) {}

  async isDone(now: number): Promise<boolean> {
    return (await this.records.get(SETUP, DONE, now)) !== undefined;
  }

  /** A new code (replacing any earlier one), or undefined once the setup is done. */
  async issue(now: number): Promise<string | undefined> {
    if (await this.isDone(now)) return undefined;
    const code = randomBytes(32).toString('base64url');
    await this.records.put(SETUP, CODE, {
      value: digest(code).toString('hex'),
      expiresAt: now + SETUP_LINK_MINUTES * 60_000,
    });
    return code;
  }

  /**
   * Takes the link for one setup: whether the code is the current one, unexpired, and no other
   * setup holds it or has finished. Release it if the setup fails; finish it when it succeeds.
   */
  async take(code: string, now: number): Promise<'taken' | 'invalid' | 'busy' | 'done'> {
    if (await this.isDone(now)) return 'done';
    const stored = await this.records.get(SETUP, CODE, now);
    if (!stored || !/^[A-Za-z0-9_-]{43}$/.test(code)) return 'invalid';
    if (!timingSafeEqual(Buffer.from(stored.value, 'hex'), digest(code))) return 'invalid';
    const holder = await this.records.putIfAbsent(
      SETUP,
      CLAIM,
      { value: 'setup', expiresAt: now + CLAIM_MS },
      now,
    );
    return holder ? 'busy' : 'taken';
  }

  async release(): Promise<void> {
    await this.records.delete(SETUP, CLAIM);
  }

  async finish(now: number): Promise<void> {
    await this.records.put(SETUP, DONE, { value: new Date(now).toISOString() });
    await this.records.delete(SETUP, CODE);
    await this.records.delete(SETUP, CLAIM);
  }
}
