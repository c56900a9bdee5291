import { MemoryMerkleTree, eventLeafHash } from '@app/audit';
import { ChainingEventStore, type EventStore, PostgresEventStore } from '@app/event-store';
import { collect, testEvent } from '@app/event-store/testing/event-store.contract';
import { eventually } from '@app/event-store/testing/eventually';
import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { type Relay, startRelay, throughRelay } from '@app/event-store/testing/tcp-relay';
import { generateKeyPairSync } from 'node:crypto';
import { Pool } from 'pg';
import { TileReader } from '../tile-reader';
import { TransparencyLog } from '../transparency-log';
import type { TransparencyStore } from '../transparency-store.port';
import { PostgresTransparencyStore } from './postgres-transparency-store';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const options = {
  origin: 'test/outage',
  // No checkpoint is signed here: the tree is what is checked.
  checkpointEvery: 1_000_000,
  checkpointMinutes: 1440,
  signer: { privateKey, publicKey },
  // Short waits between tries, so the test follows the outage closely (the default is 50 ms to 5 s).
  retryWaitMs: { first: 5, longest: 20 },
};

/** The stored tree holds every event of the log, once, in log order, with the log's root. */
async function expectTreeEqualsLog(store: TransparencyStore, log: EventStore): Promise<void> {
  const events = await collect(log.readAll());
  const head = await store.head();
  expect(head).toEqual({ size: events.length, lastPosition: events.at(-1)?.position ?? 0 });
  for (const [index, event] of events.entries())
    expect(await store.leafByPosition(event.position)).toEqual({
      index,
      position: event.position,
      eventId: event.id,
    });
  const expected = new MemoryMerkleTree(events.map((event) => eventLeafHash(event.metadata.hash!)));
  expect((await new TileReader(store).root(head.size)).toString('hex')).toBe(expected.root().toString('hex'));
}

describePostgres('the transparency log through a PostgreSQL outage', (database) => {
  let relay: Relay;
  let pool: Pool;
  /** What writers append through: reachable all along, every event sealed. */
  let writer: PostgresEventStore;
  let sealed: EventStore;
  let appended = 0;
  const appendMore = async (count: number) => {
    for (let i = 0; i < count; i += 1)
      await sealed.appendToStream(`ledger-${(appended += 1) % 3}`, [testEvent('Tallied', { n: appended })], {
        expectedRevision: 'any',
      });
  };
  const caughtUp = (store: TransparencyStore) => async () =>
    (await store.head()).lastPosition >= (await writer.headPosition());

  beforeAll(async () => {
    relay = await startRelay(database().url);
    pool = new Pool({ connectionString: database().url, max: 4 });
    pool.on('error', () => undefined);
    writer = await PostgresEventStore.open(database().url, { poolSize: 2 });
    sealed = new ChainingEventStore(writer);
  });
  /** Stops what a test started, whether it passed or not (a log left running would write on). */
  let cleanUp: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanUp?.();
    cleanUp = undefined;
    if (!relay.listening) await relay.start();
  });
  afterAll(async () => {
    await writer.close();
    await relay.stop();
    await pool.end();
  });

  it('when the log cannot be read, waits, follows again from the stored tree, and the tree equals the log', async () => {
    await pool.query('TRUNCATE merkle_tiles, merkle_leaves, merkle_head').catch(() => undefined);
    const remote = await PostgresEventStore.open(throughRelay(database().url, relay), {
      poolSize: 2,
      pollIntervalMs: 20,
      connectTimeoutMs: 1000,
    });
    const store = await PostgresTransparencyStore.open(pool);
    const log = new TransparencyLog(remote, store, options);
    cleanUp = async () => {
      await log.stop();
      await remote.close();
    };
    await appendMore(10);
    await log.start();
    await eventually(caughtUp(store), 'the tree to take the first events');

    await relay.stop();
    // One answer is checked: between two retries the log reloads the stored tree and clears the
    // error for a moment, so a second status() may land in that gap on a busy machine.
    let during: Awaited<ReturnType<typeof log.status>> | undefined;
    await eventually(async () => {
      during = await log.status();
      return during.lastError !== undefined;
    }, 'the log to meet the outage');
    expect(during).toMatchObject({ running: true, size: 10 });
    expect(during?.lastError).toMatch(/^waiting for the store: /);
    await appendMore(11); // appended while the tree cannot read them

    await relay.start();
    await eventually(caughtUp(store), 'the tree to catch up after the outage');
    expect((await log.status()).lastError).toBeUndefined();
    await expectTreeEqualsLog(store, writer);
  });

  it('when the tree cannot be written, reloads what was stored once it can, and the tree equals the log', async () => {
    await pool.query('TRUNCATE merkle_tiles, merkle_leaves, merkle_head');
    const treePool = new Pool({ connectionString: throughRelay(database().url, relay), max: 2 });
    treePool.on('error', () => undefined);
    const real = await PostgresTransparencyStore.open(treePool);
    // The real store behind the relay, its refused writes counted (and passed on) to see the outage.
    const refused: unknown[] = [];
    const store: TransparencyStore = Object.assign(Object.create(real) as TransparencyStore, {
      commit: (...args: Parameters<TransparencyStore['commit']>) =>
        real.commit(...args).catch((error: unknown) => {
          refused.push(error);
          throw error;
        }),
    });
    const log = new TransparencyLog(writer, store, options);
    cleanUp = async () => {
      await log.stop();
      await treePool.end();
    };
    await log.start();
    await eventually(caughtUp(real), 'the tree to take the log so far');

    await relay.stop();
    await appendMore(7); // read from the log, but the tree cannot store them
    await eventually(() => refused.length > 0, 'a refused write of the tree');

    await relay.start();
    await eventually(caughtUp(real), 'the tree to catch up after the outage');
    expect(await log.status()).toMatchObject({ running: true });
    expect((await log.status()).lastError).toBeUndefined();
    await expectTreeEqualsLog(real, writer);
  });
});
