import autocannon from 'autocannon';

type Call = <T>(method: string, path: string, as: string, body?: unknown) => Promise<T>;

/**
 * A session access token for a registered official (issue 19): registered by the administrator,
 * granted `roles`, reset, and signed in through POST /api/auth/sign-in with a password of their
 * own. Requests with it are resolved against the users and sessions read models every time.
 */
export async function signedInToken(
  base: string,
  call: Call,
  admin: string,
  official: { departmentId: string; employeeNumber: string; roles: string[] },
): Promise<string> {
  const { id } = await call<{ id: string }>('POST', '/api/users', admin, {
    departmentId: official.departmentId,
    name: '压测科员',
    post: '科员',
    employeeNumber: official.employeeNumber,
    mobile: '13912345678',
  });
  for (const role of official.roles) await call('POST', `/api/users/${id}/roles`, admin, { role });
  const { temporaryPassword } = await call<{ temporaryPassword: string }>(
    'POST',
    `/api/users/${id}/password-reset`,
    admin,
  );
  const answer = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      department: official.departmentId,
      employeeNumber: official.employeeNumber,
      password: temporaryPassword,
      newPassword: 'Ya-ce-mi-ma-2026!',
      delivery: 'bearer',
    }),
  });
  const body = (await answer.json()) as { accessToken?: string };
  if (answer.status !== 200 || !body.accessToken) {
    throw new Error(`sign-in: ${answer.status} ${JSON.stringify(body)}`);
  }
  return body.accessToken;
}

/** One autocannon run of GET `url` with a bearer token. */
export async function readLoad(
  url: string,
  token: string,
  options: { connections: number; seconds: number },
): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: { authorization: `Bearer ${token}` },
  });
}

/** Rounds of one load as one result: requests over the whole time, latencies averaged. */
export function combined(rounds: readonly autocannon.Result[]): autocannon.Result {
  const mean = (of: (result: autocannon.Result) => number) =>
    Math.round(rounds.reduce((sum, result) => sum + of(result), 0) / rounds.length);
  const sum = (of: (result: autocannon.Result) => number) =>
    rounds.reduce((total, result) => total + of(result), 0);
  const duration = sum((result) => result.duration);
  return {
    ...rounds[0],
    duration: Number(duration.toFixed(2)),
    requests: {
      ...rounds[0].requests,
      average: sum((result) => result.requests.total) / duration,
      total: sum((result) => result.requests.total),
    },
    latency: { ...rounds[0].latency, p50: mean((r) => r.latency.p50), p99: mean((r) => r.latency.p99) },
    non2xx: sum((result) => result.non2xx),
    errors: sum((result) => result.errors),
    timeouts: sum((result) => result.timeouts),
  };
}

/** Service token against session token on the same route: what the revocation check costs. */
export function revocationCost(service: autocannon.Result, session: autocannon.Result): string {
  const ratio = session.requests.average / service.requests.average;
  const perRequestMs = 1000 / session.requests.average - 1000 / service.requests.average;
  return (
    `revocation check: session/service reads ${ratio.toFixed(2)}×, ` +
    `p50 ${session.latency.p50 - service.latency.p50 >= 0 ? '+' : ''}${session.latency.p50 - service.latency.p50} ms, ` +
    `p99 ${session.latency.p99 - service.latency.p99 >= 0 ? '+' : ''}${session.latency.p99 - service.latency.p99} ms, ` +
    `${perRequestMs.toFixed(3)} ms of server time per request`
  );
}
