import { section } from '../../section';

/** Labels of a plan's adjustment record. */
export const planAdjustments = section(
  {
    adjustments: '调整记录',
    noAdjustments: '没有调整过',
    adjustedBy: '调整人 {actor}',
    changedFields: '调整内容：{fields}',
    'field.name': '计划名称',
    'field.cooperatingDepartmentIds': '配合部门',
    'field.itemIds': '抽查事项',
    'field.targetCriteria': '检查对象范围',
    'field.ratiosByCreditRisk': '抽查比例',
    'field.window': '实施期间',
  },
  {
    adjustments: 'Adjustments',
    noAdjustments: 'Never adjusted',
    adjustedBy: 'by {actor}',
    changedFields: 'Changed: {fields}',
    'field.name': 'name',
    'field.cooperatingDepartmentIds': 'cooperating departments',
    'field.itemIds': 'check items',
    'field.targetCriteria': 'whom it aims at',
    'field.ratiosByCreditRisk': 'sampling ratios',
    'field.window': 'period',
  },
);
