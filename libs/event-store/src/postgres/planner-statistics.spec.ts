import { Pool } from 'pg';
import { testEvent } from '../testing/event-store.contract';
import { describePostgres } from '../testing/postgres-test-database';
import { PostgresEventStore } from './postgres-event-store';

describePostgres('the log’s planner statistics', (database) => {
  it('a log with rows and no statistics (as pg_restore leaves it) is analysed when a store opens', async () => {
    const admin = new Pool({ connectionString: database().url, max: 1 });
    const analysed = async () =>
      Number(
        (await admin.query<{ n: string }>("SELECT count(*) AS n FROM pg_stats WHERE tablename = 'events'"))
          .rows[0].n,
      );
    try {
      const first = await PostgresEventStore.open(database().url);
      // An empty log is left alone: there is nothing to measure.
      expect(await analysed()).toBe(0);
      await first.appendToStream('s-1', [testEvent('A'), testEvent('B')], { expectedRevision: 'any' });
      await first.close();
      // What autovacuum may have done meanwhile is undone: a log as restored.
      await admin.query("DELETE FROM pg_statistic WHERE starelid = 'events'::regclass");
      expect(await analysed()).toBe(0);
      const second = await PostgresEventStore.open(database().url);
      expect(await analysed()).toBeGreaterThan(0);
      await second.close();
    } finally {
      await admin.end();
    }
  });
});
