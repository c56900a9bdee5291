import type { BrokenLink } from '@app/event-store/chain/event-chain';

/** The answer of GET /api/audit/verify: a stream's hash chain checked against its events as stored. */
export interface ChainVerification {
  stream: string;
  verified: boolean;
  events: number;
  /** The first event whose link is broken, and how (docs/event-store.md, "Tamper evidence"). */
  brokenLink?: BrokenLink;
}
