import type { EventStore } from '@app/event-store';
import { type PublicFeedItem, feedEventTypes, publicFeedItem } from '@app/projections';

/** One page of the feed, and the position to ask `after` for the next one. */
export interface FeedPage {
  items: PublicFeedItem[];
  /** The last position this page examined (or `after` when none): the next page's `after`. */
  next: number;
}

/**
 * Reads the log after `after`, at most `limit` events of the feed's types, each mapped to its
 * public item. An event that holds nothing public is passed over, and the cursor moves past it
 * all the same: pages may hold fewer than `limit` items, never a gap and never a repeat.
 */
export async function readFeedPage(
  events: EventStore,
  after: number,
  limit: number,
  kinds: readonly string[],
): Promise<FeedPage> {
  const items: PublicFeedItem[] = [];
  let next = after;
  for await (const event of events.readAll({
    fromPosition: after + 1,
    maxCount: limit,
    filter: { eventTypes: feedEventTypes(kinds) },
  })) {
    next = event.position;
    const item = publicFeedItem(event);
    if (item) items.push(item);
  }
  return { items, next };
}
