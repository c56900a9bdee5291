import type { CaseFileEntry, CaseFileTask, CaseFileValue } from '@app/contract';
import type { CaseFileFrame } from './case-file-reads';
import { type FormDocument, beijingMinute, formNumber } from '../forms/form-document';

/** What each entry records, in the archive's words. */
export const ENTRY_WORDS: Record<string, string> = {
  drawn: '被抽中',
  result: '录入检查结果',
  publication: '公示检查结果',
  publicationStopped: '停止公示',
  nonPublication: '申请不予公示',
  correction: '申请更正结果',
  objection: '收到异议',
  followUp: '后续处置',
  rectification: '整改复查结果',
  evidence: '附加证据材料',
  sharedVisit: '合并检查（一次到位）',
  withdrawn: '经批准撤出任务',
  handedOver: '移交属地部门',
  taskCancelled: '任务取消',
  exported: '导出档案',
};

const STEP_WORDS: Record<string, string> = {
  ResultCorrected: '更正已批准',
  ResultWithheldFromPublication: '不予公示已批准',
  RequestRejected: '申请被驳回',
  ObjectionReviewed: '异议已复核',
  ObjectionOutcomeNotified: '复核结果已告知',
};

const FIELD_WORDS: Record<string, string> = {
  category: '结论',
  method: '方式',
  inspectedOn: '检查日期',
  entry: '录入次序',
  publishedOn: '公示日期',
  late: '逾期',
  upheld: '异议成立',
  reviewedOn: '复核日期',
  notifiedOn: '告知日期',
  receivedOn: '收到日期',
  reviewDue: '复核期限',
  followUpKind: '处置类型',
  rectified: '已整改',
  rectifiedOn: '整改日期',
  kind: '类型',
  contentType: '格式',
  size: '字节',
  hash: 'SHA-256',
  name: '文件名',
  to: '附于',
  visitId: '联合检查',
  countedWith: '合并计入任务',
  files: '文件数',
  manifestSha256: '清单 SHA-256',
};

const value = (v: CaseFileValue): string => (typeof v === 'boolean' ? (v ? '是' : '否') : String(v));

function describe(detail: Record<string, CaseFileValue>): string {
  return Object.entries(detail)
    .filter(([key]) => FIELD_WORDS[key] !== undefined)
    .map(([key, v]) => `${FIELD_WORDS[key]}：${value(v)}`)
    .join('；');
}

/** One row per entry: when, task, department, what, and its content (steps after it). */
export function entryRow(entry: CaseFileEntry): string[] {
  const steps = (entry.steps ?? []).map(
    (s) => `${STEP_WORDS[s.act] ?? s.act}（${beijingMinute(new Date(s.at))}）${describe(s.detail)}`,
  );
  const withheld = entry.withheld ? '（非本部门任务的证据，文件不予列示）' : '';
  return [
    beijingMinute(new Date(entry.at)),
    entry.taskId ?? '—',
    entry.departmentId ?? '—',
    ENTRY_WORDS[entry.kind] ?? entry.kind,
    [describe(entry.detail) + withheld, ...steps].filter(Boolean).join('\n'),
  ];
}

const taskRow = (t: CaseFileTask): string[] => [
  t.taskId,
  t.name,
  `${t.type === 'planned' ? '计划内' : '非计划'}${t.joint ? '·联合' : ''}`,
  t.departmentIds.join('、'),
  `${t.window.from} 至 ${t.window.to}`,
  t.drawnAt ? beijingMinute(new Date(t.drawnAt)) : '—',
];

/** The case file's printed summary (档案目录), in time order, for the export's summary.pdf. */
export function caseFileSummary(
  frame: CaseFileFrame,
  entries: readonly CaseFileEntry[],
  files: number,
  at: Date,
  consoleUrl: string,
): FormDocument {
  const { entity } = frame;
  return {
    kind: 'case-file',
    title: '市场主体抽查档案',
    number: formNumber('case-file', '', entity.id),
    taskId: '',
    entityId: entity.id,
    subtitle: `${entity.name}（统一社会信用代码 ${entity.code}）`,
    publicUrl: consoleUrl,
    generatedAt: beijingMinute(at),
    blocks: [
      {
        kind: 'fields',
        fields: [
          { label: '市场主体', value: entity.name },
          { label: '统一社会信用代码', value: entity.code },
          { label: '抽查任务', value: `${frame.tasks.length} 项` },
          { label: '档案记录', value: `${entries.length} 条` },
          { label: '证据文件', value: `${files} 个（见 evidence/ 目录，校验值见 manifest.json）` },
          { label: '范围', value: frame.reader.scope === 'all' ? '全部任务' : '本部门参与的任务的证据' },
        ],
      },
      { kind: 'heading', text: '一、抽中该主体的抽查任务' },
      {
        kind: 'table',
        columns: [
          { title: '任务编号', weight: 5 },
          { title: '任务名称', weight: 5 },
          { title: '类型', weight: 3 },
          { title: '部门', weight: 4 },
          { title: '检查期限', weight: 5 },
          { title: '抽中时间', weight: 4 },
        ],
        rows: frame.tasks.map(taskRow),
      },
      { kind: 'heading', text: '二、年度抽查次数' },
      {
        kind: 'table',
        columns: [
          { title: '年度', weight: 2 },
          { title: '计入次数', weight: 2 },
          { title: '任务', weight: 8 },
        ],
        rows: frame.yearlyChecks.map((y) => [String(y.year), String(y.count), y.taskIds.join('、')]),
      },
      { kind: 'heading', text: '三、档案记录（按时间顺序）' },
      {
        kind: 'table',
        columns: [
          { title: '时间', weight: 4 },
          { title: '任务', weight: 5 },
          { title: '部门', weight: 3 },
          { title: '事项', weight: 4 },
          { title: '内容', weight: 10 },
        ],
        rows: entries.map(entryRow),
      },
    ],
  };
}
