import type { ImportColumn } from '../import';
import type { DepartmentCell } from './department-cell';
import { RowRefusal, labelledCell, listCell } from './import-runner';

/** The inspector sheet (执法检查人员名录导入模板). */
export const INSPECTOR_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'departmentId',
    zh: '所属部门',
    en: 'departmentId',
    required: true,
    example: 'scjg-320102',
    aliases: ['所属部门编号', '部门编号', '所属部门名称', '部门名称', '部门'],
    note: '部门名称或编号（编号见控制台“部门”页）',
  },
  { field: 'name', zh: '姓名', en: 'name', required: true, example: '李四' },
  {
    field: 'idCardNumber',
    zh: '身份证号',
    en: 'idCardNumber',
    required: true,
    example: '11010519491231002X',
    aliases: ['身份证号码', '公民身份号码'],
    note: '请将单元格设为文本格式',
  },
  {
    field: 'category',
    zh: '人员类别',
    en: 'category',
    required: true,
    example: '执法人员',
    note: '执法人员/具备资格人员/日常监管人员/专家/其他',
  },
  {
    field: 'certificateNo',
    zh: '执法证号',
    en: 'certificateNo',
    example: '32010200123',
    aliases: ['执法证件号'],
  },
  {
    field: 'regionCode',
    zh: '行政区划代码',
    en: 'regionCode',
    required: true,
    example: '320102',
    aliases: ['行政区划'],
  },
  {
    field: 'specialties',
    zh: '专业领域',
    en: 'specialties',
    example: '食品安全；特种设备',
    note: '多个以；分隔',
  },
  {
    field: 'methods',
    zh: '检查方式',
    en: 'methods',
    example: '现场检查',
    note: '书面检查/现场检查/网络监测/抽样检测/其他',
  },
  { field: 'phone', zh: '联系电话', en: 'phone', example: '13800138000' },
];

const CATEGORY_LABELS: Record<string, string> = {
  执法人员: 'certified',
  持证执法人员: 'certified',
  具备资格人员: 'qualified',
  日常监管人员: 'daily_supervision',
  专家: 'expert',
  其他: 'other',
};
const METHOD_LABELS: Record<string, string> = {
  书面检查: 'document_review',
  现场检查: 'onsite',
  网络监测: 'online_monitoring',
  抽样检测: 'sampling_test',
  其他: 'other',
};

/**
 * A row as the register's DTO reads it; the department cell (a name or a code) is read by
 * `department`, and a name it cannot resolve refuses the row.
 */
export function inspectorRowToPlain(
  values: Record<string, string>,
  department: (cell: string) => DepartmentCell = (cell) => ({ id: cell }),
): Record<string, unknown> | RowRefusal {
  const resolved = values.departmentId === undefined ? undefined : department(values.departmentId);
  if (resolved && 'reason' in resolved) {
    return new RowRefusal([{ field: 'departmentId', reason: resolved.reason }]);
  }
  const plain: Record<string, unknown> = {
    departmentId: resolved?.id,
    name: values.name,
    idCardNumber: values.idCardNumber?.toUpperCase(),
    category: labelledCell(values.category, CATEGORY_LABELS),
    certificateNo: values.certificateNo,
    regionCode: values.regionCode,
    specialties: listCell(values.specialties),
    methods: listCell(values.methods)?.map((m) => METHOD_LABELS[m] ?? m),
    phone: values.phone,
  };
  for (const key of Object.keys(plain)) if (plain[key] === undefined) delete plain[key];
  return plain;
}
