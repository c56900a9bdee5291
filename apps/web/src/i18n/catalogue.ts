import { audit } from './messages/audit';
import { common } from './messages/common';
import { dashboards } from './messages/dashboards';
import { fields } from './messages/fields';
import { nav } from './messages/nav';
import { org } from './messages/org';
import { plans } from './messages/plans';
import { publicPortal } from './messages/public';
import { registers } from './messages/registers';
import { tasks } from './messages/tasks';
import type { Section } from './section';

/** Every label of the console, by section: one catalogue, Chinese and English. */
const sections = {
  common,
  nav,
  org,
  tasks,
  plans,
  dashboards,
  registers,
  audit,
  public: publicPortal,
  fields,
};

type Sections = typeof sections;
type KeysOf<S> = S extends Section<infer K> ? K : never;

/** `section.key`, e.g. `nav.workbench`. */
export type MessageKey = {
  [S in keyof Sections]: `${S & string}.${KeysOf<Sections[S]>}`;
}[keyof Sections];

export type Locale = 'zh' | 'en';

const flat = (locale: Locale): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, part] of Object.entries(sections) as [string, Section<string>][]) {
    for (const [key, text] of Object.entries(part[locale])) out[`${name}.${key}`] = text;
  }
  return out;
};

export const catalogue: Record<Locale, Record<string, string>> = { zh: flat('zh'), en: flat('en') };

/** The label in this language, with `{name}` placeholders filled. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = catalogue[locale][key] ?? catalogue.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
