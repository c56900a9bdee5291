import type { FieldProblem } from '@app/contract';
import { isCookieSession, withRefresh } from './cookie-session';

/**
 * A broken rule (a 409) shown beside a field it concerns (pages/tasks/rule-fields.ts): the
 * refusal's `code` and `details` in place of a field rule, worded as the refusal is.
 */
export interface BrokenRuleAtField {
  field: string;
  reason: string;
  code: string;
  details?: unknown;
}

/**
 * What the console shows at a field: a problem the api listed in a 400's `details` (`reason` in
 * English, `rule` and `params` for the console's own words, libs/domain/src/refusals), or a
 * broken rule placed there.
 */
export type ProblemAtField = FieldProblem | BrokenRuleAtField;

/** A refusal or failure as the api answers it: status, stable code, message, details. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The api's first problem with one field (`items[0].finding` matches `items`), if any. */
  problemFor(field: string): ProblemAtField | undefined {
    return fieldProblems(this.details).find((p) => concerns(field, p));
  }
}

/** The field problems of a 400's `details` (none when they are not a list of them). */
export function fieldProblems(details: unknown): ProblemAtField[] {
  if (!Array.isArray(details)) return [];
  return (details as Partial<ProblemAtField>[]).filter(
    (p): p is ProblemAtField => typeof p?.field === 'string' && typeof p.reason === 'string',
  );
}

/** Whether a problem is about this field or a part of it (`items[0].finding` is about `items`). */
export function concerns(field: string, problem: ProblemAtField): boolean {
  return (
    problem.field === field || problem.field.startsWith(`${field}.`) || problem.field.startsWith(`${field}[`)
  );
}

export interface CallOptions {
  token?: string;
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Sent with every request: the api refuses a cookie-signed change without it (CONSOLE_HEADER_MISSING). */
export const CONSOLE_HEADER = { 'x-requested-with': 'shuangsuiji-console' };

/**
 * Fetches from the api at the same origin with the caller's credential: a bearer token, or a
 * cookie session's key (cookie-session.ts; the browser sends the HttpOnly cookie itself, and a
 * cookie session whose access has run out is refreshed once and the request sent again). Resolves
 * with the response when it is ok; rejects with ApiFailure (NETWORK when the api could not be
 * reached, the api's status, code, message and details when it refused). An abort rejects as itself.
 */
export async function fetchWithToken(
  url: string,
  token: string | undefined,
  init: RequestInit = {},
): Promise<Response> {
  const send = () => sendOnce(url, token, init);
  if (!isCookieSession(token)) return send();
  return withRefresh(url, send);
}

async function sendOnce(url: string, token: string | undefined, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: {
        ...CONSOLE_HEADER,
        ...(token && !isCookieSession(token) ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers ?? {}),
      },
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiFailure(0, 'NETWORK', (error as Error).message);
  }
  if (!response.ok) {
    const text = await response.text();
    const body = (safeJson(text) ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiFailure(
      response.status,
      body.code ?? String(response.status),
      body.message ?? text,
      body.details,
    );
  }
  return response;
}

/** The JSON of an ok response (its text when it is not JSON; undefined when it is empty). */
export async function readJson<T>(response: Response): Promise<T> {
  const text = await response.text();
  return (text ? safeJson(text) : undefined) as T;
}

/** Calls the api at the same origin; resolves with its JSON, rejects with ApiFailure. */
export async function callApi<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const url = params.size > 0 ? `${path}?${params.toString()}` : path;
  const response = await fetchWithToken(url, options.token, {
    method,
    headers: options.body !== undefined ? { 'content-type': 'application/json' } : {},
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    signal: options.signal,
  });
  return readJson<T>(response);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
