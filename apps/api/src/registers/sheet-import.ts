import type { ImportReport } from '@app/contract';
import { deterministicEventId } from '@app/event-store';
import type { Stores } from '@app/runtime';
import type { FastifyRequest } from 'fastify';
import type { DecisionOutcome } from '../commands/decide.command';
import { ApiError } from '../common/api-error';
import {
  type ByteSource,
  type ImportColumn,
  type ImportFormat,
  type ImportSlots,
  type UploadSpool,
  openImport,
} from '../import';
import {
  type ChunkResult,
  type ImportPlan,
  type RowOutcome,
  type ValidRow,
  runImport,
} from './import-runner';
import { receiveUploadedSheet } from './upload';

/** The OpenAPI body of an import: one file. */
export const FILE_UPLOAD = {
  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
};

/** Each row of an import is its own command, with an id derived from the import's. */
export function rowCommandId(importCommandId: string, row: number): string {
  return deterministicEventId(importCommandId, row);
}

export function rowOutcome(outcome: DecisionOutcome): RowOutcome {
  if (outcome.appended === 0) return 'unchanged';
  return outcome.revision + 1 === outcome.appended ? 'created' : 'updated';
}

/** What a register imports: its rows' commands, and (optionally) how it applies a chunk at once. */
export type SheetPlan<Dto extends object> = Omit<ImportPlan<Dto>, 'apply' | 'applyChunk'> & {
  apply(dto: Dto, row: number): Promise<DecisionOutcome>;
  /** As ImportPlan.applyChunk; awaits `beforeWrite` before it appends anything. */
  applyChunk?: (rows: readonly ValidRow<Dto>[], beforeWrite: () => Promise<void>) => Promise<ChunkResult>;
};

/**
 * Imports the uploaded sheet: each valid row applied as its own command, or a chunk's rows decided
 * each on its own and appended together (a refused row never undoes the others), and the answer
 * given once the read models show every row. The file is received whole, and read whole before
 * the first write, so a file that is too large or unreadable applies no row (a re-import that
 * writes nothing reads it once). At most `slots.size` imports are read at once; one more is refused
 * (503 IMPORT_BUSY) before its upload is read.
 */
export async function importUploadedSheet<Dto extends object>(
  request: FastifyRequest,
  stores: Stores,
  uploads: { spool: UploadSpool; slots: ImportSlots },
  plan: SheetPlan<Dto>,
): Promise<ImportReport> {
  const slot = uploads.slots.tryTake();
  if (slot === undefined) throw importBusy(uploads.slots.size);
  try {
    return await importInSlot(request, stores, uploads.spool, plan);
  } finally {
    slot.release();
  }
}

/** Seconds a refused import is told to wait: imports of ordinary files take about that long. */
const BUSY_RETRY_AFTER_SECONDS = 30;

function importBusy(slots: number): ApiError {
  return new ApiError(
    503,
    'IMPORT_BUSY',
    `${slots} imports are being read already; try again shortly`,
    { concurrentImports: slots, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
    BUSY_RETRY_AFTER_SECONDS,
  );
}

async function importInSlot<Dto extends object>(
  request: FastifyRequest,
  stores: Stores,
  spool: UploadSpool,
  plan: SheetPlan<Dto>,
): Promise<ImportReport> {
  const upload = await receiveUploadedSheet(request, spool);
  try {
    let wholeRead: Promise<void> | undefined;
    const beforeWrite = (): Promise<void> =>
      (wholeRead ??= readWhole(upload.file, upload.format, plan.columns));
    const sheet = await openImport(upload.file, upload.format, plan.columns);
    let lastPosition = 0;
    const { applyChunk, ...rest } = plan;
    const report = await runImport<Dto>(sheet.rows, sheet.unknownHeaders, {
      ...rest,
      apply: async (dto, row) => {
        await beforeWrite();
        const outcome = await plan.apply(dto, row);
        lastPosition = Math.max(lastPosition, outcome.position ?? 0);
        return rowOutcome(outcome);
      },
      ...(applyChunk
        ? {
            applyChunk: async (rows) => {
              const result = await applyChunk(rows, beforeWrite);
              lastPosition = Math.max(lastPosition, result.position ?? 0);
              return result;
            },
          }
        : {}),
    });
    // One wait for the read models, at the end: the answer promises they show every row.
    if (lastPosition > 0) await stores.projections.waitFor(lastPosition, 30_000).catch(() => undefined);
    return report;
  } finally {
    await upload.file.close();
  }
}

/** Reads every row without applying any: throws what reading the file would throw. */
async function readWhole(
  file: ByteSource,
  format: ImportFormat,
  columns: readonly ImportColumn[],
): Promise<void> {
  const sheet = await openImport(file, format, columns);
  for await (const _ of sheet.rows) {
    // only read
  }
}
