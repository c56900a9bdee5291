import type {
  CreditRisk,
  EntityKind,
  EntityStatus,
  InspectorCategory,
  InspectorStatus,
  ItemClass,
  ItemStatus,
  InspectionMethod,
} from '../../api/vocabulary';

export interface CheckItemView {
  id: string;
  departmentId: string;
  name: string;
  basis: string;
  targetKinds: EntityKind[];
  content: string;
  methods: InspectionMethod[];
  itemClass: ItemClass;
  ratio?: number;
  frequencyPerYear?: number;
  status: ItemStatus;
  retiredReason?: string;
  addedAt: string;
  updatedAt: string;
}

export interface JointItemListView {
  id: string;
  industry: string;
  leadDepartmentId: string;
  itemIds: string[];
  departmentIds: string[];
  drawnUpAt: string;
}

export interface EntityView {
  id: string;
  code: string;
  name: string;
  kind: EntityKind;
  address: string;
  legalRepresentative?: string;
  regionCode: string;
  industryCode: string;
  scale?: string;
  tags: string[];
  creditRisk: CreditRisk;
  abnormalList: boolean;
  seriousViolationList: boolean;
  complaintsThisYear: number;
  status: EntityStatus;
  deregisteredReason?: string;
  registeredAt: string;
  updatedAt: string;
}

/** Personal data as the api shows it: masked except for an administrator, `null` once erased. */
export interface InspectorView {
  id: string;
  departmentId: string;
  name: string;
  category: InspectorCategory;
  certificateNo?: string;
  regionCode: string;
  specialties: string[];
  methods: InspectionMethod[];
  status: InspectorStatus;
  conflicts: { entityId: string; reason: string; declaredAt: string }[];
  erased: boolean;
  idCardNumber: string | null;
  phone: string | null;
  registeredAt: string;
  updatedAt: string;
}

/** The answer to a bulk import (docs/api.md, "Bulk import"). */
export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  unknownColumns: string[];
  errors: { row: number; column?: string; field?: string; reason: string }[];
  errorsTruncated: boolean;
}
