import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { METADATA } from './support/feed-events';
import { ApiHarness, type Caller, admin } from './support/api-harness';
import { verifyFeedDelivery } from './support/feed-signature-verifier';

const SECRET = 'a-subscriber-secret-of-forty-characters!';

interface Received {
  id: string;
  position: number;
  verified: boolean;
}

/** A receiver on a loopback port that misbehaves as told: fails, hangs, answers slowly, refuses one item. */
class Receiver {
  readonly received: Received[] = [];
  /** What the next requests meet, in turn; then 200. */
  script: ('fail' | 'hang' | 'slow')[] = ['fail', 'hang', 'slow'];
  refuse?: string;
  private readonly hanging: ServerResponse[] = [];
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/feed`;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  ids(): string[] {
    return [...new Set(this.received.map((r) => r.id))];
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const item = JSON.parse(body.toString('utf8')) as { id: string; position: number };
    const mode = this.script.shift();
    if (mode === 'hang') return void this.hanging.push(response);
    if (mode === 'fail' || item.id === this.refuse) return void response.writeHead(500).end();
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 100));
    this.received.push({
      id: item.id,
      position: item.position,
      verified: verifyFeedDelivery(SECRET, request.headers, body),
    });
    response.writeHead(204).end();
  }
}

function published(taskId: string, entityId: string) {
  return {
    metadata: METADATA,
    type: 'ResultPublished',
    data: {
      taskId,
      entityId,
      departmentId: 'scjg',
      result: {
        category: 'compliant',
        inspectedOn: '2026-05-01',
        itemFindings: [{ itemId: 'i-1', compliant: true }],
      },
      publishedOn: '2026-05-10',
      due: '2026-05-20',
      late: false,
    },
  };
}

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
