import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FieldProblem, ImportReport, RowProblem } from '@app/contract';
import { DomainError } from '@app/domain';
import { errorResponse } from '../common/error-response';
import { compileValidity } from '../common/compiled-validity';
import { fieldProblems } from '../common/validation';
import type { ImportColumn, ImportRow } from '../import';
import { checkCellTexts } from '../import/cell-text';

export type RowOutcome = 'created' | 'updated' | 'unchanged';

/** A row that cannot be read into the DTO's shape (e.g. a department name several share). */
export class RowRefusal {
  constructor(readonly problems: FieldProblem[]) {}
}

export interface ImportPlan<Dto extends object> {
  columns: readonly ImportColumn[];
  dto: new () => Dto;
  /**
   * Turns a row's text cells into the DTO's plain shape (lists split, flags and numbers read,
   * names resolved to ids), or says why it cannot.
   */
  toPlain(values: Record<string, string>): Record<string, unknown> | RowRefusal;
  /** Applies one valid row; refusals (a DomainError) are reported against the row. */
  apply(dto: Dto, row: number): Promise<RowOutcome>;
  /**
   * What a row is about (an entity's code, a person's ID-card number): rows with the same key are
   * applied one after another in sheet order, so the last one wins and each reads what the one
   * before wrote; other rows go in parallel.
   */
  keyOf?(plain: Record<string, unknown>): string | undefined;
  /**
   * Applies a chunk of valid rows (in sheet order, several of one key among them) at once: read,
   * decided and appended together, with what became of each row. A row answered `retry` (its
   * stream changed under the chunk) goes through `apply`, after the chunk, in sheet order. When
   * given, `apply` serves only those rows.
   */
  applyChunk?(rows: readonly ValidRow<Dto>[]): Promise<ChunkResult>;
}

/** What became of a row of a chunk: applied, refused (the error the row's command would throw), or to retry. */
export type ChunkOutcome = RowOutcome | { refused: unknown } | 'retry';

export interface ChunkResult {
  outcomes: ReadonlyMap<number, ChunkOutcome>;
  /** Global position of the last event the chunk appended, if any. */
  position?: number;
}

export interface ValidRow<Dto> {
  row: number;
  dto: Dto;
}

/** A row that passed validation, with its key, waiting in a chunk. */
interface PendingRow<Dto> extends ValidRow<Dto> {
  key: string | undefined;
}

const MAX_LISTED_ERRORS = 10_000;
const compiledChecks = new Map<new () => object, ((instance: object) => boolean) | undefined>();

/** The DTO's class-validator rules compiled once (compiled-validity.ts). */
function compiledValidity<Dto extends object>(type: new () => Dto): ((instance: Dto) => boolean) | undefined {
  if (!compiledChecks.has(type)) compiledChecks.set(type, compileValidity(type) as never);
  return compiledChecks.get(type);
}
/** Rows in flight at once: enough for appends to share commits, few enough to bound memory. */
const CONCURRENCY = 128;
/** Valid rows applied together (ImportPlan.applyChunk): read in one go, appended in one commit. */
const CHUNK = 256;

/**
 * Applies every valid row and reports every invalid one (`{ row, column, reason }`) without
 * stopping; rows are pulled from the file as they are applied, so memory stays bounded.
 */
export async function runImport<Dto extends object>(
  rows: AsyncIterable<ImportRow>,
  unknownColumns: string[],
  plan: ImportPlan<Dto>,
): Promise<ImportReport> {
  const report: ImportReport = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    unknownColumns,
    errors: [],
    errorsTruncated: false,
  };
  const headers = new Map(plan.columns.map((c) => [c.field, c.zh]));
  const reject = (problems: RowProblem[]): void => {
    report.rejected += 1;
    for (const problem of problems) {
      if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push(problem);
      else report.errorsTruncated = true;
    }
  };
  const valid = compiledValidity(plan.dto);
  const validated = (row: number, plain: Record<string, unknown>): Dto | undefined => {
    // Most rows are valid: the compiled check says so without class-validator's walk (it is run
    // only for a row to refuse, for its messages).
    const instance = Object.assign(new plan.dto(), plain);
    if (valid?.(instance)) return instance;
    const dto = plainToInstance(plan.dto, plain);
    const invalid = fieldProblems(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (invalid.empty) return dto;
    reject(
      invalid.listed.map((p) => {
        const field = p.field.split('.')[0];
        return { row, column: headers.get(field) ?? field, ...p, field };
      }),
    );
    return undefined;
  };
  /** Reports a refused row; an error that is not a refusal (the store failing) ends the import. */
  const refuse = (row: number, error: unknown): void => {
    if (!(error instanceof DomainError) && errorResponse(error).statusCode >= 500) throw error;
    const answer = errorResponse(error);
    // A row for another department is the department cell's fault: the report points at it.
    const atDepartment = answer.code === 'OTHER_DEPARTMENT' && headers.has('departmentId');
    reject([
      {
        row,
        ...(atDepartment ? { column: headers.get('departmentId'), field: 'departmentId' } : {}),
        reason: `${answer.code}: ${answer.message}`,
        code: answer.code,
        ...(answer.details === undefined ? {} : { details: answer.details }),
      },
    ]);
  };
  const one = async (row: number, dto: Dto): Promise<void> => {
    try {
      report[await plan.apply(dto, row)] += 1;
    } catch (error) {
      refuse(row, error);
    }
  };

  const inFlight = new Set<Promise<void>>();
  const lastOfKey = new Map<string, Promise<void>>();
  const dispatch = async ({ row, dto, key }: PendingRow<Dto>): Promise<void> => {
    const before = key === undefined ? undefined : lastOfKey.get(key);
    const task: Promise<void> = (before ? before.then(() => one(row, dto)) : one(row, dto)).finally(() => {
      inFlight.delete(task);
      if (key !== undefined && lastOfKey.get(key) === task) lastOfKey.delete(key);
    });
    if (key !== undefined) lastOfKey.set(key, task);
    inFlight.add(task);
    if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
  };
  const chunk: PendingRow<Dto>[] = [];
  const applyChunk = async (rows: PendingRow<Dto>[], apply: NonNullable<typeof plan.applyChunk>) => {
    const { outcomes } = await apply(rows);
    const retries: PendingRow<Dto>[] = [];
    for (const pending of rows) {
      const outcome = outcomes.get(pending.row);
      if (outcome === undefined || outcome === 'retry') retries.push(pending);
      else if (typeof outcome === 'string') report[outcome] += 1;
      else refuse(pending.row, outcome.refused);
    }
    // Rare (a command changed one of the chunk's entities meanwhile): one at a time, in sheet order.
    for (const { row, dto } of retries) await one(row, dto);
  };
  // The chunk being applied while the next one is read and validated. One at a time: each reads
  // the streams the one before it wrote. The api's thread parses while a commit waits its turn.
  let applying: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const rows = chunk.splice(0);
    if (!plan.applyChunk) {
      for (const pending of rows) await dispatch(pending);
      return;
    }
    await applying;
    applying = applyChunk(rows, plan.applyChunk.bind(plan));
    // Raised where it is awaited (the next flush, or the end), never as an unhandled rejection.
    applying.catch(() => undefined);
  };

  for await (const { row, values } of rows) {
    report.rows += 1;
    const cells = checkCellTexts(values);
    if (cells.problems.length > 0) {
      reject(cells.problems.map((p) => ({ row, column: headers.get(p.field) ?? p.field, ...p })));
      continue;
    }
    const plain = plan.toPlain(cells.values);
    if (plain instanceof RowRefusal) {
      reject(plain.problems.map((p) => ({ row, column: headers.get(p.field) ?? p.field, ...p })));
      continue;
    }
    const dto = validated(row, plain);
    if (dto === undefined) continue;
    chunk.push({ row, dto, key: plan.keyOf?.(plain) });
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  await applying;
  await Promise.all(inFlight);
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}

/** Splits a list cell on the separators officials type: ; ； , ， 、 and line breaks. */
export function listCell(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(/[;；,，、\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

/** 是/否, yes/no, true/false, 1/0; anything else is left as text for validation to refuse. */
export function flagCell(text: string | undefined): boolean | string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return text;
}

export function numberCell(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

/** A value given by its Chinese label or its code, e.g. 企业 → enterprise. */
export function labelledCell(text: string | undefined, labels: Record<string, string>): string | undefined {
  if (text === undefined) return undefined;
  return labels[text.trim()] ?? text.trim();
}
