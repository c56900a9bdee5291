import { type EventStore, firstBrokenLink } from '@app/event-store';

/** A call to the instance at `base` with a bearer token; never a hang: an outage is answered, not waited out. */
export async function callInstance(
  base: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const answer = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await answer.text();
  return { status: answer.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** The entities read model as the instance at `base` serves it (kept by the projector): ids, or whole rows. */
export async function listedEntities(base: string, token: string, whole = false): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = `limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await callInstance(base, 'GET', `/api/entities?${query}`, token)).body as {
      items: { id: string }[];
      nextCursor?: string;
    };
    ids.push(...page.items.map((e) => (whole ? JSON.stringify(e) : e.id)));
    cursor = page.nextCursor;
  } while (cursor);
  return ids.sort();
}

/** The streams of the log holding events of `type`, each with how many it holds. */
export async function countByStream(log: EventStore, type: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const event of log.readAll())
    if (event.type === type) counts.set(event.stream, (counts.get(event.stream) ?? 0) + 1);
  return counts;
}

/** Every stream's hash chain holds (no append half-made). */
export async function expectChainsHold(log: EventStore): Promise<void> {
  const streams = new Set<string>();
  for await (const event of log.readAll()) streams.add(event.stream);
  for (const stream of streams)
    expect([stream, await firstBrokenLink(log.readStream(stream))]).toEqual([stream, undefined]);
}
