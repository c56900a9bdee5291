/** The public disclosures as `GET /api/public/*` answers them: masked by the api, shown as they are. */
export interface PublicResult {
  id: string;
  taskId: string;
  entityId: string;
  departmentId: string;
  category: string;
  items: { itemId: string; compliant?: boolean }[];
  inspectedOn: string;
  publishedOn: string;
  correction?: { correctedOn: string; reason: string; previousCategory: string };
}

export interface PublicResults {
  entities: { id: string; code: string; name: string }[];
  results: PublicResult[];
}

export interface PublicPlan {
  id: string;
  year: number;
  name: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  itemIds: string[];
  targetCriteria: { kinds?: string[] };
  ratiosByCreditRisk: Partial<Record<string, number>>;
  window: { from: string; to: string };
  status: string;
  version: number;
  publishedAt?: string;
}

export interface PublicAnnouncement {
  id: string;
  name: string;
  leadDepartmentId: string;
  departmentIds: string[];
  itemIds: string[];
  window: { from: string; to: string };
  entityCount: number;
  announcedOn?: string;
}

export interface PublicCheckItem {
  id: string;
  departmentId: string;
  name: string;
  basis: string;
  targetKinds: string[];
  content: string;
  methods: string[];
  itemClass: string;
  ratio?: number;
  frequencyPerYear?: number;
}

/** A plan's sampling ratios in credit-risk order (A, lowest risk, first). */
export function ratiosInOrder(ratios: Partial<Record<string, number>>): [string, number][] {
  return Object.entries(ratios)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The `GET /api/public/results` query from the search form: blanks left out, or undefined when both are blank. */
export function resultsQuery(
  entityCode: string,
  name: string,
): { entityCode?: string; name?: string } | undefined {
  const code = entityCode.trim();
  const start = name.trim();
  if (!code && !start) return undefined;
  return { ...(code ? { entityCode: code } : {}), ...(start ? { name: start } : {}) };
}
