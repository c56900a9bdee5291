/** A JSON call to an api at `base` as the bearer of `token` (none when empty: the public portal): its status and parsed body. */
export function jsonCall(base: string) {
  return async <T>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const answer = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    return { status: answer.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
}

/** A download from an api at `base` as the bearer of `token`: its status, headers and bytes. */
export function bytesCall(base: string) {
  return async (
    path: string,
    token: string,
  ): Promise<{ status: number; type: string; bytes: Uint8Array }> => {
    const answer = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: answer.status,
      type: answer.headers.get('content-type') ?? '',
      bytes: new Uint8Array(await answer.arrayBuffer()),
    };
  };
}
