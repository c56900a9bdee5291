import type { Bilingual } from '../message-template';

/** Evidence attached to the record (ADR 47): the domain's rules and the api's upload, store and access codes. */
export const EVIDENCE_REFUSALS: Record<string, Bilingual> = {
  EVIDENCE_OF_OTHER_DEPARTMENT: {
    zh: '只有该记录所属部门[（{departmentId}）]可以为其添加证据材料。',
    en: 'Only the department of this record[ ({departmentId})] adds evidence to it.',
  },
  FOLLOW_UP_NOT_FOUND: { zh: '未找到该后续处置记录。', en: 'No such follow-up in this task.' },
  CORRECTION_NOT_FOUND: { zh: '未找到该更正申请。', en: 'No such correction request in this task.' },
  CORRECTION_REJECTED: {
    zh: '该更正申请已被驳回，不能再添加证据材料。',
    en: 'This correction was rejected; no evidence is added to it.',
  },
  EVIDENCE_HASH_INVALID: {
    zh: '证据文件须以其内容的 SHA-256 值（64 位十六进制）标识。',
    en: 'A file is named by the SHA-256 of its content (64 hex digits).',
  },
  EVIDENCE_SIZE_INVALID: { zh: '证据文件不能为空。', en: 'A file of evidence is not empty.' },
  EVIDENCE_KIND_MISMATCH: {
    zh: '文件内容[（{contentType}）]与所选证据类别[（{kind}）]不符。',
    en: 'The file’s content[ ({contentType})] does not fit the kind of evidence chosen[ ({kind})].',
  },
  EVIDENCE_NAME_TOO_LONG: {
    zh: '文件名过长[，最多 {max} 个字符]。',
    en: 'The file name is too long[: at most {max} characters].',
  },
  EVIDENCE_ALREADY_ATTACHED: {
    zh: '该文件已附在这条记录上。',
    en: 'This file is attached to this record already.',
  },
  EVIDENCE_LIMIT_REACHED: {
    zh: '每条记录最多附[ {max} 个]证据文件。',
    en: 'A record has at most[ {max}] files of evidence.',
  },
  EVIDENCE_NOT_FOUND: {
    zh: '未找到该证据文件（或您无权查看）。',
    en: 'No such file of evidence (or it is not yours to see).',
  },
  EVIDENCE_BLOB_NOT_FOUND: {
    zh: '尚未上传该文件，请先上传再附加。',
    en: 'This file is not uploaded yet: upload it, then attach it.',
  },
  EVIDENCE_TOO_LARGE: {
    zh: '文件超过该类型的大小上限[（{maxBytes} 字节）]。',
    en: 'The file is over the size limit of its type[ ({maxBytes} bytes)].',
  },
  EVIDENCE_HASH_MISMATCH: {
    zh: '上传的内容与声明的 SHA-256 值不符，文件未保存。',
    en: 'The bytes uploaded do not match the SHA-256 announced; nothing was kept.',
  },
  EVIDENCE_TYPE_UNSUPPORTED: {
    zh: '不支持该文件类型（须为照片、音频、视频、PDF 文档或扫描件）。',
    en: 'This type of file is not accepted (photos, audio, video, PDF documents or scans).',
  },
  EVIDENCE_TYPE_CONTRADICTED: {
    zh: '文件内容[（{sniffed}）]与声明的类型[（{declared}）]不符。',
    en: 'The file’s content[ ({sniffed})] contradicts the type declared[ ({declared})].',
  },
  EVIDENCE_EMPTY: { zh: '上传的文件为空。', en: 'The file uploaded is empty.' },
  UPLOAD_NOT_FOUND: {
    zh: '未找到该上传（可能已完成或已取消）。',
    en: 'No such upload (it may be completed or aborted).',
  },
  UPLOAD_OFFSET_MISMATCH: {
    zh: '续传位置不符[：服务器已收到 {offset} 字节]，请从该位置继续。',
    en: 'The upload offset does not match[: the server has {offset} bytes]; resume from there.',
  },
  UPLOAD_INCOMPLETE: {
    zh: '上传尚未完成[（已收到 {offset} / {size} 字节）]。',
    en: 'The upload is not complete[ ({offset} of {size} bytes)].',
  },
  TASK_EVIDENCE_FORBIDDEN: {
    zh: '只有该任务的参与部门、审计人员和监督人员可以查看其证据材料。',
    en: 'Only the task’s departments, auditors and supervisors see its evidence.',
  },
  BLOB_STORE_UNAVAILABLE: {
    zh: '文件存储暂不可用（已满或无法连接），请稍后再上传；检查结果可先行录入。',
    en: 'The file store is unavailable (full or down); upload later — the result can be entered meanwhile.',
  },
};
