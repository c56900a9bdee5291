/**
 * Runs the tally projection over a data file until killed (the crash test's child process).
 * Usage: node --import tsx projection-child.ts <data file> <batch size>
 */
import { SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import { ProjectionHost } from '../projections/projection-host';
import { SqliteReadModelStore } from '../sqlite/sqlite-read-model-store';
import { tallyProjection } from './tally-projection';

async function main(): Promise<void> {
  const [file, batchSize] = process.argv.slice(2);
  const db = openSqliteDatabase(file, { synchronous: 'NORMAL' });
  const host = new ProjectionHost(
    new SqliteEventStore(db),
    new SqliteReadModelStore(db),
    [tallyProjection()],
    {
      batchSize: Number(batchSize),
    },
  );
  await host.start();
  process.stdout.write('started\n');
}

void main();
