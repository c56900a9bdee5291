import { hash, randomFillSync } from 'node:crypto';

/*
 * Event ids are UUIDs ordered by time (RFC 9562 version 7), so the store's unique index on them
 * grows at its end instead of at random pages: random v4 ids made batched appends six times
 * slower in the embedded store (docs/adr/0004-time-ordered-event-ids.md).
 */

const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
let lastMs = -1;
let counter = 0;

function randomBytes10(): Buffer {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 10);
  poolOffset += 10;
  return bytes;
}

function format(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * A new UUIDv7; ids made by one process increase strictly (a 12-bit counter within a millisecond).
 * Built as text directly: appends make one per event, and Buffer round trips cost more than the
 * rest of an append's JavaScript.
 */
export function newEventId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const time = lastMs.toString(16).padStart(12, '0');
  const r = randomBytes10();
  return (
    time.slice(0, 8) +
    '-' +
    time.slice(8) +
    '-' +
    HEX[0x70 | (counter >> 8)] +
    HEX[counter & 0xff] +
    '-' +
    HEX[(r[2] & 0x3f) | 0x80] +
    HEX[r[3]] +
    '-' +
    HEX[r[4]] +
    HEX[r[5]] +
    HEX[r[6]] +
    HEX[r[7]] +
    HEX[r[8]] +
    HEX[r[9]]
  );
}

// Version 7, or 8 as made here from a version 7 id: both begin with a millisecond timestamp.
const TIME_ORDERED = /^[0-9a-f]{8}-[0-9a-f]{4}-[78][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The id of the `index`-th event caused by a command: the same command always yields the same
 * ids, so a retried append is recognised as one (by the embedded store and by EventStoreDB).
 * A time-ordered command id (v7, or a v8 made here) lends its timestamp, keeping the ids
 * time-ordered. (UUID version 8.)
 */
export function deterministicEventId(commandId: string, index: number): string {
  // One-shot: an import derives two ids a row, and a Hash object per id cost more than the digest.
  const bytes = hash('sha256', `${commandId}\u0000${index}`, 'buffer').subarray(0, 16);
  if (TIME_ORDERED.test(commandId)) {
    Buffer.from(commandId.replace(/-/g, '').slice(0, 12), 'hex').copy(bytes, 0);
  }
  bytes[6] = 0x80 | (bytes[6] & 0x0f);
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return format(bytes);
}
