import type { Font } from 'fontkit';

// Required on first use: fontkit (and the Brotli dictionary it decodes when loaded) cost about
// 75 ms of every start, and most processes never print a form (docs/operations.md, "Start-up").
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = (): typeof import('fontkit') => require('fontkit') as typeof import('fontkit');

/**
 * The CJK font the forms embed, parsed once (fontkit) and shared by every document: pdfkit takes a
 * parsed font as it takes a file, subsets it per document, and what fontkit caches of the glyphs
 * (outlines, the character map) serves every form after the first (7× faster than from the bytes).
 */
export interface FormFontData {
  face: Font;
}

/** The font parsed, or why it cannot be used (not a font; no collection member of that name). */
export function parseFormFont(bytes: Buffer, named: string, postscriptName?: string): FormFontData | string {
  let parsed: ReturnType<typeof import('fontkit').create>;
  try {
    parsed = fontkit().create(bytes, postscriptName);
  } catch (error) {
    return `${named}: not a usable font (${(error as Error).message})`;
  }
  if (parsed && 'fonts' in parsed) {
    const members = parsed.fonts.map((f) => f.postscriptName).join(', ');
    return `${named}: a collection; name one of its fonts after #: ${members}`;
  }
  if (!parsed || typeof parsed.layout !== 'function')
    return `${named}: no font ${postscriptName ?? ''} in the file`;
  return { face: parsed };
}
