import { eventStoreContract } from '../testing/event-store.contract';
import { describePostgres } from '../testing/postgres-test-database';
import { PostgresEventStore } from './postgres-event-store';

describePostgres('PostgresEventStore', (database) => {
  eventStoreContract({ open: () => PostgresEventStore.open(database().url, { pollIntervalMs: 200 }) });
});
