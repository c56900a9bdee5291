import type { Bilingual } from '../message-template';

/** The case file of a business (一对象一档案): the export's record and the api's access and size codes. */
export const CASE_FILE_REFUSALS: Record<string, Bilingual> = {
  CASE_FILE_EXPORT_INVALID: {
    zh: '档案导出记录须载明清单的 SHA-256 值及条目、文件数量。',
    en: 'An export names its manifest’s SHA-256 and its counts.',
  },
  CASE_FILE_FORBIDDEN: {
    zh: '只有抽中过该对象的任务的参与部门、审计人员和监督人员可以查看其档案。',
    en: 'Only the departments of a task that drew this business, auditors and supervisors see its case file.',
  },
  CASE_FILE_TOO_LARGE: {
    zh: '该档案过大，不能一次导出[（至多 {maxFiles} 个文件、{maxBytes} 字节）]，请联系系统管理员分批导出。',
    en: 'This case file is too large for one export[ (at most {maxFiles} files, {maxBytes} bytes)]; an administrator exports it in parts.',
  },
};
