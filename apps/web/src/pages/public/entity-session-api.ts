import { fetchWithToken, readJson } from '../../api/client';

/** What the api answers the business on the portal (docs/api.md, "The business answers"). */
export interface EntitySessionAnswer {
  token: string;
  expiresAt: string;
  entity: { code: string; name: string };
}

export interface EntityObjection {
  objectionId: string;
  taskId: string;
  departmentId: string;
  receivedOn: string;
  reviewDue: string;
  status: 'filed' | 'reviewed' | 'notified';
  upheld?: boolean;
  reviewedOn?: string;
  noticeDue?: string;
  notifiedOn?: string;
}

/**
 * Calls a route of the business's own, with its session in X-Entity-Session (never an official's
 * token: these routes accept none). Rejects with ApiFailure as every call does.
 */
export async function entityCall<T>(
  method: string,
  path: string,
  session: string | undefined,
  body?: unknown,
): Promise<T> {
  const response = await fetchWithToken(path, undefined, {
    method,
    headers: {
      ...(session ? { 'x-entity-session': session } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return readJson<T>(response);
}
