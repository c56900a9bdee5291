/** A field the api refused, and why (HTTP 400 `details`). */
export interface FieldProblem {
  field: string;
  reason: string;
}

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

  /** The reason the api gave for one field (`items[0].finding` matches `items`), if any. */
  reasonFor(field: string): string | undefined {
    if (!Array.isArray(this.details)) return undefined;
    const problems = this.details as FieldProblem[];
    return problems.find(
      (p) => p.field === field || p.field?.startsWith(`${field}.`) || p.field?.startsWith(`${field}[`),
    )?.reason;
  }
}

export interface CallOptions {
  token?: string;
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the api at the same origin; resolves with its JSON, rejects with ApiFailure. */
export async function callApi<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const url = params.size > 0 ? `${path}?${params.toString()}` : path;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiFailure(0, 'NETWORK', (error as Error).message);
  }
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const body = (json ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiFailure(
      response.status,
      body.code ?? String(response.status),
      body.message ?? text,
      body.details,
    );
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A page of a list route (`nextCursor` when more follow). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
