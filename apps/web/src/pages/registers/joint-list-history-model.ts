import type { JointItemListView } from './views';

export type JointListPart = 'industry' | 'leadDepartmentId' | 'itemIds';

/** One version of a 一业一单 as its history shows it: what changed from the one before, and why. */
export interface JointListHistoryEntry {
  version: number;
  at: string;
  reason?: string;
  changed: JointListPart[];
  itemIds: string[];
}

const PARTS: JointListPart[] = ['industry', 'leadDepartmentId', 'itemIds'];

/** The list's versions, newest first, each with the parts it changed (none for version 1). */
export function listHistory(list: Pick<JointItemListView, 'versions'>): JointListHistoryEntry[] {
  const sorted = [...list.versions].sort((a, b) => a.version - b.version);
  return sorted
    .map((v, index) => {
      const before = sorted[index - 1];
      const changed = before
        ? PARTS.filter((part) => JSON.stringify(v[part]) !== JSON.stringify(before[part]))
        : [];
      return {
        version: v.version,
        at: v.at,
        ...(v.reason !== undefined ? { reason: v.reason } : {}),
        changed,
        itemIds: v.itemIds,
      };
    })
    .reverse();
}
