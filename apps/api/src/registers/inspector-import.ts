import type { ImportColumn } from '../import';
import type { DepartmentCell } from './department-cell';
import { RowRefusal, labelledCell, listCell } from './import-runner';
import {
  FORMER_INSPECTION_METHOD_WORDS,
  FORMER_INSPECTOR_CATEGORY_WORDS,
  INSPECTION_METHOD_WORDS,
  INSPECTOR_CATEGORY_WORDS,
  wordsToCodes,
} from '@app/domain/registers/vocabulary-words';

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
    example: INSPECTOR_CATEGORY_WORDS.certified,
    note: Object.values(INSPECTOR_CATEGORY_WORDS).join('/'),
  },
  {
    field: 'certificateNo',
    zh: '执法证号',
    en: 'certificateNo',
    example: '32010200123',
    aliases: ['执法证件号'],
  },
  {
    field: 'enforcementValidUntil',
    zh: '执法资格有效期至',
    en: 'enforcementValidUntil',
    example: '2028-12-31',
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
    example: INSPECTION_METHOD_WORDS.onsite,
    note: `${Object.values(INSPECTION_METHOD_WORDS).join('/')}，多个以；分隔`,
  },
  { field: 'phone', zh: '联系电话', en: 'phone', example: '13800138000' },
];

// The console's words, and those earlier templates printed (sheets filled with them still import).
const CATEGORY_LABELS = wordsToCodes(INSPECTOR_CATEGORY_WORDS, FORMER_INSPECTOR_CATEGORY_WORDS);
const METHOD_LABELS = wordsToCodes(INSPECTION_METHOD_WORDS, FORMER_INSPECTION_METHOD_WORDS);

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
    return new RowRefusal([{ field: 'departmentId', ...resolved }]);
  }
  const plain: Record<string, unknown> = {
    departmentId: resolved?.id,
    name: values.name,
    idCardNumber: values.idCardNumber?.toUpperCase(),
    category: labelledCell(values.category, CATEGORY_LABELS),
    certificateNo: values.certificateNo,
    enforcementValidUntil: values.enforcementValidUntil,
    regionCode: values.regionCode,
    specialties: listCell(values.specialties),
    methods: listCell(values.methods)?.map((m) => METHOD_LABELS[m] ?? m),
    phone: values.phone,
  };
  for (const key of Object.keys(plain)) if (plain[key] === undefined) delete plain[key];
  return plain;
}
