import type { Pool } from 'pg';
import type { ExpectedRevision } from '../event-store.port';
import type { IdentifiedEvent } from '../validate-append';

/** What the database answered for one append. */
export interface AppendOutcome {
  appended: boolean;
  lastRevision: number | null;
  lastPosition: number | null;
  /** A SQLSTATE when the append failed (a unique violation: its ids were used before). */
  failure?: string;
}

interface Job {
  stream: string;
  expected: ExpectedRevision;
  events: IdentifiedEvent[];
  resolve: (outcome: AppendOutcome) => void;
  reject: (error: unknown) => void;
}

type OutcomeRow = {
  appended: boolean;
  last_revision: string | null;
  last_position: string | null;
  failure?: string;
};

const outcome = (row: OutcomeRow): AppendOutcome => ({
  appended: row.appended,
  lastRevision: row.last_revision === null ? null : Number(row.last_revision),
  lastPosition: row.last_position === null ? null : Number(row.last_position),
  failure: row.failure ?? undefined,
});

/**
 * Sends a process's appends to the database, those that wait together in one statement. Appends
 * are serialised by the append lock anyway, so one statement at a time is as fast as several, and
 * a hundred appends waiting share one lock, one transaction and one commit (the embedded store's
 * group commit, here across the network).
 */
export class AppendBatcher {
  private queue: Job[] = [];
  private running = false;

  constructor(private readonly pool: Pool) {}

  submit(stream: string, expected: ExpectedRevision, events: IdentifiedEvent[]): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ stream, expected, events, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const jobs = this.queue;
      this.queue = [];
      try {
        const outcomes = jobs.length === 1 ? [await this.one(jobs[0])] : await this.many(jobs);
        jobs.forEach((job, i) => job.resolve(outcomes[i]));
      } catch (error) {
        for (const job of jobs) job.reject(error);
      }
    }
    this.running = false;
  }

  private async one(job: Job): Promise<AppendOutcome> {
    const { rows } = await this.pool.query<OutcomeRow>(
      'SELECT appended, last_revision, last_position FROM append_events($1, $2, $3, $4, $5, $6)',
      [job.stream, String(job.expected), ...columns(job.events)],
    );
    return outcome(rows[0]);
  }

  private async many(jobs: Job[]): Promise<AppendOutcome[]> {
    const events = jobs.flatMap((job) => job.events);
    const { rows } = await this.pool.query<OutcomeRow>(
      'SELECT * FROM append_batch($1, $2, $3, $4, $5, $6, $7)',
      [
        jobs.map((job) => job.stream),
        jobs.map((job) => String(job.expected)),
        jobs.map((job) => job.events.length),
        ...columns(events),
      ],
    );
    return rows.map(outcome);
  }
}

function columns(events: readonly IdentifiedEvent[]): [string[], string[], string[], string[]] {
  return [
    events.map((e) => e.id),
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => JSON.stringify(e.metadata)),
  ];
}
