import { deciderSpecification } from '../testing/decider-specification';
import { type DrawLedgerEntry, drawLedgerDecider } from './draw-ledger.decider';

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

describe('the draw ledger (ADR 44)', () => {
  it('given an empty ledger, when a draw that saw it empty is ledgered, then EntityDrawLedgered', () => {
    spec
      .given([])
      .when({ kind: 'LedgerEntityDraw', entriesSeen: 0, ...entry('t1', 10) })
      .then([ledgered(entry('t1', 10))]);
  });

  it('given one entry, when a draw that saw it is ledgered with a later pool, then EntityDrawLedgered', () => {
    spec
      .given([ledgered(entry('t1', 10))])
      .when({ kind: 'LedgerEntityDraw', entriesSeen: 1, ...entry('t2', 14) })
      .then([ledgered(entry('t2', 14))]);
  });

  it('given one entry, when a draw computed against the empty ledger comes, then DRAW_LEDGER_MOVED', () => {
    spec
      .given([ledgered(entry('t1', 10))])
      .when({ kind: 'LedgerEntityDraw', entriesSeen: 0, ...entry('t2', 9) })
      .thenRejects('DRAW_LEDGER_MOVED');
  });

  it('given two entries, when a draw that saw only the first comes, then DRAW_LEDGER_MOVED', () => {
    spec
      .given([ledgered(entry('t1', 10)), ledgered(entry('t2', 14))])
      .when({ kind: 'LedgerEntityDraw', entriesSeen: 1, ...entry('t3', 20) })
      .thenRejects('DRAW_LEDGER_MOVED');
  });

  it('given one entry, when a draw whose pool is not past it comes, then DRAW_LEDGER_POOL_BEHIND', () => {
    spec
      .given([ledgered(entry('t1', 10))])
      .when({ kind: 'LedgerEntityDraw', entriesSeen: 1, ...entry('t2', 10) })
      .thenRejects('DRAW_LEDGER_POOL_BEHIND');
  });
});
