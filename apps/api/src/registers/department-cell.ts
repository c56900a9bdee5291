import type { FieldProblem } from '@app/contract';
import { CODE } from '../common/field-rules';

/** What a sheet's department cell names: the department's id, or why the row cannot say. */
export type DepartmentCell = { id: string } | Pick<FieldProblem, 'reason' | 'rule' | 'params'>;

/**
 * Reads a department cell as officials fill it: the department's code or its registered name.
 * A name that several departments share, or that no department has, is the row's problem; an
 * unregistered code is left as written, for the rules that follow to refuse (e.g. OTHER_DEPARTMENT).
 */
export function departmentCellReader(
  departments: readonly { id: string; name: string }[],
): (cell: string) => DepartmentCell {
  const ids = new Set(departments.map((d) => d.id));
  const byName = new Map<string, string[]>();
  for (const d of departments) {
    const name = d.name.trim();
    byName.set(name, [...(byName.get(name) ?? []), d.id]);
  }
  return (cell) => {
    const text = cell.trim();
    if (ids.has(text)) return { id: text };
    const named = byName.get(text) ?? [];
    if (named.length === 1) return { id: named[0] };
    if (named.length > 1) {
      return {
        reason: `several departments are named ${text} (${named.join(', ')}): give the code instead`,
        rule: 'departmentNameShared',
        params: { name: text, departmentIds: named },
      };
    }
    if (CODE.test(text)) return { id: text };
    return {
      reason: `no department is registered with the name or code ${text}`,
      rule: 'departmentUnknown',
      params: { name: text },
    };
  };
}
