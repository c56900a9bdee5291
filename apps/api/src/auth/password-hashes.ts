import type { RecordStore } from '@app/record-store';

/** Where password hashes live: outside the log, since a hash is a secret and the log is forever. */
const HASHES = 'password-hash';

/** Officials' argon2id password hashes (ADR 27), by user id. */
export class PasswordHashes {
  constructor(private readonly records: RecordStore) {}

  async of(userId: string, now: number): Promise<string | undefined> {
    return (await this.records.get(HASHES, userId, now))?.value;
  }

  async store(userId: string, hash: string): Promise<void> {
    await this.records.put(HASHES, userId, { value: hash });
  }

  async forget(userId: string): Promise<void> {
    await this.records.delete(HASHES, userId);
  }
}
