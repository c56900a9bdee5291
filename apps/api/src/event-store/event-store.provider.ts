import { EsdbEventStore, type EventStore, SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';

export const EVENT_STORE = Symbol('EventStore');

/** Opens the store the configuration names: EventStoreDB when EVENTSTORE_URL is set, else embedded. */
export function openEventStore(config: AppConfig, logger = new Logger('EventStore')): EventStore {
  if (config.eventStoreUrl) {
    logger.log('Event store: EventStoreDB (EVENTSTORE_URL)');
    return new EsdbEventStore(config.eventStoreUrl);
  }
  logger.log(
    `Event store: embedded SQLite at ${config.sqliteFile} (synchronous=${config.sqliteSynchronous})`,
  );
  return new SqliteEventStore(
    openSqliteDatabase(config.sqliteFile, { synchronous: config.sqliteSynchronous }),
  );
}

/** Closes the store when the application shuts down. */
@Injectable()
export class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
