import { ENTITY_KIND_WORDS, SCALE_WORDS, wordsToCodes } from '@app/domain/registers/vocabulary-words';
import type { ImportColumn } from '../import';
import { flagCell, labelledCell, listCell, numberCell } from './import-runner';

/** The entity sheet (检查对象名录导入模板): Chinese and English headers. */
export const ENTITY_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'code',
    zh: '统一社会信用代码',
    en: 'code',
    required: true,
    example: '91350100M000100Y43',
    aliases: ['代码', '信用代码', '编码'],
    note: '企业、个体工商户须为18位统一社会信用代码',
  },
  {
    field: 'name',
    zh: '名称',
    en: 'name',
    required: true,
    example: '福州某某餐饮有限公司',
    aliases: ['企业名称', '主体名称'],
  },
  {
    field: 'kind',
    zh: '对象类型',
    en: 'kind',
    required: true,
    aliases: ['类型'],
    example: ENTITY_KIND_WORDS.enterprise,
    note: Object.values(ENTITY_KIND_WORDS).join('/'),
  },
  {
    field: 'address',
    zh: '地址',
    en: 'address',
    required: true,
    example: '福州市鼓楼区五四路1号',
    aliases: ['住所', '经营场所'],
  },
  {
    field: 'legalRepresentative',
    zh: '法定代表人',
    en: 'legalRepresentative',
    example: '张三',
    aliases: ['负责人', '经营者'],
  },
  {
    field: 'regionCode',
    zh: '行政区划代码',
    en: 'regionCode',
    required: true,
    example: '350102',
    aliases: ['行政区划'],
  },
  {
    field: 'industryCode',
    zh: '行业代码',
    en: 'industryCode',
    required: true,
    example: 'H6210',
    note: 'GB/T 4754',
  },
  {
    field: 'scale',
    zh: '规模',
    en: 'scale',
    example: SCALE_WORDS.small,
    note: Object.values(SCALE_WORDS).join('/'),
  },
  { field: 'tags', zh: '标签', en: 'tags', example: '餐饮；学校周边', note: '多个以；分隔' },
  {
    field: 'creditRisk',
    zh: '信用风险分类',
    en: 'creditRisk',
    required: true,
    example: 'B',
    note: 'A（低）—D（高）',
    aliases: ['信用风险等级'],
  },
  { field: 'abnormalList', zh: '列入经营异常名录', en: 'abnormalList', example: '否', note: '是/否' },
  {
    field: 'seriousViolationList',
    zh: '列入严重违法失信名单',
    en: 'seriousViolationList',
    example: '否',
    note: '是/否',
  },
  { field: 'complaintsThisYear', zh: '本年投诉举报次数', en: 'complaintsThisYear', example: '0' },
];

const KIND_LABELS = wordsToCodes(ENTITY_KIND_WORDS, {});
const SCALE_LABELS = wordsToCodes(SCALE_WORDS, {});

export function entityRowToPlain(values: Record<string, string>): Record<string, unknown> {
  const plain: Record<string, unknown> = {
    code: values.code,
    name: values.name,
    kind: labelledCell(values.kind, KIND_LABELS),
    address: values.address,
    legalRepresentative: values.legalRepresentative,
    regionCode: values.regionCode,
    industryCode: values.industryCode,
    scale: labelledCell(values.scale, SCALE_LABELS),
    tags: listCell(values.tags),
    creditRisk: values.creditRisk?.replace(/类$/, '').toUpperCase(),
    abnormalList: flagCell(values.abnormalList),
    seriousViolationList: flagCell(values.seriousViolationList),
    complaintsThisYear: numberCell(values.complaintsThisYear),
  };
  for (const key of Object.keys(plain)) if (plain[key] === undefined) delete plain[key];
  return plain;
}
