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

export type DrawLedgerCommand = {
  kind: 'LedgerEntityDraw';
  /** How many entries the ledger held when the draw read it: a draw computed against fewer loses. */
  entriesSeen: number;
} & DrawLedgerEntry;

export type DrawLedgerEvent = DomainEvent<'EntityDrawLedgered', DrawLedgerEntry>;

export interface DrawLedgerState {
  entries: number;
  last: DrawLedgerEntry | null;
}

/**
 * The draw ledger, stream `drawLedger`: every entity draw whose pool is the log as it stands,
 * one after another. A draw appends its entry before its task records it; an entry is accepted
 * only if no other draw was ledgered since the draw read the ledger, so two draws never both
 * compute against a pool that lacks the other (the yearly cap holds across processes).
 */
export const drawLedgerDecider: Decider<DrawLedgerCommand, DrawLedgerEvent, DrawLedgerState> = {
  initialState: () => ({ entries: 0, last: null }),
  evolve: (state, event) => ({ entries: state.entries + 1, last: event.data }),
  decide(command, state) {
    const { kind: _kind, entriesSeen, ...entry } = command;
    if (entriesSeen !== state.entries) {
      throw new DomainError(
        'DRAW_LEDGER_MOVED',
        'Another draw was recorded while this one was computed; it is computed again',
        { entriesSeen, entries: state.entries },
      );
    }
    if (state.last && entry.position <= state.last.position) {
      throw new DomainError(
        'DRAW_LEDGER_POOL_BEHIND',
        "The draw's pool does not include the draw ledgered before it",
        { position: entry.position, previous: state.last.position },
      );
    }
    return [{ type: 'EntityDrawLedgered', data: entry }];
  },
};
