import type { Sha256 } from '@app/domain';
import { createHash } from 'node:crypto';

/** The domain's SHA-256 port, from node:crypto. */
export const nodeSha256: Sha256 = (parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
