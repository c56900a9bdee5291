import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { RecordStore, ScrubOutcome } from './record-store.port';

/** Personal data encrypted under its person's key: what an event carries instead of the data. */
export interface SealedPersonalData {
  v: 1;
  /** Base64 of the 12-byte AES-GCM nonce. */
  iv: string;
  /** Base64 of the 16-byte authentication tag. */
  tag: string;
  /** Base64 of the ciphertext of the fields' JSON. */
  data: string;
}

export interface Erasure {
  /** There was a key or an identity to remove. */
  removed: boolean;
  /** Whether the store's files keep a copy of the old key (RecordStore.scrub). */
  scrubbed: ScrubOutcome;
}

/** The person was erased: nothing more can be sealed for them, nor claimed in their name. */
export class PersonErased extends Error {
  constructor(readonly personId: string) {
    super(`The personal data of ${personId} was erased`);
    this.name = 'PersonErased';
  }
}

/** The sealed value was not made by the vault for this person, or was altered since. */
export class SealedDataRejected extends Error {
  constructor(readonly personId: string) {
    super(`Sealed personal data of ${personId} failed authentication`);
    this.name = 'SealedDataRejected';
  }
}

const PERSON_KEYS = 'personKeys';
const IDENTITIES = 'identities';
const PERSON_IDENTITIES = 'personIdentities';
const VAULT = 'vault';
const IDENTITY_SECRET = 'identitySecret';
/** What replaces an erased person's key, so that a later seal fails instead of making a new key. */
const ERASED = 'erased';
const ALGORITHM = 'aes-256-gcm';
const TAG_BYTES = 16;

/**
 * Crypto-shredding (docs/record-store.md): personal data enters the event log only sealed with
 * a key per person kept in the record store; erasing the key makes every copy unreadable while
 * the log stays whole and replayable. Natural keys that are themselves personal data (an ID-card
 * number) are kept unique through keyed digests, released on erasure.
 */
export class PersonalDataVault {
  private identitySecret?: Promise<Buffer>;

  constructor(private readonly records: RecordStore) {}

  /** Encrypts the fields under the person's key, creating the key on first use. */
  async seal(personId: string, fields: Record<string, string>): Promise<SealedPersonalData> {
    const fresh = randomBytes(32).toString('base64');
    const existing = await this.records.putIfAbsent(PERSON_KEYS, personId, { value: fresh });
    const key = existing?.value ?? fresh;
    if (key === ERASED) throw new PersonErased(personId);
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, Buffer.from(key, 'base64'), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(personId, 'utf8'));
    const data = Buffer.concat([cipher.update(JSON.stringify(fields), 'utf8'), cipher.final()]);
    return {
      v: 1,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
  }

  /** The fields, or undefined once the person is erased; throws SealedDataRejected on tampering. */
  async open(personId: string, sealed: SealedPersonalData): Promise<Record<string, string> | undefined> {
    return openWith(await this.key(personId), personId, sealed);
  }

  /**
   * Opens for one answer: each person's key is read once however many values it opens, and at
   * most `concurrency` keys are read at a time. Short-lived: an erasure after it read a key is not
   * seen by it.
   */
  keyring(concurrency = 8): Keyring {
    return new Keyring((personId) => this.key(personId), concurrency);
  }

  private async key(personId: string): Promise<string | undefined> {
    const key = (await this.records.get(PERSON_KEYS, personId, Date.now()))?.value;
    return key === ERASED ? undefined : key;
  }

  /**
   * Destroys the person's key, so every value sealed for them is unreadable for good, releases
   * the identities they claimed, and scrubs the store's files of the old key (RecordStore.scrub).
   */
  async erase(personId: string): Promise<Erasure> {
    const previous = await this.records.get(PERSON_KEYS, personId, Date.now());
    await this.records.put(PERSON_KEYS, personId, { value: ERASED });
    const released = await this.releaseIdentities(personId);
    return {
      removed: (previous !== undefined && previous.value !== ERASED) || released > 0,
      scrubbed: await this.records.scrub(),
    };
  }

  async isErased(personId: string): Promise<boolean> {
    return (await this.records.get(PERSON_KEYS, personId, Date.now()))?.value === ERASED;
  }

  /**
   * Claims a natural key for the person, atomically: returns the person who holds it, which is
   * `personId` when newly claimed (or already theirs) and the earlier claimant otherwise.
   */
  async claimIdentity(kind: string, identity: string, personId: string): Promise<string> {
    if (await this.isErased(personId)) throw new PersonErased(personId);
    const digest = await this.digest(kind, identity);
    const holder = (await this.records.get(IDENTITIES, digest, Date.now()))?.value;
    if (holder !== undefined) return holder;
    // Listed before it is claimed: a crash in between must not leave a claim that erase cannot find.
    await this.listIdentity(personId, digest);
    const earlier = await this.records.putIfAbsent(IDENTITIES, digest, { value: personId });
    return earlier?.value ?? personId;
  }

  async findIdentity(kind: string, identity: string): Promise<string | undefined> {
    return (await this.records.get(IDENTITIES, await this.digest(kind, identity), Date.now()))?.value;
  }

  /** Frees every identity the person holds; returns how many. */
  async releaseIdentities(personId: string): Promise<number> {
    const digests: string[] = [];
    for (;;) {
      const listed = await this.records.get(PERSON_IDENTITIES, slotKey(personId, digests.length), Date.now());
      if (!listed) break;
      digests.push(listed.value);
    }
    let released = 0;
    for (const digest of digests) {
      // A listed identity may have been lost to an earlier claimant: leave theirs alone.
      if ((await this.records.get(IDENTITIES, digest, Date.now()))?.value !== personId) continue;
      if (await this.records.delete(IDENTITIES, digest)) released += 1;
    }
    // Last slot first, so that an interrupted release leaves a list the next one reads whole.
    for (let slot = digests.length - 1; slot >= 0; slot -= 1) {
      await this.records.delete(PERSON_IDENTITIES, slotKey(personId, slot));
    }
    return released;
  }

  /**
   * The person's identity list is a run of slots `<personId>#0`, `#1`, …, each taken with
   * putIfAbsent, so that concurrent claims in any process append without losing one another.
   */
  private async listIdentity(personId: string, digest: string): Promise<void> {
    for (let slot = 0; ; slot += 1) {
      const taken = await this.records.putIfAbsent(PERSON_IDENTITIES, slotKey(personId, slot), {
        value: digest,
      });
      if (taken === undefined || taken.value === digest) return;
    }
  }

  /** HMAC keyed with a secret shared through the store, so a digest cannot be guessed offline. */
  private async digest(kind: string, identity: string): Promise<string> {
    const secret = await this.secret();
    return createHmac('sha256', secret).update(`${kind}\u0000${identity}`, 'utf8').digest('base64url');
  }

  private secret(): Promise<Buffer> {
    this.identitySecret ??= (async () => {
      const fresh = randomBytes(32).toString('base64');
      const existing = await this.records.putIfAbsent(VAULT, IDENTITY_SECRET, { value: fresh });
      return Buffer.from(existing?.value ?? fresh, 'base64');
    })().catch((error: unknown) => {
      this.identitySecret = undefined;
      throw error;
    });
    return this.identitySecret;
  }
}

function slotKey(personId: string, slot: number): string {
  return `${personId}#${slot}`;
}

/** The fields sealed with `key` (undefined: the person is erased); SealedDataRejected on tampering. */
function openWith(
  key: string | undefined,
  personId: string,
  sealed: SealedPersonalData,
): Record<string, string> | undefined {
  if (key === undefined) return undefined;
  if (sealed.v !== 1) throw new SealedDataRejected(personId);
  try {
    const decipher = createDecipheriv(
      ALGORITHM,
      Buffer.from(key, 'base64'),
      Buffer.from(sealed.iv, 'base64'),
      {
        authTagLength: TAG_BYTES,
      },
    );
    decipher.setAAD(Buffer.from(personId, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const json = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    return JSON.parse(json.toString('utf8')) as Record<string, string>;
  } catch {
    throw new SealedDataRejected(personId);
  }
}

/** PersonalDataVault.keyring: the keys one answer needs, each read once, a few at a time. */
export class Keyring {
  private readonly keys = new Map<string, Promise<string | undefined>>();
  private readonly waiting: (() => void)[] = [];
  private reading = 0;

  constructor(
    private readonly read: (personId: string) => Promise<string | undefined>,
    private readonly concurrency: number,
  ) {}

  async open(personId: string, sealed: SealedPersonalData): Promise<Record<string, string> | undefined> {
    let key = this.keys.get(personId);
    if (!key) this.keys.set(personId, (key = this.limited(personId)));
    return openWith(await key, personId, sealed);
  }

  private async limited(personId: string): Promise<string | undefined> {
    // A slot freed goes straight to the next in line, so never more than `concurrency` read.
    if (this.reading >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.reading += 1;
    try {
      return await this.read(personId);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.reading -= 1;
    }
  }
}
