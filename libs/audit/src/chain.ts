import { type BrokenLink, ChainChecker, type RecordedEvent } from '@app/event-store';

export interface ChainCheck {
  verified: boolean;
  streams: number;
  events: number;
  /** The first event whose link is broken, and how (docs/event-store.md, "Tamper evidence"). */
  brokenLink?: BrokenLink;
}

/** Checks the hash chain of events as stored, stream after stream, up to the first broken link. */
export async function checkChain(
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
): Promise<ChainCheck> {
  const checker = new ChainChecker();
  let brokenLink: BrokenLink | undefined;
  for await (const event of events) {
    brokenLink = checker.check(event);
    if (brokenLink) break;
  }
  return {
    verified: !brokenLink,
    streams: checker.streams,
    events: checker.events,
    ...(brokenLink ? { brokenLink } : {}),
  };
}
