import { type PublicDrawBundleHeader, publicDrawRow, regionCovers } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { directoryFromLog } from '../compute-entity-draw';

/**
 * The public bundle's text (docs/draw.md §7), in chunks of about 64 KiB: the header, one line per
 * entity the draw read (the directory as of P rebuilt from the log, as drawFromLog draws from it;
 * a draw naming regions reads only theirs), in id order, and the trailer. Deterministic: the same
 * log gives the same bytes.
 */
export async function* publicDrawLines(
  events: EventStore,
  header: PublicDrawBundleHeader,
): AsyncIterable<string> {
  const { record } = header;
  const regions = header.task.criteria.regionCodes ?? [];
  let chunk = `${JSON.stringify(header)}\n`;
  let entities = 0;
  for await (const batch of directoryFromLog(events, {
    position: record.position,
    year: record.year,
    discardedDrawsCount: record.discardedDrawsCount,
    regionCodes: regions,
  })) {
    for (const { entityId, entry, checksThisYear } of batch) {
      if (regions.length > 0 && !regions.some((c) => regionCovers(c, entry.profile.regionCode))) continue;
      chunk += `${JSON.stringify(publicDrawRow(entityId, entry.profile, entry.registered, checksThisYear))}\n`;
      entities += 1;
    }
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${JSON.stringify({ end: { entities } })}\n`;
}
