import type { RecordStore } from '@app/record-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { FlowChecks } from './oidc-client';

/** A sign-in with the platform must come back within this. */
export const FLOW_MINUTES = 10;
/** The browser's half of a flow: its state, sent back only to the oidc routes. */
export const FLOW_COOKIE = 'ssj_oidc';
const FLOW_PATH = '/api/auth/oidc';
/** The record store's half: nonce and PKCE verifier by the state's digest. */
const NAMESPACE = 'oidc-flow';
const STATE = /^[A-Za-z0-9_-]{43}$/;

const digest = (state: string) => createHash('sha256').update(state).digest('hex');

/**
 * Sign-ins under way. The state goes to the browser in an HttpOnly cookie (SameSite=Lax: the
 * platform's redirect back is a cross-site top-level navigation, which Strict would strip), the
 * nonce and verifier stay in the record store. A flow is taken once: the callback must carry the
 * state of the browser that started it (no signing someone in to another's account), and a
 * replayed answer finds nothing.
 */
export class OidcFlows {
  constructor(private readonly records: RecordStore) {}

  async begin(reply: FastifyReply, request: FastifyRequest, now: number): Promise<FlowChecks> {
    const checks: FlowChecks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const expiresAt = now + FLOW_MINUTES * 60_000;
    await this.records.put(NAMESPACE, digest(checks.state), {
      value: JSON.stringify({ nonce: checks.nonce, codeVerifier: checks.codeVerifier }),
      expiresAt,
    });
    void reply.setCookie(FLOW_COOKIE, checks.state, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      path: FLOW_PATH,
      maxAge: FLOW_MINUTES * 60,
    });
    return checks;
  }

  /** The flow this browser started and the answer names, once; undefined when none matches. */
  async take(request: FastifyRequest, reply: FastifyReply, now: number): Promise<FlowChecks | undefined> {
    const cookie = request.cookies?.[FLOW_COOKIE];
    void reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
    const answered = (request.query as Record<string, unknown> | undefined)?.state;
    if (!cookie || !STATE.test(cookie) || answered !== cookie) return undefined;
    const key = digest(cookie);
    const stored = await this.records.get(NAMESPACE, key, now);
    if (!stored || !(await this.records.delete(NAMESPACE, key))) return undefined;
    const { nonce, codeVerifier } = JSON.parse(stored.value) as Omit<FlowChecks, 'state'>;
    return { state: cookie, nonce, codeVerifier };
  }
}
