import { commitmentOf } from './seed-commitment';
import { selectedDigest } from './draw-digests';
import { seedMismatches } from './draw-key-v2';
import { DrawRun, inputsOfRecord, quotaBound } from './draw-run';
import {
  PUBLIC_DRAW_BUNDLE_FORMAT,
  type PublicDrawBundleHeader,
  readPublicDrawRow,
} from './public-draw-bundle';
import { compareUtf8 } from './utf8-order';

/** What differs between a bundle's draw and its re-run, first found first. */
export interface PublicDrawDifference {
  kind:
    | 'format'
    | 'truncated'
    | 'seed-commitment'
    | 'beacon'
    | 'frozen-position'
    | 'frozen-after-publication'
    | 'operator-trusted'
    | 'task-rules'
    | 'pool-size'
    | 'pool-digest'
    | 'exclusions'
    | 'quotas'
    | 'selected-digest'
    | 'drawn-list';
  /** What it is about: a seed's name, a field, a line number. */
  subject?: string;
  recorded?: string;
  recomputed?: string;
}

export interface PublicDrawVerdict {
  verified: boolean;
  differences: PublicDrawDifference[];
  poolSize: number;
  poolDigest: string;
  selectedDigest: string;
  quotas: Record<string, number>;
  /** The recomputed drawn list, strata in order. */
  selected: string[];
  entities: number;
}

const json = (v: unknown) => JSON.stringify(v ?? null);

/**
 * Re-runs a draw from its public bundle, line by line (docs/draw.md §7): the seeds against their
 * commitments, the beacon and frozen position against what the task recorded, then the pool
 * through the same sieve and draw as the api (DrawRun), compared with the record. Pure: the
 * browser, Node and the tests run it alike.
 */
export class PublicDrawCheck {
  private readonly differences: PublicDrawDifference[] = [];
  private header: PublicDrawBundleHeader | undefined;
  private run: DrawRun | undefined;
  private lastId: string | undefined;
  private entities = 0;
  private ended: number | undefined;
  private lineNumber = 0;

  /** One line of the file (without its LF); blank lines are ignored. */
  add(text: string): void {
    this.lineNumber += 1;
    if (text.trim() === '' || this.stopped()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.fail({ kind: 'format', subject: `line ${this.lineNumber}` });
    }
    if (!this.header) return this.start(value);
    if (this.ended !== undefined) return this.fail({ kind: 'format', subject: `line ${this.lineNumber}` });
    if (!Array.isArray(value)) {
      const end = (value as { end?: { entities?: unknown } } | null)?.end;
      if (typeof end?.entities !== 'number')
        return this.fail({ kind: 'format', subject: `line ${this.lineNumber}` });
      this.ended = end.entities;
      return;
    }
    const row = readPublicDrawRow(value);
    if ('problem' in row) return this.fail({ kind: 'format', subject: `line ${this.lineNumber}` });
    if (this.lastId !== undefined && compareUtf8(this.lastId, row.entityId) >= 0) {
      return this.fail({ kind: 'format', subject: `line ${this.lineNumber}` });
    }
    this.lastId = row.entityId;
    this.entities += 1;
    this.run!.add(row.entityId, row.profile, row.registered, row.checksThisYear);
  }

  /** The verdict, once every line has been given. */
  finish(): PublicDrawVerdict {
    const empty = { poolSize: 0, poolDigest: '', selectedDigest: '', quotas: {}, selected: [] };
    if (!this.header || !this.run) {
      if (!this.stopped()) this.fail({ kind: 'format', subject: 'line 1' });
      return this.verdict(empty);
    }
    if (this.ended === undefined || this.ended !== this.entities) {
      this.fail({
        kind: 'truncated',
        recorded: String(this.ended ?? '—'),
        recomputed: String(this.entities),
      });
    }
    if (this.stopped()) return this.verdict(empty);
    const { record: recorded, drawnIds } = this.header;
    const { record, outcome, exact } = this.run.finish();
    const compare = (kind: PublicDrawDifference['kind'], a: unknown, b: unknown, subject?: string) => {
      if (json(a) !== json(b)) {
        this.differences.push({
          kind,
          ...(subject ? { subject } : {}),
          recorded: json(a),
          recomputed: json(b),
        });
      }
    };
    compare('pool-size', recorded.poolSize, record.poolSize);
    if (!exact) this.differences.push({ kind: 'pool-size', subject: 'bound' });
    compare('pool-digest', recorded.poolDigest, record.poolDigest);
    compare('pool-size', recorded.poolSizes, record.poolSizes, 'poolSizes');
    compare('exclusions', recorded.exclusions, record.exclusions);
    compare('quotas', recorded.quotas, record.quotas);
    compare('selected-digest', recorded.selectedDigest, record.selectedDigest);
    compare('selected-digest', recorded.selectedCount, record.selectedCount, 'selectedCount');
    const selected = Object.values(outcome.selected).flat();
    compare('drawn-list', selectedDigest(drawnIds), recorded.selectedDigest);
    return this.verdict({
      poolSize: record.poolSize,
      poolDigest: record.poolDigest,
      selectedDigest: record.selectedDigest,
      quotas: record.quotas,
      selected,
    });
  }

  private start(value: unknown): void {
    const header = value as PublicDrawBundleHeader | null;
    if (
      header?.format !== PUBLIC_DRAW_BUNDLE_FORMAT ||
      typeof header.record !== 'object' ||
      typeof header.task !== 'object' ||
      !Array.isArray(header.drawnIds)
    ) {
      return this.fail({ kind: 'format', subject: 'line 1' });
    }
    this.header = header;
    this.checkInputs(header);
    const { record, task } = header;
    this.run = new DrawRun(task, inputsOfRecord(record), quotaBound(task, record.poolSize));
  }

  /** What the draw used against what the task had fixed before it: seeds, beacon, P, rules. */
  private checkInputs({
    record,
    task,
    commitments,
    beacon,
    frozen,
    operatorTrusted,
    inspectorSeeds,
  }: PublicDrawBundleHeader): void {
    const wrongSeed = (subject: string) => this.differences.push({ kind: 'seed-commitment', subject });
    if (record.seeds) {
      for (const name of seedMismatches(record.seeds, commitments)) wrongSeed(name);
    } else if (commitmentOf(record.seed) !== commitments.lead) {
      wrongSeed('lead');
    }
    for (const [departmentId, seed] of Object.entries(inspectorSeeds ?? {})) {
      const committed = commitments.inspectors[departmentId];
      if (committed && (!/^[0-9a-f]{64}$/.test(seed) || commitmentOf(seed) !== committed)) {
        wrongSeed(`inspectors.${departmentId}`);
      }
    }
    if (record.seeds) {
      if (beacon) {
        const used = record.beacon;
        if (
          !used ||
          beacon.value === null ||
          used.source !== beacon.source ||
          used.round !== beacon.round ||
          used.value !== beacon.value
        ) {
          this.differences.push({ kind: 'beacon', recorded: json(beacon), recomputed: json(used) });
        }
        if (!frozen || record.position !== frozen.position) {
          this.differences.push({
            kind: 'frozen-position',
            recorded: json(frozen?.position),
            recomputed: json(record.position),
          });
        } else if (Date.parse(frozen.frozenAt) >= Date.parse(beacon.publishedAt)) {
          this.differences.push({
            kind: 'frozen-after-publication',
            recorded: frozen.frozenAt,
            recomputed: beacon.publishedAt,
          });
        }
      } else if (json(record.operatorTrusted) !== json(operatorTrusted)) {
        this.differences.push({
          kind: 'operator-trusted',
          recorded: json(operatorTrusted),
          recomputed: json(record.operatorTrusted),
        });
      }
    }
    for (const field of ['criteria', 'sampling'] as const) {
      if (json(record[field]) !== json(task[field])) {
        this.differences.push({
          kind: 'task-rules',
          subject: field,
          recorded: json(task[field]),
          recomputed: json(record[field]),
        });
      }
    }
  }

  private fail(difference: PublicDrawDifference): void {
    this.differences.push(difference);
  }

  /** A malformed file is not read further: its first problem is the answer. */
  private stopped(): boolean {
    return this.differences.some((d) => d.kind === 'format');
  }

  private verdict(
    result: Omit<PublicDrawVerdict, 'verified' | 'differences' | 'entities'>,
  ): PublicDrawVerdict {
    return {
      verified: this.differences.length === 0,
      differences: this.differences,
      entities: this.entities,
      ...result,
    };
  }
}

/** Checks a whole bundle held as text (tests, small files, Node). */
export function checkPublicDrawBundle(text: string): PublicDrawVerdict {
  const check = new PublicDrawCheck();
  for (const line of text.split('\n')) check.add(line);
  return check.finish();
}
