/** One entry of the draw ledger as GET /api/draw-ledger lists it (ADR 44). */
export interface DrawLedgerEntryView {
  /** The entry's revision in the `drawLedger` stream: what a void names. */
  sequence: number;
  taskId: string;
  drawId: string;
  /** The pool position P the draw read. */
  position: number;
  year: number;
  selectedDigest: string;
  commandId: string;
  /** Who ledgered the draw, and when. */
  actorId: string;
  occurredAt: string;
  /**
   * recorded: its task holds this draw. pending: the last entry, its task holds no draw yet (the
   * next draw records it, or stops on it if it does not recompute). void: voided, or left void by
   * a task that could not take it (nothing was drawn).
   */
  state: 'recorded' | 'pending' | 'void';
  /** Present when an administrator voided the entry. */
  voided?: { reason: string; recomputedDigest: string; actorId: string; occurredAt: string };
}

/** POST /api/draw-ledger/voids: the void as appended. */
export interface DrawLedgerVoidAnswer {
  sequence: number;
  taskId: string;
  drawId: string;
  reason: string;
  recomputedDigest: string;
}
