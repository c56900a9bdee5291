import { ApiHarness, type Caller, admin } from './support/api-harness';
import { FEED_SECRET as SECRET, Receiver, published } from './support/feed-receiver';

describe('Pushing the public feed to a subscriber', () => {
  const receiver = new Receiver();
  let api: ApiHarness;
  let start: number;

  beforeAll(async () => {
    const url = await receiver.start();
    api = await new ApiHarness().start({
      FEED_SUBSCRIBERS: JSON.stringify([{ id: 'gsxt', url, kinds: ['result.published'], secret: SECRET }]),
      FEED_MAX_ATTEMPTS: '3',
      FEED_RETRY_FIRST_MS: '10',
      FEED_RETRY_LONGEST_MS: '40',
      FEED_TIMEOUT_MS: '300',
    });
    start = await api.head();
  });
  afterAll(async () => {
    await api.stop();
    await receiver.stop();
  });

  const append = (stream: string, events: ReturnType<typeof published>[]) =>
    api.stores.events.appendToStream(stream, events, { expectedRevision: 'any' });

  it('delivers every item in log order, signed, through a failure, a hang and a slow answer', async () => {
    await append(
      'inspectionTask-push-1',
      Array.from({ length: 10 }, (_, i) => published('push-1', `e-${i}`)),
    );
    expect(await api.until(async () => receiver.ids().length === 10, 15_000)).toBe(true);
    const positions = receiver.received.map((r) => r.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(receiver.script).toEqual([]);
  });

  it('gives an item up as a dead letter after the attempts, moves on, and the administrator replays it', async () => {
    const before = receiver.ids().length;
    const [dead] = await (async () => {
      await append('inspectionTask-push-2', [published('push-2', 'refused')]);
      const events = await api.streamEvents('inspectionTask-push-2');
      receiver.refuse = events[0].id;
      return events;
    })();
    await append('inspectionTask-push-3', [published('push-3', 'after')]);
    expect(await api.until(async () => receiver.ids().length === before + 1, 15_000)).toBe(true);
    expect(receiver.ids()).not.toContain(dead.id);

    const letters = await api.call<{ items: { itemId: string; attempts: number }[] }>(
      'GET',
      '/api/feeds/subscribers/gsxt/dead-letters',
      { as: admin },
    );
    expect(letters.body.items).toEqual([expect.objectContaining({ itemId: dead.id, attempts: 3 })]);
    const clerk: Caller = { sub: 'auditor-1', department: 'system', roles: ['auditor'] };
    expect((await api.call('GET', '/api/feeds/subscribers', { as: clerk })).status).toBe(403);
    expect(
      (await api.call('POST', `/api/feeds/subscribers/gsxt/dead-letters/${dead.id}/replay`, { as: clerk }))
        .status,
    ).toBe(403);

    receiver.refuse = undefined;
    const replay = await api.call('POST', `/api/feeds/subscribers/gsxt/dead-letters/${dead.id}/replay`, {
      as: admin,
    });
    expect(replay).toMatchObject({ status: 200, body: { delivered: true } });
    expect(receiver.ids()).toContain(dead.id);
    const after = await api.call<{ items: unknown[] }>('GET', '/api/feeds/subscribers/gsxt/dead-letters', {
      as: admin,
    });
    expect(after.body.items).toEqual([]);
    const recorded = await api.streamEvents('feedSubscriber-gsxt');
    expect(recorded.map((e) => [e.type, e.metadata.actorId, e.data])).toEqual([
      [
        'FeedDeadLetterReplayed',
        'admin-1',
        { subscriberId: 'gsxt', itemId: dead.id, position: dead.position, delivered: true },
      ],
    ]);
  });

  it('replays from a cursor set back: the items come again with the same ids', async () => {
    const ids = receiver.ids();
    const count = receiver.received.length;
    const reset = await api.call('POST', '/api/feeds/subscribers/gsxt/cursor', {
      as: admin,
      body: { position: start },
    });
    expect(reset.status).toBe(200);
    expect(await api.until(async () => receiver.received.length >= count + ids.length, 15_000)).toBe(true);
    expect(receiver.ids().sort()).toEqual([...ids].sort());
    const bad = await api.call('POST', '/api/feeds/subscribers/gsxt/cursor', {
      as: admin,
      body: { position: -1 },
    });
    expect(bad.status).toBe(400);
    expect(
      (await api.call('POST', '/api/feeds/subscribers/nobody/cursor', { as: admin, body: { position: 0 } }))
        .status,
    ).toBe(404);
  });
});
