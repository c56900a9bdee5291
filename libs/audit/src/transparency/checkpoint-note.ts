import { type KeyObject, createHash, createPublicKey, sign, verify } from 'node:crypto';

/**
 * Signed checkpoints in the C2SP formats (c2sp.org/tlog-checkpoint, c2sp.org/signed-note), so
 * outside tools read them: origin, tree size, base64 root hash, then one extension line with the
 * time; a blank line; one signature line per key: "— <name> base64(key hash[4] ‖ Ed25519 signature)".
 */
export interface Checkpoint {
  origin: string;
  size: number;
  /** Root hash, base64 (as in the note). */
  rootHash: string;
  /** When it was signed, ISO 8601. */
  time: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** The signed note, byte for byte what the signature covers plus its signature line. */
  note: string;
  /** `<name>+<key hash, 8 hex digits>`: the id of the key that signed it. */
  keyId: string;
}

/** A public key an auditor trusts, as the log lists it (and records it in the log itself). */
export interface CheckpointKey {
  keyId: string;
  name: string;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  /** C2SP verifier key: `<name>+<hash>+base64(0x01 ‖ key)`. */
  verifierKey: string;
}

const ED25519 = 0x01;
const DASH = '\u2014';

/** Ed25519 key hash of signed-note: the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key). */
function keyHash(name: string, rawKey: Buffer): Buffer {
  return createHash('sha256')
    .update(`${name}\n`)
    .update(Buffer.from([ED25519]))
    .update(rawKey)
    .digest()
    .subarray(0, 4);
}

/** The public description of an Ed25519 key under a note name. */
export function checkpointKey(name: string, publicKey: KeyObject): CheckpointKey {
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const hash = keyHash(name, raw).toString('hex');
  return {
    keyId: `${name}+${hash}`,
    name,
    publicKey: raw.toString('base64'),
    verifierKey: `${name}+${hash}+${Buffer.concat([Buffer.from([ED25519]), raw]).toString('base64')}`,
  };
}

export function checkpointBody(checkpoint: Checkpoint): string {
  return `${checkpoint.origin}\n${checkpoint.size}\n${checkpoint.rootHash}\ntime ${checkpoint.time}\n`;
}

/** Signs a checkpoint with the log's private key (whose public half `key` describes). */
export function signCheckpoint(
  checkpoint: Checkpoint,
  privateKey: KeyObject,
  key: CheckpointKey,
): SignedCheckpoint {
  const body = checkpointBody(checkpoint);
  const signature = sign(null, Buffer.from(body), privateKey);
  const hash = Buffer.from(key.keyId.slice(key.name.length + 1), 'hex');
  const line = `${DASH} ${key.name} ${Buffer.concat([hash, signature]).toString('base64')}\n`;
  return { ...checkpoint, note: `${body}\n${line}`, keyId: key.keyId };
}

export type CheckpointFailure = 'malformed' | 'unknown-key' | 'bad-signature';
export type CheckpointCheck =
  | { ok: true; checkpoint: Checkpoint; keyId: string }
  | { ok: false; failure: CheckpointFailure; detail: string };

const MAX_NOTE = 4096;

/** Parses a signed note and checks its signature against the keys the auditor trusts. */
export function verifyCheckpointNote(note: string, keys: readonly CheckpointKey[]): CheckpointCheck {
  const bad = (failure: CheckpointFailure, detail: string): CheckpointCheck => ({
    ok: false,
    failure,
    detail,
  });
  if (typeof note !== 'string' || note.length > MAX_NOTE)
    return bad('malformed', 'not a note of at most 4 KiB');
  const split = note.indexOf('\n\n');
  if (split < 0) return bad('malformed', 'no blank line between text and signatures');
  const body = note.slice(0, split + 1);
  const lines = body.split('\n');
  const [origin, sizeText, rootHash, timeLine] = lines;
  if (!/^[1-9]\d{0,15}$|^0$/.test(sizeText ?? '')) return bad('malformed', 'the tree size is not a number');
  if (Buffer.from(rootHash ?? '', 'base64').length !== 32)
    return bad('malformed', 'the root hash is not 32 bytes');
  const time = /^time (\S+)$/.exec(timeLine ?? '')?.[1];
  if (!origin || !time || Number.isNaN(Date.parse(time)))
    return bad('malformed', 'no origin or no time line');
  const checkpoint: Checkpoint = { origin, size: Number(sizeText), rootHash, time };
  const signatures = note
    .slice(split + 2)
    .split('\n')
    .filter((line) => line.length > 0);
  let unknown = '';
  for (const line of signatures) {
    const match = new RegExp(`^${DASH} (\\S+) ([A-Za-z0-9+/=]+)$`).exec(line);
    if (!match) return bad('malformed', 'a signature line is not "— <name> <base64>"');
    const raw = Buffer.from(match[2], 'base64');
    const keyId = `${match[1]}+${raw.subarray(0, 4).toString('hex')}`;
    const key = keys.find((k) => k.keyId === keyId);
    if (!key) {
      unknown = keyId;
      continue;
    }
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.publicKey, 'base64').toString('base64url') },
      format: 'jwk',
    });
    if (!verify(null, Buffer.from(body), publicKey, raw.subarray(4))) {
      return bad('bad-signature', `the signature of ${keyId} does not verify`);
    }
    return { ok: true, checkpoint, keyId };
  }
  return bad('unknown-key', unknown ? `signed by ${unknown}, a key not trusted` : 'no signature');
}
