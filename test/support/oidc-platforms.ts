import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type KeyObject, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import Provider from 'oidc-provider';

export interface RelyingParty {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface Platform {
  issuer: string;
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const issuerOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * A real identity platform: oidc-provider in this process on a loopback port, its development
 * login and consent pages on (any login, any password), each login an account with `claims`.
 */
export async function startOidcProvider(
  rp: RelyingParty,
  accounts: Record<string, Record<string, unknown>>,
): Promise<Platform> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = await listen((req, res) => handle(req, res));
  const issuer = issuerOf(server);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: rp.clientId,
        client_secret: rp.clientSecret,
        redirect_uris: [rp.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: {
      keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'platform-1', use: 'sig', alg: 'RS256' }],
    },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['name', 'employee_number', 'department'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx: unknown, id: string) =>
      accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined,
  });
  handle = provider.callback();
  return { issuer, close: () => close(server) };
}

export type Fault = 'none' | 'bad-signature' | 'expired' | 'wrong-audience';

export interface CraftedPlatform extends Platform {
  /** How the next id tokens go wrong. */
  fault: Fault;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(claims: Record<string, unknown>, key: KeyObject): string {
  const signed = `${b64({ alg: 'RS256', kid: 'platform-1', typ: 'JWT' })}.${b64(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
}

/**
 * A hand-made platform that misbehaves on purpose (oidc-provider will not): discovery, keys, an
 * authorization endpoint that signs `claims` in at once, and a token endpoint whose id token has
 * the fault set. 'bad-signature' signs with another key under the published key's id.
 */
export async function startCraftedPlatform(
  rp: RelyingParty,
  claims: Record<string, unknown>,
): Promise<CraftedPlatform> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const nonces = new Map<string, string>();
  const platform: CraftedPlatform = { issuer: '', fault: 'none', close: async () => undefined };
  const server = await listen((req, res) => {
    const url = new URL(req.url ?? '/', platform.issuer);
    const json = (body: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json({
        issuer: platform.issuer,
        authorization_endpoint: `${platform.issuer}/authorize`,
        token_endpoint: `${platform.issuer}/token`,
        jwks_uri: `${platform.issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (url.pathname === '/jwks') {
      return json({
        keys: [
          { ...published.publicKey.export({ format: 'jwk' }), kid: 'platform-1', use: 'sig', alg: 'RS256' },
        ],
      });
    }
    if (url.pathname === '/authorize') {
      const code = randomBytes(16).toString('hex');
      nonces.set(code, url.searchParams.get('nonce') ?? '');
      const back = new URL(url.searchParams.get('redirect_uri') ?? rp.redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const code = new URLSearchParams(body).get('code') ?? '';
        const now = Math.floor(Date.now() / 1000);
        const fault = platform.fault;
        const idToken = jwt(
          {
            iss: platform.issuer,
            aud: fault === 'wrong-audience' ? 'another-client' : rp.clientId,
            iat: fault === 'expired' ? now - 7200 : now,
            exp: fault === 'expired' ? now - 3600 : now + 300,
            nonce: nonces.get(code),
            ...claims,
          },
          fault === 'bad-signature' ? other.privateKey : published.privateKey,
        );
        json({
          access_token: randomBytes(16).toString('hex'),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken,
        });
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  platform.issuer = issuerOf(server);
  platform.close = () => close(server);
  return platform;
}
