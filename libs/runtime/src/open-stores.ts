import {
  type EventStore,
  SqliteEventStore,
  type UpcasterRegistry,
  UpcastingEventStore,
  ChainingEventStore,
  openSqliteDatabase,
  WalCheckpointer,
  WriteTurn,
} from '@app/event-store';
import { ProjectionHost, type ReadModelStore, SqliteReadModelStore } from '@app/read-store';
import {
  IdempotencyRecords,
  PersonalDataVault,
  type RecordStore,
  SqliteRecordStore,
} from '@app/record-store';
import {
  SqliteTransparencyStore,
  TransparencyLog,
  type TransparencyStore,
  loadSigningKey,
} from '@app/transparency-log';
import type Database from 'better-sqlite3';
import type { AnyDomainEvent } from '@app/domain';
import type { AppConfig } from './app-config';
import { domainUpcasters } from './domain-upcasters';
import { type PostgresStores, openPostgresStores } from './postgres-stores';
import type { MongoStores } from './mongo-stores';
import { projectionThreadStarter } from './projection-thread/projection-threads';
import { PROJECTION_THREAD } from './projection-thread/thread-messages';
import { WorkerProjectionThread } from './projection-thread/worker-projection-thread';

/*
 * MongoDB's and EventStoreDB's stores, and their drivers, are required only when the configuration
 * names that server (docs/operations.md, "Start-up"); pg loads when a PostgreSQL store opens.
 */
type MongoModule = typeof import('./mongo-stores');
type EsdbModule = typeof import('@app/event-store/eventstoredb/esdb-event-store');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mongoStores = (): MongoModule => require('./mongo-stores') as MongoModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const esdb = (): EsdbModule => require('@app/event-store/eventstoredb/esdb-event-store') as EsdbModule;

export interface Stores {
  events: EventStore;
  /** The log exactly as stored (not upcast): what the hash chains cover. */
  auditLog: EventStore;
  readModels: ReadModelStore;
  projections: ProjectionHost;
  /** Records kept outside the log: personal-data keys, idempotency answers (docs/record-store.md). */
  records: RecordStore;
  vault: PersonalDataVault;
  idempotency: IdempotencyRecords;
  /** The Merkle tree over the log and its signed checkpoints; built where the projections run. */
  transparency: TransparencyLog;
  /** The embedded log, where it is one: the projections' thread follows its appends (ADR 58). */
  sqliteLog?: SqliteEventStore;
  /** Where the data lives, for the start-up log. */
  describe(): string[];
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  /** The projections the host keeps: every app passes `allProjections` (the apps are the composition root). */
  projections: ConstructorParameters<typeof ProjectionHost>[2];
  /** Upcasters of the domain's events; by default those of domain-upcasters.ts. */
  upcasters?: UpcasterRegistry<AnyDomainEvent>;
  /** Overrides config.runProjections (apps/projector always runs them, the cli never does by itself). */
  runProjections?: boolean;
  /** This is the thread that runs the process's projections: the process keeps the WAL's checkpoints. */
  asProjectionThread?: boolean;
  /** That thread's turns at the file's write lock, shared with the process (ADR 58). */
  writeTurn?: SharedArrayBuffer;
  /** Where the projections' thread says it failed and was started again (default: console.error). */
  report?: (message: string) => void;
}

/**
 * The log, the read models and the transparency tree share one file and one WAL, and every
 * result writes a dozen index pages of read models beside its event. Checkpointing every 1,000
 * pages (SQLite's default) copied the same hot pages into the file again and again: a checkpoint
 * every ~20,000 pages (80 MiB of WAL at most between them) copies each once per checkpoint.
 */
const SHARED_WAL_PAGES = 20_000;
// With SQLITE_CHECKPOINT_MS (default 250 ms), a worker thread copies the WAL instead (ADR 55), and
// the writer's own connection checkpoints never.

/**
 * Opens the stores the configuration names: PostgreSQL for all of them when DATABASE_URL is set;
 * EventStoreDB when EVENTSTORE_URL is set, MongoDB when MONGODB_URL is set; otherwise one embedded
 * SQLite file shared by the log and the read models.
 */
export async function openStores(config: AppConfig, options: OpenStoresOptions): Promise<Stores> {
  let db: Database.Database | undefined;
  let checkpointer: WalCheckpointer | undefined;
  const embedded = (): Database.Database => {
    if (db) return db;
    const inWorker = config.sqliteFile !== ':memory:' && config.sqliteCheckpointMs > 0;
    db = openSqliteDatabase(config.sqliteFile, {
      synchronous: config.sqliteSynchronous,
      walAutocheckpointPages: inWorker ? 0 : SHARED_WAL_PAGES,
    });
    if (inWorker && !options.asProjectionThread)
      checkpointer = new WalCheckpointer(config.sqliteFile, {
        synchronous: config.sqliteSynchronous,
        intervalMs: config.sqliteCheckpointMs,
      });
    return db;
  };

  const pg: PostgresStores | undefined = config.databaseUrl
    ? await openPostgresStores(config.databaseUrl, { poolMax: config.pgPoolMax })
    : undefined;
  const runs = options.runProjections ?? config.runProjections;
  const embeddedOnly = !pg && !config.eventStoreUrl && !config.mongodbUrl;
  const startThread =
    embeddedOnly && runs && !options.asProjectionThread ? projectionThreadStart(config) : undefined;
  const writeTurn = options.writeTurn
    ? new WriteTurn(options.writeTurn)
    : startThread
      ? new WriteTurn()
      : undefined;
  const sqliteLog =
    pg || config.eventStoreUrl ? undefined : new SqliteEventStore(embedded(), writeTurn ? { writeTurn } : {});
  // Every stream is a hash chain (tamper evidence); readers see events upcast to their current shape.
  const sealed: EventStore = new ChainingEventStore(
    pg?.log ?? sqliteLog ?? new (esdb().EsdbEventStore)(config.eventStoreUrl!),
  );
  const events = new UpcastingEventStore(sealed, options.upcasters ?? domainUpcasters());
  const mongo: MongoStores | undefined =
    !pg && config.mongodbUrl
      ? await mongoStores().openMongoStores(config.mongodbUrl, { transactions: config.mongodbTransactions })
      : undefined;
  const readModels: ReadModelStore =
    pg?.readModels ?? mongo?.readModels ?? new SqliteReadModelStore(embedded(), writeTurn);
  const records: RecordStore = pg?.records ?? mongo?.records ?? new SqliteRecordStore(embedded());
  const thread =
    startThread && sqliteLog && writeTurn
      ? new WorkerProjectionThread(
          (appendedFlags) =>
            startThread({ [PROJECTION_THREAD]: true, config, appendedFlags, writeTurn: writeTurn.buffer }),
          sqliteLog,
          options.report ?? ((message) => console.error(message)),
        )
      : undefined;
  const transparencyStore: TransparencyStore =
    pg?.transparency ?? mongo?.transparency ?? new SqliteTransparencyStore(embedded(), writeTurn);
  const transparency = new TransparencyLog(sealed, transparencyStore, {
    origin: config.transparency.origin,
    checkpointEvery: config.transparency.checkpointEvery,
    checkpointMinutes: config.transparency.checkpointMinutes,
    ...(runs && !thread
      ? { signer: loadSigningKey(config.transparency.signingKeyFile, config.transparency.generateKey) }
      : {}),
  });
  const projections = new ProjectionHost(events, readModels, options.projections, {
    run: runs,
    readCacheEntries: config.readCacheEntries,
    ...(thread ? { thread } : {}),
  });
  return {
    events,
    auditLog: sealed,
    readModels,
    projections,
    records,
    vault: new PersonalDataVault(records),
    idempotency: new IdempotencyRecords(records),
    transparency,
    ...(sqliteLog ? { sqliteLog } : {}),
    describe: () => [
      pg
        ? `event store: PostgreSQL (DATABASE_URL=${pg.shownUrl})`
        : config.eventStoreUrl
          ? 'event store: EventStoreDB (EVENTSTORE_URL)'
          : `event store: embedded SQLite at ${config.sqliteFile} (synchronous=${config.sqliteSynchronous})`,
      pg
        ? 'read models, records and transparency log: PostgreSQL (DATABASE_URL)'
        : config.mongodbUrl
          ? `read models: MongoDB (MONGODB_URL, transactions ${config.mongodbTransactions ? 'on' : 'off'})`
          : `read models: embedded SQLite at ${config.sqliteFile}`,
      `projections: ${thread ? 'run in a thread of this process (PROJECTION_THREAD)' : runs ? 'run in this process' : 'kept by apps/projector'}`,
      `transparency log: ${runs ? `built and signed ${thread ? "in the projections' thread" : 'here'} (key ${config.transparency.signingKeyFile})` : 'served; built by apps/projector'}`,
    ],
    close: async () => {
      // What the WAL still holds is copied by the last connection's close.
      await checkpointer?.stop();
      await transparency.stop();
      await projections.stop();
      await transparencyStore.close();
      await readModels.close();
      await records.close();
      await events.close();
      await pg?.endPool();
      await mongo?.closeClient();
      if (db?.open) db.close();
    },
  };
}

/**
 * How to start the thread that runs the projections, where this program can start one (ADR 58) and
 * the configuration wants it: an SQLite file both threads open (an in-memory database is one
 * connection's own).
 */
function projectionThreadStart(config: AppConfig): ReturnType<typeof projectionThreadStarter> {
  const start = projectionThreadStarter();
  return config.projectionThread && config.sqliteFile !== ':memory:' ? start : undefined;
}
