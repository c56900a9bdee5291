import type Database from 'better-sqlite3';
import type { WriteTurn } from './write-turn';

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Pending<J, R> {
  job: J;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: jobs submitted during one turn of the event loop run in one write transaction,
 * each in its own savepoint, so a refused job rolls back alone and the rest commit together.
 * A commit costs the same few dozen system calls whether it carries one append or a hundred, so
 * concurrent callers (many officials at once) share them. No promise settles before its commit.
 */
export class GroupCommit<J, R> {
  private queue: Pending<J, R>[] = [];
  private scheduled = false;
  private readonly one: Database.Transaction<(job: J) => R>;
  private readonly many: Database.Transaction<(jobs: J[]) => Outcome<R>[]>;
  private readonly journals: JournalsInMemory;

  constructor(
    db: Database.Database,
    run: (job: J) => R,
    private readonly committed: () => void = () => undefined,
    /** Runs each group's transaction (e.g. under other connection settings). */
    private readonly around: <T>(transaction: () => T) => T = (transaction) => transaction(),
    /** Turns at the file's write lock shared with another thread (ADR 58): a group waits for its turn. */
    private readonly turn?: WriteTurn,
  ) {
    this.journals = new JournalsInMemory(db);
    this.one = db.transaction(run);
    // Called inside `many`, `one` runs as a savepoint.
    this.many = db.transaction((jobs: J[]) => jobs.map((job) => attempt(() => this.one(job))));
  }

  submit(job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Runs what is queued now. While the other thread holds the turn the group waits without
   * blocking, and what is submitted meanwhile joins it.
   */
  flush(): void {
    if (!this.turn) return this.commitQueued();
    if (!this.turn.tryTake()) {
      this.scheduled = true;
      void this.turn.untilFree().then(() => this.flush());
      return;
    }
    try {
      this.commitQueued();
    } finally {
      this.turn.release();
    }
  }

  /** Runs what is queued now, waiting for the turn: before the database closes. */
  flushNow(): void {
    if (this.turn) this.turn.take(() => this.commitQueued());
    else this.commitQueued();
  }

  private commitQueued(): void {
    this.scheduled = false;
    const pending = this.queue;
    this.queue = [];
    if (pending.length === 0) return;
    let outcomes: Outcome<R>[];
    try {
      // IMMEDIATE takes the write lock at BEGIN: two processes never deadlock upgrading locks.
      outcomes = this.around(() =>
        this.journals.during(() =>
          pending.length === 1
            ? [attempt(() => this.one.immediate(pending[0].job))]
            : this.many.immediate(pending.map((p) => p.job)),
        ),
      );
    } catch (error) {
      for (const p of pending) p.reject(error);
      return;
    }
    if (outcomes.some((o) => o.ok)) this.committed();
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) pending[i].resolve(outcome.value);
      else pending[i].reject(outcome.error);
    });
  }
}

/**
 * Keeps the journals of a group's savepoints (and of its many-row statements) in memory while it
 * commits. With temporary storage on file, SQLite spills any of them past 64 KiB to a new file in
 * /var/tmp, created, written page by page and deleted within the commit: a read-model batch of a
 * few dozen pages did that on nearly every commit. A group's journal holds the pages it changes,
 * as its WAL frames do. Only during the commit: sorts and temporary tables of reads keep spilling
 * to file.
 */
class JournalsInMemory {
  constructor(private readonly db: Database.Database) {}

  // db.pragma each time: SQLite applies a temp_store setting when the statement is prepared.
  during<T>(commit: () => T): T {
    const store = this.db.pragma('temp_store', { simple: true }) as number;
    if (store === 2) return commit();
    this.db.pragma('temp_store = MEMORY');
    try {
      return commit();
    } finally {
      this.db.pragma(`temp_store = ${store}`);
    }
  }
}

function attempt<R>(run: () => R): Outcome<R> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}
