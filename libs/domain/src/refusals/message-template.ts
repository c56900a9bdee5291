/** A refusal's words in both languages of the console: Chinese first (what officials read), and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type RefusalLocale = keyof Bilingual;

/** How the reader's side names what the api identifies by id (departments, roles). */
export interface Namers {
  department?: (id: string) => string;
  role?: (role: string) => string;
}

/** Detail keys whose values are departments' ids, and roles: named for the reader, never shown raw. */
const DEPARTMENT_KEY = /^(?:departmentIds?|leadDepartmentId|actingFor)$/;
const ROLE_KEY = /^(?:roles|allowedRoles)$/;

/**
 * Fills a template's `{key}` placeholders from `values`: a list is joined (、 in Chinese), a
 * department's id is named by its name and a role by its title. `{list.name}` takes `name` of each
 * entry of a list (or of one object), e.g. `{missingColumns.zh}` for the columns' Chinese headers.
 * A part in square brackets, `[：{departmentIds}]`, is left out whole when a value it names is
 * missing, so that one template serves details that carry more or less.
 */
export function fillTemplate(
  template: string,
  values: Record<string, unknown>,
  locale: RefusalLocale,
  namers: Namers = {},
): string {
  const show = (key: string): string | undefined => {
    const [name, part] = key.split('.', 2);
    const value = part === undefined ? values[name] : partOf(values[name], part);
    if (value === undefined || value === null || value === '') return undefined;
    const list = (Array.isArray(value) ? (value as unknown[]) : [value]).map((one) =>
      nameOf(
        part ?? name,
        typeof one === 'string' || typeof one === 'number' ? String(one) : JSON.stringify(one),
        namers,
      ),
    );
    if (list.length === 0) return undefined;
    return list.join(locale === 'zh' ? '、' : ', ');
  };
  const withOptionalParts = template.replace(/\[([^\]]*)\]/g, (_whole, optional: string) =>
    [...optional.matchAll(PLACEHOLDER)].every(([, key]) => show(key) !== undefined) ? optional : '',
  );
  return withOptionalParts.replace(PLACEHOLDER, (whole, key: string) => show(key) ?? whole);
}

/** `{key}` or `{list.name}`. */
const PLACEHOLDER = /\{(\w+(?:\.\w+)?)\}/g;

/** `part` of each entry of a list (flattened), or of one object; undefined when none has it. */
function partOf(value: unknown, part: string): unknown[] | undefined {
  const entries = Array.isArray(value) ? (value as unknown[]) : [value];
  const parts = entries.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const one = (entry as Record<string, unknown>)[part];
    return one === undefined || one === null || one === ''
      ? []
      : Array.isArray(one)
        ? (one as unknown[])
        : [one];
  });
  return parts.length > 0 ? parts : undefined;
}

function nameOf(key: string, value: string, namers: Namers): string {
  if (DEPARTMENT_KEY.test(key) && namers.department) return namers.department(value);
  if (ROLE_KEY.test(key) && namers.role) return namers.role(value);
  return value;
}
