import { type AddressInfo, type Server, type Socket, createConnection, createServer } from 'node:net';

/**
 * A TCP relay in front of a PostgreSQL server: stopping it is the server going away as a store
 * sees it (connections cut, new ones refused); starting it again on the same port is the server
 * back. For tests of what the stores and their readers do through an outage.
 */
export class Relay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly host: string,
    private readonly target: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.target, this.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  get listening(): boolean {
    return this.server?.listening ?? false;
  }

  /** Stops listening and cuts every connection. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** `url` with its host and port replaced by the relay's. */
export function throughRelay(url: string, relay: Relay): string {
  const through = new URL(url);
  through.hostname = '127.0.0.1';
  through.port = String(relay.port);
  return through.toString();
}

/** A relay started in front of the server of `url`. */
export async function startRelay(url: string): Promise<Relay> {
  const target = new URL(url);
  const relay = new Relay(target.hostname, Number(target.port || '5432'));
  await relay.start();
  return relay;
}
