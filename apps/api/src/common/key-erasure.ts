import { DomainError } from '@app/domain';
import type { PersonalDataVault, ScrubOutcome } from '@app/record-store';
import { reportSecurityEvent } from './security-log';

const LEFT_BEHIND: Record<Exclude<ScrubOutcome, 'scrubbed'>, string> = {
  deferred:
    'readers held the journal; the old key stays in the -wal file until the next checkpoint (erasing again retries)',
  'beyond-reach':
    "the store cannot scrub its own files: the old key stays in the oplog, WiredTiger's freed space and journal until they roll over (docs/record-store.md)",
};

/**
 * An erasure (docs/record-store.md, crypto-shredding): the event that records it is appended
 * first, then the vault key is destroyed. A crash in between leaves the event without the key
 * destroyed: a retry is refused by the domain with `alreadyRecorded`, and destroys the key then.
 * Every erasure whose old key the store's files still hold is reported (ERASURE_NOT_SCRUBBED).
 */
export async function recordThenDestroyKey(
  vault: PersonalDataVault,
  subject: string,
  alreadyRecorded: string,
  record: () => Promise<unknown>,
  logFields: Record<string, unknown>,
): Promise<void> {
  try {
    await record();
  } catch (error) {
    if (error instanceof DomainError && error.code === alreadyRecorded) {
      await destroyKey(vault, subject, logFields);
    }
    throw error;
  }
  await destroyKey(vault, subject, logFields);
}

async function destroyKey(
  vault: PersonalDataVault,
  subject: string,
  logFields: Record<string, unknown>,
): Promise<void> {
  const { scrubbed } = await vault.erase(subject);
  if (scrubbed !== 'scrubbed') {
    // Unreadable through the store already; only the store's own files keep the old key.
    reportSecurityEvent('ERASURE_NOT_SCRUBBED', {
      ...logFields,
      scrub: scrubbed,
      detail: LEFT_BEHIND[scrubbed],
    });
  }
}
