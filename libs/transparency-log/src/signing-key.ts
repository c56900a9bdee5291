import { type KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * The log's Ed25519 key: from a PEM file the deployment provides, or, in the embedded default,
 * generated once and kept (owner-only) in the data directory. A key of another type is refused.
 */
export function loadSigningKey(file: string, generateIfMissing: boolean): SigningKey {
  if (!existsSync(file)) {
    if (!generateIfMissing) throw new Error(`No transparency signing key at ${file}`);
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    // 'wx': if another process made the key meanwhile, keep theirs (read below).
    try {
      writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const privateKey = createPrivateKey(readFileSync(file));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `The transparency signing key at ${file} is ${privateKey.asymmetricKeyType}, not Ed25519`,
    );
  }
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
