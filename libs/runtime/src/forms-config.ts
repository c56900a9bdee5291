/**
 * The printed forms (docs/forms.md). FORM_FONT: the CJK font the PDFs embed, a file path with an
 * optional `#PostScriptName` for a member of a TrueType/OpenType collection (.ttc); default Debian's
 * fonts-noto-cjk, Simplified Chinese. PUBLIC_BASE_URL: where the public console is reached, for the
 * QR code on each form; unset, the address the request came to.
 */
export const FORM_FONT_VARIABLE = 'FORM_FONT';
export const PUBLIC_BASE_URL_VARIABLE = 'PUBLIC_BASE_URL';

export const DEFAULT_FORM_FONT =
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular';

export interface FormSettings {
  font: { path: string; postscriptName?: string };
  publicBaseUrl?: string;
}

/** `path#Name` → its parts; the name is what fontkit looks a collection member up by. */
export function parseFontSetting(value: string): { path: string; postscriptName?: string } {
  const hash = value.lastIndexOf('#');
  if (hash <= 0) return { path: value };
  const name = value.slice(hash + 1).trim();
  return name ? { path: value.slice(0, hash), postscriptName: name } : { path: value.slice(0, hash) };
}

export function readFormSettings(
  env: Record<string, string | undefined>,
): { settings: FormSettings } | { problems: string[] } {
  const problems: string[] = [];
  const font = env[FORM_FONT_VARIABLE]?.trim() || DEFAULT_FORM_FONT;
  if (font.length > 1000) problems.push(`${FORM_FONT_VARIABLE}: at most 1000 characters`);
  const base = env[PUBLIC_BASE_URL_VARIABLE]?.trim();
  let publicBaseUrl: string | undefined;
  if (base) {
    try {
      const url = new URL(base);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || base.length > 500) throw new Error();
      publicBaseUrl = url.href.replace(/\/+$/, '');
    } catch {
      problems.push(
        `${PUBLIC_BASE_URL_VARIABLE}=${JSON.stringify(base.slice(0, 60))}: an http(s) URL of at most 500 characters`,
      );
    }
  }
  if (problems.length > 0) return { problems };
  return { settings: { font: parseFontSetting(font), ...(publicBaseUrl ? { publicBaseUrl } : {}) } };
}
