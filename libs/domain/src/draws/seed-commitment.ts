import { fromHex, toHex } from './sha256';
import { sha256 } from './sha256-js';

/**
 * A draw seed's commitment: SHA-256 over the seed's bytes, in lowercase hex (docs/draw.md §1).
 * Pure, so the api, the auditor's library and the console's browser check compute it alike.
 */
export function commitmentOf(seedHex: string): string {
  return toHex(sha256([fromHex(seedHex)]));
}
