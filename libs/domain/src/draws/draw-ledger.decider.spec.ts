import { deciderSpecification } from '../testing/decider-specification';
import { type DrawLedgerEntry, type DrawLedgerVoid, drawLedgerDecider } from './draw-ledger.decider';

const spec = deciderSpecification(drawLedgerDecider);

const entry = (taskId: string, position: number): DrawLedgerEntry => ({
  taskId,
  drawId: `draw-of-${taskId}`,
  position,
  year: 2026,
  selectedDigest: `digest-of-${taskId}`,
  commandId: `command-of-${taskId}`,
});
const ledgered = (data: DrawLedgerEntry) => ({ type: 'EntityDrawLedgered' as const, data });
const voidOf = (taskId: string, sequence: number, reason = '种子记录损坏，经核查作废'): DrawLedgerVoid => ({
  sequence,
  taskId,
  drawId: `draw-of-${taskId}`,
  reason,
  recomputedDigest: `other-than-${taskId}`,
});
const voided = (data: DrawLedgerVoid) => ({ type: 'DrawLedgerEntryVoided' as const, data });
const voidCommand = (data: DrawLedgerVoid, taskRecorded = false) => ({
  kind: 'VoidLedgerEntry' as const,
  taskRecorded,
  ...data,
});

describe('the draw ledger (ADR 44)', () => {
  it('given an empty ledger, when a draw that saw it empty is ledgered, then EntityDrawLedgered', () => {
    spec
      .given([])
      .when({ kind: 'LedgerEntityDraw', eventsSeen: 0, ...entry('t1', 10) })
      .then([ledgered(entry('t1', 10))]);
  });

  it('given one entry, when a draw that saw it is ledgered with a later pool, then EntityDrawLedgered', () => {
    spec
      .given([ledgered(entry('t1', 10))])
      .when({ kind: 'LedgerEntityDraw', eventsSeen: 1, ...entry('t2', 14) })
      .then([ledgered(entry('t2', 14))]);
  });

  it('given one entry, when a draw computed against the empty ledger comes, then DRAW_LEDGER_MOVED', () => {
    spec
      .given([ledgered(entry('t1', 10))])
      .when({ kind: 'LedgerEntityDraw', eventsSeen: 0, ...entry('t2', 9) })
      .thenRejects('DRAW_LEDGER_MOVED');
  });

  it('given two entries, when a draw that saw only the first comes, then DRAW_LEDGER_MOVED', () => {
    spec
      .given([ledgered(entry('t1', 10)), ledgered(entry('t2', 14))])
      .when({ kind: 'LedgerEntityDraw', eventsSeen: 1, ...entry('t3', 20) })
      .thenRejects('DRAW_LEDGER_MOVED');
  });

  it('given one entry, when a draw whose pool is not past it comes, then DRAW_LEDGER_POOL_BEHIND', () => {
    spec
      .given([ledgered(entry('t1', 10))])
      .when({ kind: 'LedgerEntityDraw', eventsSeen: 1, ...entry('t2', 10) })
      .thenRejects('DRAW_LEDGER_POOL_BEHIND');
  });

  describe('voiding an entry that does not recompute', () => {
    it('given an entry, when its void names it and recomputes otherwise, then DrawLedgerEntryVoided', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand(voidOf('t1', 0)))
        .then([voided(voidOf('t1', 0))]);
    });

    it('given two entries, when the last is voided, then DrawLedgerEntryVoided naming its revision', () => {
      spec
        .given([ledgered(entry('t1', 10)), ledgered(entry('t2', 14))])
        .when(voidCommand(voidOf('t2', 1)))
        .then([voided(voidOf('t2', 1))]);
    });

    it('given a void, when a draw that read it is ledgered, then EntityDrawLedgered (the voids count)', () => {
      spec
        .given([ledgered(entry('t1', 10)), voided(voidOf('t1', 0))])
        .when({ kind: 'LedgerEntityDraw', eventsSeen: 2, ...entry('t1', 12) })
        .then([ledgered(entry('t1', 12))]);
    });

    it('given a void, when a draw whose pool is not past the voided entry comes, then EntityDrawLedgered', () => {
      spec
        .given([ledgered(entry('t1', 10)), voided(voidOf('t1', 0))])
        .when({ kind: 'LedgerEntityDraw', eventsSeen: 2, ...entry('t2', 8) })
        .then([ledgered(entry('t2', 8))]);
    });

    it('given a void, when a draw that read the ledger before it comes, then DRAW_LEDGER_MOVED', () => {
      spec
        .given([ledgered(entry('t1', 10)), voided(voidOf('t1', 0))])
        .when({ kind: 'LedgerEntityDraw', eventsSeen: 1, ...entry('t2', 12) })
        .thenRejects('DRAW_LEDGER_MOVED');
    });

    it('given a void, when an entry after it is voided too, then DrawLedgerEntryVoided', () => {
      spec
        .given([ledgered(entry('t1', 10)), voided(voidOf('t1', 0)), ledgered(entry('t2', 12))])
        .when(voidCommand(voidOf('t2', 2)))
        .then([voided(voidOf('t2', 2))]);
    });

    it('the reason is kept in NFC, without surrounding blanks', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand(voidOf('t1', 0, '  Cafe\u0301 seed lost \n')))
        .then([voided(voidOf('t1', 0, 'Caf\u00e9 seed lost'))]);
    });

    it('given an empty ledger, when a void comes, then DRAW_LEDGER_ENTRY_NOT_LAST', () => {
      spec
        .given([])
        .when(voidCommand(voidOf('t1', 0)))
        .thenRejects('DRAW_LEDGER_ENTRY_NOT_LAST');
    });

    it('given two entries, when the first is voided, then DRAW_LEDGER_ENTRY_NOT_LAST', () => {
      spec
        .given([ledgered(entry('t1', 10)), ledgered(entry('t2', 14))])
        .when(voidCommand(voidOf('t1', 0)))
        .thenRejects('DRAW_LEDGER_ENTRY_NOT_LAST');
    });

    it('given an entry, when a void names its revision with another task, then DRAW_LEDGER_ENTRY_NOT_LAST', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand(voidOf('t2', 0)))
        .thenRejects('DRAW_LEDGER_ENTRY_NOT_LAST');
    });

    it('given an entry, when a void names it with another draw, then DRAW_LEDGER_ENTRY_NOT_LAST', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand({ ...voidOf('t1', 0), drawId: 'another-draw' }))
        .thenRejects('DRAW_LEDGER_ENTRY_NOT_LAST');
    });

    it('given a voided entry, when it is voided again, then DRAW_LEDGER_ENTRY_VOID', () => {
      spec
        .given([ledgered(entry('t1', 10)), voided(voidOf('t1', 0))])
        .when(voidCommand(voidOf('t1', 0)))
        .thenRejects('DRAW_LEDGER_ENTRY_VOID');
    });

    it('given an entry its task recorded, when it is voided, then DRAW_LEDGER_ENTRY_RECORDED', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand(voidOf('t1', 0), true))
        .thenRejects('DRAW_LEDGER_ENTRY_RECORDED');
    });

    it('given an entry, when its void recomputes to its digest, then DRAW_LEDGER_ENTRY_RECOMPUTES', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand({ ...voidOf('t1', 0), recomputedDigest: 'digest-of-t1' }))
        .thenRejects('DRAW_LEDGER_ENTRY_RECOMPUTES');
    });

    it('given an entry, when a void gives a blank reason, then DRAW_LEDGER_VOID_REASON', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand(voidOf('t1', 0, ' \t\n ')))
        .thenRejects('DRAW_LEDGER_VOID_REASON');
    });

    it('given an entry, when a void gives a reason over 1000 characters, then DRAW_LEDGER_VOID_REASON', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand(voidOf('t1', 0, '因'.repeat(1001))))
        .thenRejects('DRAW_LEDGER_VOID_REASON');
    });

    it('a reason of exactly 1000 characters is taken', () => {
      spec
        .given([ledgered(entry('t1', 10))])
        .when(voidCommand(voidOf('t1', 0, '因'.repeat(1000))))
        .then([voided(voidOf('t1', 0, '因'.repeat(1000)))]);
    });
  });
});
