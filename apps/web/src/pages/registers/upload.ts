import { ApiFailure } from '../../api/client';

/** Uploads one file as multipart/form-data in the field the api reads (`file`); resolves with its JSON. */
export async function uploadFile<T>(path: string, token: string | undefined, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  } catch (error) {
    throw new ApiFailure(0, 'NETWORK', (error as Error).message);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
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
