import { createHmac, createSecretKey } from 'node:crypto';
import type { Provider } from '@nestjs/common';
import { type AppConfig, type Stores, loadAuthSecret } from '@app/runtime';
import { APP_CONFIG, STORES } from '../../stores/stores.providers';
import { EntitySessions } from './entity-session';
import { LogOneTimeCodeSender, ONE_TIME_CODE_SENDER } from './one-time-code-sender';
import { OneTimeCodes } from './one-time-codes';

/** A key for one use, derived from the deployment's secret (HMAC with the use's name). */
function keyFor(config: AppConfig, use: string): Buffer {
  const secret = createSecretKey(Buffer.from(loadAuthSecret(config).secret));
  return createHmac('sha256', secret).update(use).digest();
}

/** The portal's entity access: the code sender (the log adapter by default), codes and sessions. */
export const entityAccessProviders: Provider[] = [
  {
    provide: ONE_TIME_CODE_SENDER,
    useFactory: (config: AppConfig) => new LogOneTimeCodeSender(config.dataDir),
    inject: [APP_CONFIG],
  },
  {
    provide: OneTimeCodes,
    useFactory: (stores: Stores, config: AppConfig) =>
      new OneTimeCodes(stores, keyFor(config, 'one-time-codes/v1')),
    inject: [STORES, APP_CONFIG],
  },
  {
    provide: EntitySessions,
    useFactory: (config: AppConfig) => new EntitySessions(keyFor(config, 'entity-sessions/v1')),
    inject: [APP_CONFIG],
  },
];
