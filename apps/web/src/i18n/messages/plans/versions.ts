import { section } from '../../section';

/** A plan's published versions and their filings (plan-versions.tsx). */
export const planVersions = section(
  {
    'versions.title': '历次发布',
    'versions.caption': '计划各发布版本（调整须重新发布后生效）',
    'versions.version': '版本',
    'versions.publishedOn': '发布日期',
    'versions.reasons': '调整理由',
    'versions.first': '首次发布',
    'versions.filing': '备案',
    'versions.filed': '{date} 向{office}备案',
    'versions.filedLate': '{date} 向{office}备案（逾期）',
    'versions.notFiled': '未备案',
  },
  {
    'versions.title': 'Published versions',
    'versions.caption': 'Each published version (an adjustment takes effect once published again)',
    'versions.version': 'Version',
    'versions.publishedOn': 'Published on',
    'versions.reasons': 'Reasons for adjusting',
    'versions.first': 'First publication',
    'versions.filing': 'Filing',
    'versions.filed': 'Filed with {office} on {date}',
    'versions.filedLate': 'Filed with {office} on {date} (late)',
    'versions.notFiled': 'Not filed',
  },
);
