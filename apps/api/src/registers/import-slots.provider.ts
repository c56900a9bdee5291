import type { AppConfig } from '@app/runtime';
import { ImportSlots } from '../import';
import { APP_CONFIG } from '../stores/stores.providers';

export const IMPORT_SLOTS = Symbol('ImportSlots');

/** The imports this process reads at once (IMPORT_CONCURRENCY, default 2; docs/operations.md). */
export const importSlotsProvider = {
  provide: IMPORT_SLOTS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): ImportSlots => new ImportSlots(config.importConcurrency),
};
