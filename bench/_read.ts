import { SqliteEventStore, openSqliteDatabase } from '@app/event-store';
const store = new SqliteEventStore(openSqliteDatabase('/tmp/f.sqlite', { synchronous: 'NORMAL' }));
async function main() {
  for (let r = 0; r < 2; r++) {
    const t = performance.now();
    let n = 0;
    for await (const e of store.readAll()) {
      if (e.position) n++;
    }
    console.log(n, Math.round((n / (performance.now() - t)) * 1000), 'events/s');
  }
}
void main();
