import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';

/** One entity draw as the ledger holds it: enough for anyone to finish recording it (ADR 44). */
export interface DrawLedgerEntry {
  taskId: string;
  /** Every input the draw was computed from, its pool position too (base64url JSON, docs/draw.md §10). */
  drawId: string;
  /** The pool position P the draw read. */
  position: number;
  year: number;
  /** selectedDigest of the drawn list: whoever records the draw records exactly this one. */
  selectedDigest: string;
  /** The draw request's command id: the task's EntitiesDrawn is recorded under it, by whoever finishes it. */
  commandId: string;
}

/** An entry voided by an administrator: it does not recompute, so nothing was drawn (ADR 44). */
export interface DrawLedgerVoid {
  /** The voided entry's revision in the ledger stream. */
  sequence: number;
  taskId: string;
  drawId: string;
  reason: string;
  /** What the entry's inputs draw from the log now (not its selectedDigest: else it is not voided). */
  recomputedDigest: string;
}

/** The longest reason a void may give. */
export const DRAW_LEDGER_VOID_REASON_MAX = 1000;

export type DrawLedgerCommand =
  | ({
      kind: 'LedgerEntityDraw';
      /** How many ledger events (entries and voids) the draw read: a draw computed against fewer loses. */
      eventsSeen: number;
    } & DrawLedgerEntry)
  | ({
      kind: 'VoidLedgerEntry';
      /** Whether the entry's task holds a draw: then the entry blocks nothing and is not voided. */
      taskRecorded: boolean;
    } & DrawLedgerVoid);

export type DrawLedgerEvent =
  DomainEvent<'EntityDrawLedgered', DrawLedgerEntry> | DomainEvent<'DrawLedgerEntryVoided', DrawLedgerVoid>;

export interface DrawLedgerState {
  /** Ledger events so far (entries and voids): the stream's next revision. */
  events: number;
  /** The last entry and its revision. */
  last: (DrawLedgerEntry & { sequence: number }) | null;
  lastVoided: boolean;
}

/**
 * The draw ledger, stream `drawLedger`: every entity draw whose pool is the log as it stands,
 * one after another. A draw appends its entry before its task records it; an entry is accepted
 * only if nothing was ledgered since the draw read the ledger, so two draws never both compute
 * against a pool that lacks the other (the yearly cap holds across processes). An entry that does
 * not recompute may be voided, only that: never one that recomputes or that its task recorded.
 */
export const drawLedgerDecider: Decider<DrawLedgerCommand, DrawLedgerEvent, DrawLedgerState> = {
  initialState: () => ({ events: 0, last: null, lastVoided: false }),
  evolve: (state, event) =>
    event.type === 'EntityDrawLedgered'
      ? { events: state.events + 1, last: { ...event.data, sequence: state.events }, lastVoided: false }
      : { ...state, events: state.events + 1, lastVoided: true },
  decide(command, state) {
    return command.kind === 'LedgerEntityDraw' ? ledger(command, state) : voidEntry(command, state);
  },
};

function ledger(
  command: Extract<DrawLedgerCommand, { kind: 'LedgerEntityDraw' }>,
  state: DrawLedgerState,
): DrawLedgerEvent[] {
  const { kind: _kind, eventsSeen, ...entry } = command;
  if (eventsSeen !== state.events) {
    throw new DomainError(
      'DRAW_LEDGER_MOVED',
      'Another draw was recorded while this one was computed; it is computed again',
      { eventsSeen, events: state.events },
    );
  }
  // A voided entry drew nothing: the pool need not pass it (nor can it, when nothing the pool
  // counts happened since). The entry before it was recorded before it was ledgered.
  if (state.last && !state.lastVoided && entry.position <= state.last.position) {
    throw new DomainError(
      'DRAW_LEDGER_POOL_BEHIND',
      "The draw's pool does not include the draw ledgered before it",
      { position: entry.position, previous: state.last.position },
    );
  }
  return [{ type: 'EntityDrawLedgered', data: entry }];
}

function voidEntry(
  command: Extract<DrawLedgerCommand, { kind: 'VoidLedgerEntry' }>,
  state: DrawLedgerState,
): DrawLedgerEvent[] {
  const { kind: _kind, taskRecorded, ...data } = command;
  const { last } = state;
  // Only the last entry can stop draws: every earlier one was finished or void before the next.
  if (
    !last ||
    last.sequence !== data.sequence ||
    last.taskId !== data.taskId ||
    last.drawId !== data.drawId
  ) {
    throw new DomainError(
      'DRAW_LEDGER_ENTRY_NOT_LAST',
      'Only the last entry of the draw ledger, not yet recorded, can be voided',
      { sequence: data.sequence, last: last?.sequence ?? null },
    );
  }
  if (state.lastVoided) {
    throw new DomainError('DRAW_LEDGER_ENTRY_VOID', 'This ledger entry is void already', {
      sequence: data.sequence,
    });
  }
  if (taskRecorded) {
    throw new DomainError(
      'DRAW_LEDGER_ENTRY_RECORDED',
      "The entry's task has recorded a draw: the entry stops nothing",
      { sequence: data.sequence, taskId: data.taskId },
    );
  }
  if (data.recomputedDigest === last.selectedDigest) {
    throw new DomainError(
      'DRAW_LEDGER_ENTRY_RECOMPUTES',
      'The entry recomputes to its draw: the next draw records it, it is not voided',
      { sequence: data.sequence, taskId: data.taskId },
    );
  }
  const reason = data.reason.normalize('NFC').trim();
  if (reason.length === 0 || [...reason].length > DRAW_LEDGER_VOID_REASON_MAX) {
    throw new DomainError(
      'DRAW_LEDGER_VOID_REASON',
      `A void gives its reason, at most ${DRAW_LEDGER_VOID_REASON_MAX} characters`,
      { max: DRAW_LEDGER_VOID_REASON_MAX },
    );
  }
  return [{ type: 'DrawLedgerEntryVoided', data: { ...data, reason } }];
}
