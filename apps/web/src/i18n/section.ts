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

/** The keys of a section. */
export type KeysOf<S> = S extends Section<infer K> ? K : never;

/** One section from its parts, one part per screen or area; a key belongs to one part only. */
export function merged<const P extends readonly Section<string>[]>(...parts: P): Section<KeysOf<P[number]>> {
  const zh: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const part of parts) {
    for (const key of Object.keys(part.zh)) {
      if (key in zh) throw new Error(`The message key ${key} is in two parts of one section`);
    }
    Object.assign(zh, part.zh);
    Object.assign(en, part.en);
  }
  return { zh, en };
}
