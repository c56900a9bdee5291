import { randomUUID } from 'node:crypto';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { collect, eventStoreContract, testEvent } from '../testing/event-store.contract';
import { describePostgres } from '../testing/postgres-test-database';
import { PostgresEventStore } from './postgres-event-store';

describePostgres('PostgresEventStore', (database) => {
  eventStoreContract({ open: () => PostgresEventStore.open(database().url, { pollIntervalMs: 200 }) });

  describe('appends waiting together (one statement, one transaction)', () => {
    let store: PostgresEventStore;
    beforeEach(async () => {
      store = await PostgresEventStore.open(database().url);
    });
    afterEach(() => store.close());

    it('commits each that may be, and refuses the others alone', async () => {
      const taken = randomUUID();
      await store.appendToStream('batch-taken', [testEvent('First', {}, taken)], {
        expectedRevision: 'no_stream',
      });
      const retried = [testEvent('Once', {}, randomUUID())];
      const outcomes = await Promise.allSettled([
        store.appendToStream('batch-a', [testEvent('A0'), testEvent('A1')], {
          expectedRevision: 'no_stream',
        }),
        store.appendToStream('batch-b', [testEvent('B0', {}, taken)], { expectedRevision: 'any' }),
        store.appendToStream('batch-a', [testEvent('A2')], { expectedRevision: 5 }),
        store.appendToStream('batch-c', retried, { expectedRevision: 'no_stream' }),
        store.appendToStream('batch-c', retried, { expectedRevision: 'no_stream' }),
        store.appendToStream('batch-a', [testEvent('A2')], { expectedRevision: 1 }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual([
        'fulfilled',
        'rejected',
        'rejected',
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      const reason = (i: number) => (outcomes[i] as PromiseRejectedResult).reason as unknown;
      expect(reason(1)).toBeInstanceOf(DuplicateEventId);
      expect(reason(2)).toBeInstanceOf(WrongExpectedRevision);
      expect((outcomes[3] as PromiseFulfilledResult<unknown>).value).toEqual(
        (outcomes[4] as PromiseFulfilledResult<unknown>).value,
      );
      expect((await collect(store.readStream('batch-a'))).map((e) => e.type)).toEqual(['A0', 'A1', 'A2']);
      expect(await collect(store.readStream('batch-b'))).toEqual([]);
      expect(await collect(store.readStream('batch-c'))).toHaveLength(1);
      const positions = (await collect(store.readAll())).map((e) => e.position);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    });
  });
});
