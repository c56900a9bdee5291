import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { METADATA } from './feed-events';
import { verifyFeedDelivery } from './feed-signature-verifier';

export const FEED_SECRET = 'a-subscriber-secret-of-forty-characters!';
const SECRET = FEED_SECRET;

interface Received {
  id: string;
  position: number;
  verified: boolean;
}

/** A receiver on a loopback port that misbehaves as told: fails, hangs, answers slowly, refuses one item. */
export class Receiver {
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

export function published(taskId: string, entityId: string) {
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
