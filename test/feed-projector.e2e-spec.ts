import { FeedDelivery } from '@app/projections';
import { readFeedSettings } from '@app/runtime';
import { ApiHarness, admin } from './support/api-harness';
import { FEED_SECRET, Receiver, published } from './support/feed-receiver';

/**
 * The distributed deployment: an api with RUN_PROJECTIONS=false that does not deliver, and the
 * projector's deliverers (FeedDelivery, as apps/projector starts them) on the same stores, sharing
 * nothing in memory with the api: only the record store's cursors and reset requests.
 */
describe('The feed delivered by the projector, administered through an api that does not deliver', () => {
  const receiver = new Receiver();
  let api: ApiHarness;
  let projector: FeedDelivery;
  let start: number;

  beforeAll(async () => {
    receiver.script = [];
    const env = {
      FEED_SUBSCRIBERS: JSON.stringify([
        { id: 'gsxt', url: await receiver.start(), kinds: ['result.published'], secret: FEED_SECRET },
      ]),
      FEED_RESET_POLL_MS: '50',
      FEED_RETRY_FIRST_MS: '10',
      FEED_TIMEOUT_MS: '300',
    };
    api = await new ApiHarness().start({ ...env, RUN_PROJECTIONS: 'false' });
    const feed = readFeedSettings(env);
    if (!('settings' in feed)) throw new Error(feed.problems.join('; '));
    projector = new FeedDelivery(api.stores.events, api.stores.records, feed.settings);
    projector.start();
    start = await api.head();
  });
  afterAll(async () => {
    await projector.stop();
    await api.stop();
    await receiver.stop();
  });

  const append = (stream: string, count: number) =>
    api.stores.events.appendToStream(
      stream,
      Array.from({ length: count }, (_, i) => published(stream, `e-${i}`)),
      { expectedRevision: 'any' },
    );

  it('delivers from the projector, not from the api', async () => {
    await append('inspectionTask-proj-1', 3);
    expect(await api.until(async () => receiver.ids().length === 3, 15_000)).toBe(true);
    const list = await api.call<{ items: { id: string; state: string; storedCursor: number }[] }>(
      'GET',
      '/api/feeds/subscribers',
      { as: admin },
    );
    expect(list.body.items).toEqual([expect.objectContaining({ id: 'gsxt', state: 'stopped' })]);
    const last = receiver.received[2].position;
    expect(await api.until(async () => (await projector.records.cursor('gsxt')) === last)).toBe(true);
  });

  it('refuses a dead letter replay on the api: the projector delivers', async () => {
    const replay = await api.call('POST', '/api/feeds/subscribers/gsxt/dead-letters/x/replay', { as: admin });
    expect(replay).toMatchObject({ status: 409, body: { code: 'FEED_NOT_RUN_HERE' } });
  });

  it('a cursor reset written by the api is applied by the idle projector: the items come again', async () => {
    const ids = receiver.ids();
    const count = receiver.received.length;
    const reset = await api.call('POST', '/api/feeds/subscribers/gsxt/cursor', {
      as: admin,
      body: { position: start },
    });
    expect(reset.status).toBe(200);
    expect(await api.until(async () => receiver.received.length === count + 3, 15_000)).toBe(true);
    expect(receiver.received.slice(count).map((r) => r.id)).toEqual(ids);
    expect(await projector.records.pendingReset('gsxt')).toBeUndefined();
  });

  it('a reset written while the projector is busy is applied before its next item', async () => {
    receiver.script = ['hang'];
    const count = receiver.received.length;
    await append('inspectionTask-proj-2', 2);
    // The first new item hangs at the receiver; the reset lands meanwhile.
    expect(await api.until(async () => receiver.script.length === 0, 15_000)).toBe(true);
    const reset = await api.call('POST', '/api/feeds/subscribers/gsxt/cursor', {
      as: admin,
      body: { position: start },
    });
    expect(reset.status).toBe(200);
    expect(
      await api.until(
        async () => receiver.ids().length === 5 && receiver.received.length >= count + 6,
        15_000,
      ),
    ).toBe(true);
    const after = receiver.received.slice(count).map((r) => r.position);
    // The replay from `start` comes in log order after the item in flight.
    const replayed = after.slice(after.indexOf(Math.min(...after)));
    expect(replayed).toEqual([...replayed].sort((a, b) => a - b));
    expect(new Set(replayed).size).toBe(5);
  });
});
