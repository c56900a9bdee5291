/** A part of the message catalogue: Chinese first, and English with exactly the same keys. */
export interface Section<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

export function section<const Z extends Record<string, string>>(
  zh: Z,
  en: { [K in keyof Z]: string },
): Section<Extract<keyof Z, string>> {
  return { zh, en };
}
