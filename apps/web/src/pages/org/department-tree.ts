import type { Department } from '../../api/use-departments';

export interface TreeRow {
  department: Department;
  /** 0 for a top-level unit, 1 for its children, … */
  depth: number;
  parent?: Department;
  children: Department[];
}

/**
 * The units in tree order: each top-level unit (no parent, or a parent not listed), then its children
 * depth-first, siblings by id. A unit the walk does not reach (a cycle the api should never let in) is
 * listed at the end at depth 0, so that no unit is ever hidden.
 */
export function treeRows(departments: readonly Department[]): TreeRow[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const children = new Map<string, Department[]>();
  for (const d of departments) {
    if (d.parentId !== undefined && byId.has(d.parentId)) {
      children.set(d.parentId, [...(children.get(d.parentId) ?? []), d]);
    }
  }
  const byIdOrder = (a: Department, b: Department) => a.id.localeCompare(b.id);
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const visit = (d: Department, depth: number) => {
    if (seen.has(d.id)) return;
    seen.add(d.id);
    const own = [...(children.get(d.id) ?? [])].sort(byIdOrder);
    const parent = d.parentId === undefined ? undefined : byId.get(d.parentId);
    rows.push({ department: d, depth, ...(parent ? { parent } : {}), children: own });
    for (const child of own) visit(child, depth + 1);
  };
  const roots = departments.filter((d) => d.parentId === undefined || !byId.has(d.parentId));
  for (const root of [...roots].sort(byIdOrder)) visit(root, 0);
  for (const d of [...departments].sort(byIdOrder)) visit(d, 0);
  return rows;
}

/** The units that may become `id`'s parent: any but itself and those below it. */
export function possibleParents(departments: readonly Department[], id: string): Department[] {
  const below = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId !== undefined && below.has(d.parentId) && !below.has(d.id)) {
        below.add(d.id);
        grew = true;
      }
    }
  }
  return departments.filter((d) => !below.has(d.id));
}
