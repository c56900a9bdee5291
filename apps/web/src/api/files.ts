import { fetchWithToken, readJson } from './client';

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
 * saved through a blob link (a plain link could not carry the token). Resolves with the file's
 * name; rejects with ApiFailure.
 */
export async function downloadWithToken(
  path: string,
  token: string | undefined,
  fallback: string,
): Promise<string> {
  const response = await fetchWithToken(path, token);
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

/** Uploads one file as multipart/form-data in the field the api reads (`file`); resolves with its JSON. */
export async function uploadFile<T>(path: string, token: string | undefined, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return readJson<T>(await fetchWithToken(path, token, { method: 'POST', body: form }));
}
