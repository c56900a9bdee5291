/** The registers' vocabulary as the api names it (docs/api.md, "Vocabulary"). */
export const ENTITY_KINDS = [
  'enterprise',
  'individual_business',
  'other_body',
  'product',
  'project',
  'behaviour',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kinds whose code must be a unified social credit code (统一社会信用代码). */
export const KINDS_WITH_USCC: readonly EntityKind[] = ['enterprise', 'individual_business'];

export const CREDIT_RISKS = ['A', 'B', 'C', 'D'] as const;
export type CreditRisk = (typeof CREDIT_RISKS)[number];

export const METHODS = ['document_review', 'onsite', 'online_monitoring', 'sampling_test', 'other'] as const;
export type Method = (typeof METHODS)[number];

export const ITEM_CLASSES = ['A', 'B', 'C'] as const;
export type ItemClass = (typeof ITEM_CLASSES)[number];

export const ITEM_STATUSES = ['active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ENTITY_STATUSES = ['registered', 'deregistered'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

export const SCALES = ['large', 'medium', 'small', 'micro'] as const;
export type Scale = (typeof SCALES)[number];

export const INSPECTOR_CATEGORIES = [
  'certified',
  'qualified',
  'daily_supervision',
  'expert',
  'other',
] as const;
export type InspectorCategory = (typeof INSPECTOR_CATEGORIES)[number];

export const INSPECTOR_STATUSES = ['active', 'suspended', 'left'] as const;
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];

/** Whether a value is one of a vocabulary's words (the api may answer words newer than this console). */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}
