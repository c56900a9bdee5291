/**
 * The part of fontkit (pdfkit's font engine, installed with it) the forms use: parsing the font
 * once. fontkit ships no types.
 */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    layout(text: string): unknown;
  }
  export interface FontCollection {
    fonts: Font[];
  }
  /** A font; for a collection given a member's PostScript name, that member (null when none has it). */
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection | null;
}
