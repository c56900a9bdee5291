import { ApiFailure } from '../../api/client';

/** The file name a `content-disposition` header gives (`filename*=` first), or the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // not percent-encoded after all: try the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : fallback;
}

/**
 * Downloads a file the api serves only to a signed-in user: fetched with the bearer token, then
 * saved through a blob link (a plain link could not carry the token). Rejects with ApiFailure.
 */
export async function downloadWithToken(
  path: string,
  token: string | undefined,
  fallback: string,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw new ApiFailure(0, 'NETWORK', (error as Error).message);
  }
  if (!response.ok) {
    const text = await response.text();
    let body: { code?: string; message?: string; details?: unknown } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // not JSON: the text is the message
    }
    throw new ApiFailure(
      response.status,
      body.code ?? String(response.status),
      body.message ?? text,
      body.details,
    );
  }
  const name = fileNameFrom(response.headers.get('content-disposition'), fallback);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}
