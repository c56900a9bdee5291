import { SqliteEventStore, openSqliteDatabase, newEventId } from '@app/event-store';
import { ProjectionRunner, SqliteReadModelStore } from '@app/read-store';
import { tallyProjection } from '@app/read-store/testing/tally-projection';
import { existsSync } from 'node:fs';
async function main() {
  const file = '/tmp/rb1m.sqlite';
  const fresh = !existsSync(file);
  const db = openSqliteDatabase(file, { synchronous: 'NORMAL' });
  const events = new SqliteEventStore(db);
  const rm = new SqliteReadModelStore(db);
  if (fresh) {
    for (let n = 0; n < 1000000; n += 100)
      await events.appendToStream(
        'l-' + (n % 5000),
        Array.from({ length: 100 }, (_, k) => ({
          type: 'Tallied',
          data: { key: 'entity-' + (((n + k) * 7919) % 20000), amount: 1 },
          metadata: {
            actorId: 'inspector-1',
            actorRoles: ['inspector'],
            departmentId: 'dept-1',
            correlationId: newEventId(),
            causationId: newEventId(),
            occurredAt: '2026-11-25T08:00:00.000Z',
            schemaVersion: 1,
          },
        })),
        { expectedRevision: 'any' },
      );
    await events.close();
    console.log('filled');
    return;
  }
  const ns = 't' + Date.now();
  const head = await events.headPosition();
  const r = new ProjectionRunner(events, rm, tallyProjection(), ns, {
    batchSize: Number(process.env.B ?? 1000),
  });
  const t = performance.now();
  await r.start();
  await r.waitFor(head, 600000);
  console.log(Math.round((head / (performance.now() - t)) * 1000), 'events/s');
  await r.stop();
  await rm.drop(ns, ns);
  await events.close();
}
void main();
