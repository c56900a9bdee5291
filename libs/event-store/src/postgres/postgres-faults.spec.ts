import { storageRefusal } from '../sqlite/storage-refusal';
import { collect, testEvent } from '../testing/event-store.contract';
import { describePostgres } from '../testing/postgres-test-database';
import { Relay } from '../testing/tcp-relay';
import { PostgresEventStore } from './postgres-event-store';
import { postgresRefusal } from './postgres-refusal';

describePostgres('the PostgreSQL event store when the server goes away', (database) => {
  let relay: Relay;
  let store: PostgresEventStore;
  beforeEach(async () => {
    const url = new URL(database().url);
    relay = new Relay(url.hostname, Number(url.port));
    await relay.start();
    url.hostname = '127.0.0.1';
    url.port = String(relay.port);
    store = await PostgresEventStore.open(url.toString(), { poolSize: 2 });
  });
  afterEach(async () => {
    await store.close();
    await relay.stop();
  });

  it('refuses to open when no server answers, as a storage refusal', async () => {
    await relay.stop();
    const url = new URL(database().url);
    url.hostname = '127.0.0.1';
    url.port = String(relay.port);
    const error = await PostgresEventStore.open(url.toString()).catch((e: unknown) => e);
    expect(storageRefusal(error)).toBe('unavailable');
    await relay.start();
  });

  it('refuses appends and reads while the server is away, then serves again with nothing lost or doubled', async () => {
    const id = '0190f5c2-0000-7000-8000-0000000000a1';
    await store.appendToStream('task-1', [testEvent('Initiated')], { expectedRevision: 'no_stream' });
    await relay.stop();
    const append = await store
      .appendToStream('task-1', [testEvent('Drawn', {}, id)], { expectedRevision: 0 })
      .catch((e: unknown) => e);
    expect(storageRefusal(append)).toBe('unavailable');
    expect(storageRefusal(await collect(store.readStream('task-1')).catch((e: unknown) => e))).toBe(
      'unavailable',
    );
    expect((await store.status()).status).toBe('down');
    await relay.start();
    // The client retries with the same ids: recorded once, whether or not the first attempt landed.
    const retried = await store.appendToStream('task-1', [testEvent('Drawn', {}, id)], {
      expectedRevision: 0,
    });
    expect(retried.nextExpectedRevision).toBe(1);
    expect((await collect(store.readStream('task-1'))).map((e) => e.type)).toEqual(['Initiated', 'Drawn']);
    expect((await store.status()).status).toBe('up');
  });

  it('ends a subscription with a storage refusal when the server goes away', async () => {
    await store.appendToStream('task-2', [testEvent('Initiated')], { expectedRevision: 'no_stream' });
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    await iterator.next();
    await relay.stop();
    await store.appendToStream('task-2', [testEvent('Lost')], { expectedRevision: 0 }).catch(() => undefined);
    let error: unknown;
    try {
      for (;;) if ((await iterator.next()).done) break;
    } catch (e) {
      error = e;
    }
    expect(storageRefusal(error)).toBe('unavailable');
    await subscription.close();
    await relay.start();
  });
});

describe('PostgreSQL errors that are storage refusals', () => {
  it.each([
    [{ code: '08006' }, 'unavailable'],
    [{ code: '57P01' }, 'unavailable'],
    [{ code: '57P03' }, 'unavailable'],
    [{ code: '53300' }, 'unavailable'],
    [{ code: '25006' }, 'unavailable'],
    [{ code: '53100' }, 'full'],
    [{ code: 'ECONNREFUSED' }, 'unavailable'],
    [new Error('Connection terminated unexpectedly'), 'unavailable'],
    [{ code: '23505' }, undefined],
    [{ code: '42P01' }, undefined],
    [new Error('something else'), undefined],
  ])('%j is %s', (error, refusal) => {
    expect(postgresRefusal(error)).toBe(refusal);
    expect(storageRefusal(error)).toBe(refusal);
  });
});
