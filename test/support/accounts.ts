import type { ApiHarness, Answer } from './api-harness';
import { admin } from './api-harness';

/** A password that meets the policy. */
export const GOOD_PASSWORD = 'Xin-mi-ma-2026!';

export interface SignedInAnswer {
  user: { id: string; name: string; departmentId: string; roles: string[] };
  sessionId: string;
  accessExpiresAt: string;
  sessionEndsAt: string;
  accessToken?: string;
  refreshToken?: string;
}

/** Registers a department (if new) and an official in it; answers the user id. */
export async function registerOfficial(
  api: ApiHarness,
  official: { departmentId: string; employeeNumber: string; name?: string },
): Promise<string> {
  await api.call('POST', '/api/departments', {
    as: admin,
    body: { id: official.departmentId, name: `部门 ${official.departmentId}`, regionCode: '320102' },
  });
  const answer = await api.call<{ id: string }>('POST', '/api/users', {
    as: admin,
    body: {
      departmentId: official.departmentId,
      name: official.name ?? '王晓',
      post: '科员',
      employeeNumber: official.employeeNumber,
      mobile: '13912345678',
    },
  });
  if (answer.status !== 201) throw new Error(`registering: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

/** An administrator's reset: the temporary password. */
export async function resetPassword(api: ApiHarness, userId: string): Promise<string> {
  const answer = await api.call<{ temporaryPassword: string }>(
    'POST',
    `/api/users/${userId}/password-reset`,
    {
      as: admin,
    },
  );
  if (answer.status !== 200) throw new Error(`reset: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.temporaryPassword;
}

export function signIn(
  api: ApiHarness,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer<SignedInAnswer>> {
  return api.call<SignedInAnswer>('POST', '/api/auth/sign-in', { body, headers });
}

/** Registers, resets, and signs in with a password of the official's own: the bearer answer. */
export async function signedInOfficial(
  api: ApiHarness,
  official: { departmentId: string; employeeNumber: string; name?: string },
  roles: string[] = [],
): Promise<SignedInAnswer & { accessToken: string; refreshToken: string }> {
  const userId = await registerOfficial(api, official);
  for (const role of roles) {
    await api.call('POST', `/api/users/${userId}/roles`, { as: admin, body: { role } });
  }
  const temporary = await resetPassword(api, userId);
  const answer = await signIn(api, {
    department: official.departmentId,
    employeeNumber: official.employeeNumber,
    password: temporary,
    newPassword: GOOD_PASSWORD,
  });
  if (answer.status !== 200) throw new Error(`sign-in: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as SignedInAnswer & { accessToken: string; refreshToken: string };
}

/** Calls the api with a bearer token as it is (no minting). */
export function withToken<T = Record<string, unknown>>(
  api: ApiHarness,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<Answer<T>> {
  return api.call<T>(method, path, { headers: { authorization: `Bearer ${token}` }, body });
}
