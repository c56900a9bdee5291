/** One version of a 一业一单 as published: what it held, when, and why it changed (never who). */
export interface PublicJointListVersion {
  version: number;
  industry: string;
  leadDepartmentId: string;
  departmentIds: string[];
  itemIds: string[];
  at: string;
  reason?: string;
}

/** A 一业一单 as the portal shows it (Anhui standard; Yuanqu 一(二)): its current version, items named. */
export interface PublicJointList {
  id: string;
  industry: string;
  leadDepartmentId: string;
  departmentIds: string[];
  items: { id: string; name: string; departmentId: string }[];
  version: number;
  status: 'active' | 'retired';
  drawnUpAt: string;
  updatedAt: string;
  retired?: { reason: string; at: string };
}
