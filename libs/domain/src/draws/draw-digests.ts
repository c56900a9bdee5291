import { toHex } from './sha256';
import { Sha256Hasher, sha256 } from './sha256-js';
import { compareUtf8 } from './utf8-order';

/** SHA-256 over the selected ids, sorted, one per line. */
export function selectedDigest(ids: readonly string[]): string {
  return toHex(
    sha256([
      [...ids]
        .sort(compareUtf8)
        .map((id) => `${id}\n`)
        .join(''),
    ]),
  );
}

/** The pool digest, fed lines in id order and hashed in chunks. */
export class PoolDigest {
  private readonly hasher = new Sha256Hasher();
  private chunk = '';

  add(entityId: string, stratum: string): void {
    this.chunk += `${entityId}\t${stratum}\n`;
    if (this.chunk.length > 65_536) {
      this.hasher.update(this.chunk);
      this.chunk = '';
    }
  }

  finish(): string {
    this.hasher.update(this.chunk);
    return toHex(this.hasher.digest());
  }
}
