import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './app-config';

export interface AuthSecret {
  secret: string;
  /** 'env': AUTH_SECRET; 'file': the embedded default's secret in DATA_DIR. */
  source: 'env' | 'file';
  file?: string;
}

/**
 * The HS256 signing secret: AUTH_SECRET, or else (the embedded default) a random secret kept in
 * DATA_DIR/auth-secret, created on first start so that tokens outlive restarts.
 */
export function loadAuthSecret(config: AppConfig): AuthSecret {
  if (config.authSecret) return { secret: config.authSecret, source: 'env' };
  const file = join(config.dataDir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    // 'wx': two processes starting at once never overwrite each other's secret.
    try {
      writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { secret: readFileSync(file, 'utf8').trim(), source: 'file', file };
}
