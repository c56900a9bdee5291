import type { EntityKind, InspectionMethod, InspectorCategory, Scale } from './vocabulary';

/**
 * The words officials read and write for the register vocabulary: one source for the console's
 * labels and the import templates, so a sheet filled from the template uses the form's words.
 * The methods are the regulation's (国办发〔2015〕58号: 书面检查、实地核查、网络监测; Gui'an 第十三条;
 * 抽样检测 and 委托第三方: Yiyuan 二十四).
 */
export const INSPECTION_METHOD_WORDS: Readonly<Record<InspectionMethod, string>> = {
  document_review: '书面检查',
  onsite: '实地核查',
  online_monitoring: '网络监测',
  sampling_test: '抽样检测',
  third_party: '委托第三方',
  other: '其他方式',
};

export const INSPECTOR_CATEGORY_WORDS: Readonly<Record<InspectorCategory, string>> = {
  certified: '持证执法人员',
  qualified: '具备执法资格人员',
  daily_supervision: '日常监管人员',
  expert: '专家',
  other: '其他人员',
};

export const ENTITY_KIND_WORDS: Readonly<Record<EntityKind, string>> = {
  enterprise: '企业',
  individual_business: '个体工商户',
  other_body: '其他组织',
  product: '产品',
  project: '项目',
  behaviour: '行为',
};

/** Enterprise scales (the domain keeps them as plain strings). */
export const SCALE_WORDS: Readonly<Record<Scale, string>> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

/** Words earlier templates printed, still read from sheets filled in with them. */
export const FORMER_INSPECTION_METHOD_WORDS: Readonly<Record<string, InspectionMethod>> = {
  现场检查: 'onsite',
  其他: 'other',
};

export const FORMER_INSPECTOR_CATEGORY_WORDS: Readonly<Record<string, InspectorCategory>> = {
  执法人员: 'certified',
  具备资格人员: 'qualified',
  其他: 'other',
};

/** Word → code, the current words and the former ones. */
export function wordsToCodes<C extends string>(
  words: Readonly<Record<C, string>>,
  former: Readonly<Record<string, C>>,
): Record<string, C> {
  const out: Record<string, C> = { ...former };
  for (const [code, word] of Object.entries(words) as [C, string][]) out[word] = code;
  return out;
}
