import { type SavedCheckpoints, verifyCheckpointNote, verifyConsistency } from '@app/audit';
import type { Stores } from '@app/runtime';
import { type ConsistencyAnswer, transparencyProofs } from '@app/transparency-log';
import { readFileSync } from 'node:fs';

/** What an `audit` action prints and its exit code (0 verified or answered, 1 not verified, 2 cannot). */
export interface Outcome {
  code: number;
  body: unknown;
}

const whole = (text: string | undefined, name: string): number => {
  if (!text || !/^[1-9]\d{0,15}$/.test(text)) throw new Error(`${name} must be a whole number from 1`);
  return Number(text);
};

/** `audit inclusion <eventId|position> [treeSize]`, `audit consistency <fromSize> [toSize]`. */
export async function proofAction(stores: Stores, action: string, args: string[]): Promise<Outcome> {
  const { store, reader } = stores.transparency;
  const proofs = transparencyProofs(store, reader);
  const answer =
    action === 'inclusion'
      ? await proofs.inclusion(
          /^\d+$/.test(args[0] ?? '') ? { position: whole(args[0], 'position') } : { eventId: args[0] ?? '' },
          args[1] === undefined ? undefined : whole(args[1], 'treeSize'),
        )
      : await proofs.consistency(
          whole(args[0], 'fromSize'),
          args[1] === undefined ? undefined : whole(args[1], 'toSize'),
        );
  return { code: 'refusal' in answer ? 2 : 0, body: answer };
}

/** `audit checkpoints`: what GET /api/public/checkpoints answers (the newest 100), to save. */
export async function checkpointsAction(stores: Stores): Promise<Outcome> {
  const page = await stores.transparency.store.checkpoints({ limit: 100 });
  return { code: 0, body: { items: page.checkpoints, keys: await stores.transparency.keys() } };
}

/**
 * `audit check-consistency <older.json> <newer.json> <proof.json>`, offline: the newest checkpoint of
 * each saved file, their signatures (keys of the older file, then the newer's), and the proof.
 */
export function checkConsistencyAction(args: string[]): Outcome {
  const [olderFile, newerFile, proofFile] = args;
  if (!olderFile || !newerFile || !proofFile) {
    return {
      code: 2,
      body: { error: 'usage: audit check-consistency <older.json> <newer.json> <proof.json>' },
    };
  }
  const older = JSON.parse(readFileSync(olderFile, 'utf8')) as SavedCheckpoints;
  const newer = JSON.parse(readFileSync(newerFile, 'utf8')) as SavedCheckpoints;
  const proof = JSON.parse(readFileSync(proofFile, 'utf8')) as ConsistencyAnswer;
  const keys = [...older.keys, ...newer.keys.filter((k) => !older.keys.some((o) => o.keyId === k.keyId))];
  const a = verifyCheckpointNote(older.items[0]?.note ?? '', keys);
  const b = verifyCheckpointNote(newer.items[0]?.note ?? '', keys);
  if (!a.ok || !b.ok) {
    const failed = !a.ok ? a : (b as Exclude<typeof b, { ok: true }>);
    return { code: 1, body: { verified: false, failure: failed.failure, detail: failed.detail } };
  }
  if (proof.fromSize !== a.checkpoint.size || proof.toSize !== b.checkpoint.size) {
    return {
      code: 1,
      body: {
        verified: false,
        failure: 'wrong-proof',
        detail: `the proof is from ${proof.fromSize} to ${proof.toSize}`,
      },
    };
  }
  const check = verifyConsistency(
    a.checkpoint.size,
    b.checkpoint.size,
    proof.proof.map((h) => Buffer.from(h, 'base64')),
    Buffer.from(a.checkpoint.rootHash, 'base64'),
    Buffer.from(b.checkpoint.rootHash, 'base64'),
  );
  return {
    code: check.ok ? 0 : 1,
    body: check.ok
      ? { verified: true, fromSize: a.checkpoint.size, toSize: b.checkpoint.size }
      : { verified: false, failure: 'inconsistent-checkpoint', detail: check.failure },
  };
}
