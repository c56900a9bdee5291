/** Kinds of entity in the directory (检查对象名录库; Standard, Gui'an 第十七条). */
export const ENTITY_KINDS = [
  'enterprise',
  'individual_business',
  'other_body',
  'product',
  'project',
  'behaviour',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kinds whose code must be a unified social credit code. */
export const KINDS_WITH_USCC: readonly EntityKind[] = ['enterprise', 'individual_business'];

export const CREDIT_RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type CreditRisk = (typeof CREDIT_RISK_CLASSES)[number];

/**
 * How an inspection is done: 书面检查、网络监测、实地核查、其他 (Gui'an 第十三条); 抽样检测 (Standard;
 * Yiyuan 二十四); 委托第三方 (professional bodies' verification: Yiyuan 二十四; Siyang). `other` is
 * Gui'an's 其他, kept as a current method.
 */
export const INSPECTION_METHODS = [
  'document_review',
  'onsite',
  'online_monitoring',
  'sampling_test',
  'third_party',
  'other',
] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

/** What answers show for a result entered before its method was recorded. */
export const UNRECORDED_METHOD = 'unrecorded';

/**
 * A: general (一般检查事项); B: key (重点检查事项, no upper limit); C: joint cross-department (Gui'an
 * 第十四条). Each class's ratio limits are a setting (item-class-limits.ts).
 */
export const ITEM_CLASSES = ['A', 'B', 'C'] as const;
export type ItemClass = (typeof ITEM_CLASSES)[number];

export const INSPECTOR_CATEGORIES = [
  'certified',
  'qualified',
  'daily_supervision',
  'expert',
  'other',
] as const;
export type InspectorCategory = (typeof INSPECTOR_CATEGORIES)[number];

/**
 * Experts and other staff assist; they are not 执法人员 and never count toward a team's two
 * (Yiyuan 十九、二十; the Anhui standard): they come from the expert pool (docs/draw.md §8.1).
 */
export const AUXILIARY_CATEGORIES: readonly InspectorCategory[] = ['expert', 'other'];

/** Enterprise scales (an entity's profile keeps its scale as plain text; forms and filters offer these). */
export const SCALES = ['large', 'medium', 'small', 'micro'] as const;
export type Scale = (typeof SCALES)[number];

/** A registered entity's status. */
export const ENTITY_STATUSES = ['registered', 'deregistered'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/** A defined check item's status. */
export const ITEM_STATUSES = ['active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const INSPECTOR_STATUSES = ['active', 'suspended', 'left'] as const;
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];

/** Personal data sealed with the person's own key (crypto-shredding); opaque to the domain. */
export type SealedPersonalData = Readonly<Record<string, string | number>>;

/** Stream names of the register aggregates. */
export const registerStreams = {
  department: (id: string) => `department-${id}`,
  checkItem: (id: string) => `checkItem-${id}`,
  jointItemList: (id: string) => `jointItemList-${id}`,
  entity: (id: string) => `entity-${id}`,
  inspector: (id: string) => `inspector-${id}`,
  calendarYear: (year: number) => `calendarYear-${year}`,
  plan: (id: string) => `plan-${id}`,
  /** One visit for several locked tasks (ADR 39). */
  visit: (id: string) => `visit-${id}`,
  /** The joint office's consolidated plan of a year (全县联合抽查计划). */
  consolidatedPlan: (jointOfficeId: string, year: number) => `consolidatedPlan-${jointOfficeId}-${year}`,
  inspectionTask: (id: string) => `inspectionTask-${id}`,
  /** Every entity draw whose pool is the log as it stands, in order (ADR 44). */
  drawLedger: () => 'drawLedger',
  user: (id: string) => `user-${id}`,
  /** An entity's case file (一对象一档案): each export of it. */
  caseFile: (entityId: string) => `caseFile-${entityId}`,
  /** A referral (移送/转办) of a result's finding to another department (ADR 50). */
  referral: (id: string) => `referral-${id}`,
};
