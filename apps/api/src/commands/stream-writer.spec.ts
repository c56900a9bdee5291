import type { Decider, DomainEvent } from '@app/domain';
import {
  ChainingEventStore,
  type ReadStreamOptions,
  type RecordedEvent,
  SqliteEventStore,
  UpcasterRegistry,
  UpcastingEventStore,
  firstBrokenLink,
  openSqliteDatabase,
} from '@app/event-store';
import { type Projection, ProjectionHost, SqliteReadModelStore } from '@app/read-store';
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandMetrics } from '../metrics/command-metrics';
import { MetricsRegistry } from '../metrics/metrics-registry';
import type { CommandContext } from './command-context';
import { DecideCommand } from './decide.command';
import { StreamWriter } from './stream-writer';

type Add = { kind: 'Add'; n: number };
type Added = DomainEvent<'Added', { n: number }>;
/** A tally: each command adds to the sum; the state counts how many it has seen. */
const tally: Decider<Add, Added, { sum: number; seen: number }> = {
  initialState: () => ({ sum: 0, seen: 0 }),
  evolve: (state, event) => ({ sum: state.sum + event.data.n, seen: state.seen + 1 }),
  decide: (command) => [{ type: 'Added', data: { n: command.n } }],
};

/** The embedded store, noting every stream read it serves. */
class NotedReads extends SqliteEventStore {
  readonly reads: (ReadStreamOptions | undefined)[] = [];
  override readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    this.reads.push(options);
    return super.readStream(stream, options);
  }
}

/** The tally's sum as a read model. */
const sums: Projection<Added> = {
  name: 'sums',
  collections: [{ name: 'sums', indexes: [] }],
  eventTypes: ['Added'],
  apply: (event) => [
    {
      collection: 'sums',
      id: event.stream,
      update: (current) => ({ id: event.stream, sum: Number(current?.sum ?? 0) + event.data.n }),
    },
  ],
};

describe('StreamWriter', () => {
  let dir: string;
  let db: Database.Database;
  let log: NotedReads;
  let sealed: ChainingEventStore;
  let writers: StreamWriter[];
  let commandId = 0;

  const context = (): CommandContext => ({
    actor: { id: 'a1', name: 'A', roles: ['admin'], departmentId: 'd1' },
    rolesUsed: ['admin'],
    correlationId: 'c1',
    commandId: `0190f5c2-0000-7000-8000-${String((commandId += 1)).padStart(12, '0')}`,
    now: new Date('2026-12-07T00:00:00Z'),
  });
  /** A writer as one api process has it; two writers are two processes on one log. */
  const writer = () => {
    const events = new UpcastingEventStore(sealed, new UpcasterRegistry());
    const projections = new ProjectionHost(events, new SqliteReadModelStore(db), [], { run: false });
    const made = new StreamWriter({ events, projections }, new CommandMetrics(new MetricsRegistry()));
    writers.push(made);
    return made;
  };
  const add = (w: StreamWriter, n: number) =>
    w.execute(
      new DecideCommand('tally-1', tally, { kind: 'Add', n }, context(), { waitForReadModels: false }),
    );

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-writer-'));
    db = openSqliteDatabase(join(dir, 'log.sqlite'), { synchronous: 'NORMAL' });
    log = new NotedReads(db);
    sealed = new ChainingEventStore(log);
    writers = [];
  });
  afterEach(async () => {
    await sealed.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues commands on one stream: all appended in one chain, none refused', async () => {
    const w = writer();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => add(w, i)));
    expect(outcomes.map((o) => o.revision).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    expect(await firstBrokenLink(sealed.readStream('tally-1'))).toBeUndefined();
  });

  it('folds only newer events and seals onto the link it read, never reading the last event back', async () => {
    const w = writer();
    for (let n = 1; n <= 5; n += 1) await add(w, n);
    expect(log.reads.filter((options) => options?.direction === 'backwards')).toEqual([]);
    expect(log.reads.map((options) => options?.fromRevision)).toEqual([0, 1, 2, 3, 4]);
  });

  it('builds a command from the state it folds, reading the stream once', async () => {
    const w = writer();
    await add(w, 2);
    await add(w, 3);
    log.reads.length = 0;
    const seen: number[] = [];
    await w.execute(
      new DecideCommand(
        'tally-1',
        tally,
        (state) => {
          seen.push(state.sum);
          return { kind: 'Add', n: state.sum };
        },
        context(),
        { waitForReadModels: false },
      ),
    );
    expect(seen).toEqual([5]);
    expect(log.reads).toHaveLength(1);
  });

  /** A command built while another process appends to the stream: the append then conflicts once. */
  const raced = (w: StreamWriter, other: StreamWriter, options: { retryOnConflict?: boolean } = {}) => {
    const seen: number[] = [];
    const outcome = w.execute(
      new DecideCommand(
        'tally-1',
        tally,
        async (state) => {
          seen.push(state.sum);
          if (seen.length === 1) await add(other, 10);
          return { kind: 'Add', n: 100 };
        },
        context(),
        { ...options, waitForReadModels: false },
      ),
    );
    return { seen, outcome };
  };

  it('re-decides on fresh state when another process wrote meanwhile, keeping one chain', async () => {
    const here = writer();
    await add(here, 1);
    const { seen, outcome } = raced(here, writer());
    expect((await outcome).revision).toBe(2);
    expect(seen).toEqual([1, 11]);
    expect(await firstBrokenLink(sealed.readStream('tally-1'))).toBeUndefined();
  });

  it('refuses on a conflict when asked not to retry', async () => {
    const here = writer();
    await add(here, 1);
    const { outcome } = raced(here, writer(), { retryOnConflict: false });
    await expect(outcome).rejects.toMatchObject({ name: 'WrongExpectedRevision' });
  });
  describe('read-your-writes', () => {
    let host: ProjectionHost;
    const writerWith = (config?: { readModelWaitMs: number }) => {
      const events = new UpcastingEventStore(sealed, new UpcasterRegistry());
      host = new ProjectionHost(events, new SqliteReadModelStore(db), [sums]);
      return new StreamWriter(
        { events, projections: host },
        new CommandMetrics(new MetricsRegistry()),
        config,
      );
    };
    const addWaiting = (w: StreamWriter, n: number) =>
      w.execute(new DecideCommand('tally-1', tally, { kind: 'Add', n }, context(), {}));
    afterEach(() => host.stop());

    it('answers once the read models its events change have applied them', async () => {
      const w = writerWith();
      await host.start();
      await addWaiting(w, 2);
      await addWaiting(w, 3);
      expect(await host.collection('sums', 'sums').get('tally-1')).toMatchObject({ sum: 5 });
    });

    it('with READ_MODEL_WAIT_MS=0, answers once appended without asking the read models', async () => {
      const w = writerWith({ readModelWaitMs: 0 });
      await host.start();
      const waits = jest.spyOn(host, 'waitFor');
      const outcome = await addWaiting(w, 2);
      expect(outcome.position).toBe(1);
      expect(waits).not.toHaveBeenCalled();
    });
  });
});
