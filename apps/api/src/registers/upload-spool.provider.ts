import { join } from 'node:path';
import type { AppConfig } from '@app/runtime';
import { UploadSpool } from '../import';
import { APP_CONFIG } from '../stores/stores.providers';

export const UPLOAD_SPOOL = Symbol('UploadSpool');

/** The spool of uploads under the data directory, emptied at start-up of what a crash left. */
export const uploadSpoolProvider = {
  provide: UPLOAD_SPOOL,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<UploadSpool> => {
    const spool = new UploadSpool(join(config.dataDir, 'import-uploads'));
    await spool.clean();
    return spool;
  },
};
