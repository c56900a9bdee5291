import type { YearlySummary } from '@app/contract';
import type * as ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';

// Required on first use (docs/operations.md, "Start-up"): most processes never write a workbook.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljs = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

/** Rows per sheet at most: a county's year is far below it; beyond, the sheet says it was cut. */
export const MAX_SHEET_ROWS = 20_000;

const CATEGORY_WORDS: Record<string, string> = {
  no_issue_found: '未发现问题',
  info_not_publicized: '未按规定公示应当公示的信息',
  unreachable_at_registered_address: '通过登记的住所（经营场所）无法联系',
  seriously_uncooperative: '不配合检查情节严重',
  no_relevant_business: '未发现开展本次抽查涉及的经营活动',
  ordered_to_correct: '发现问题，依法责令立即改正或者限期改正',
  pending_investigation: '发现问题，待后续调查处理',
  compliant: '合格',
  non_compliant: '不合格',
  other: '其他情况',
};

type Cell = string | number | null;

function addSheet(workbook: Workbook, name: string, header: string[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ width: Math.max(12, h.length * 2 + 4) }));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows.slice(0, MAX_SHEET_ROWS)) sheet.addRow(row);
  if (rows.length > MAX_SHEET_ROWS) sheet.addRow([`（仅列前 ${MAX_SHEET_ROWS} 行，共 ${rows.length} 行）`]);
}

/** The yearly summary as a workbook: one sheet per section, Chinese headers, the JSON's figures. */
export async function summaryWorkbook(summary: YearlySummary): Promise<Buffer> {
  const { statistics: s, overdue } = summary;
  const workbook = new (exceljs().Workbook)();
  addSheet(
    workbook,
    '概况',
    ['指标', '数值'],
    [
      ['年度', summary.year],
      ['部门', summary.departmentId ?? '全县'],
      ['统计日期', summary.asOf],
      ['名录库在册主体', s.directory.registered],
      ['发起任务', s.tasks.initiated],
      ['撤销任务', s.tasks.cancelled],
      ['锁定任务', s.tasks.locked],
      ['完成任务', s.tasks.completed],
      ['任务完成率', s.tasks.executionRate],
      ['联合抽查任务', s.joint.tasks],
      ['联合抽查占比', s.joint.share],
      ['检查主体', s.entitiesChecked],
      ['应公示结果', s.results.due],
      ['按时录入', s.results.enteredOnTime],
      ['按时公示', s.results.publishedOnTime],
      ['已公示结果', s.results.published],
      ['发现问题', s.results.problemsFound],
      ['问题发现率', s.results.problemDiscoveryRate],
      ['后续处置记录', s.followUps.recorded],
      ['逾期录入', overdue.enteredLate],
      ['逾期公示', overdue.publishedLate],
      ['未按时答复的参与部门', overdue.notAnswering],
    ],
  );
  addSheet(
    workbook,
    '计划执行',
    [
      '计划编号',
      '计划名称',
      '版本',
      '部门',
      '角色',
      '计划抽查主体',
      '任务数',
      '已抽取',
      '已检查',
      '抽取比例',
      '检查比例',
    ],
    summary.planExecution.plans.flatMap((p) =>
      p.departments.map((d) => [
        p.planId,
        p.name,
        p.version,
        d.departmentId,
        d.role === 'lead' ? '牵头' : '配合',
        p.planned,
        d.tasks,
        d.drawn,
        d.checked,
        d.drawnRatio,
        d.checkedRatio,
      ]),
    ),
  );
  addSheet(
    workbook,
    '联合抽查',
    ['部门', '牵头联合抽查', '参与联合抽查', '每年至少', '是否达标'],
    summary.jointTasks.departments.map((d) => [
      d.departmentId,
      d.led,
      d.joined,
      summary.jointTasks.minimumPerYear,
      d.meetsYearlyJointTask ? '是' : '否',
    ]),
  );
  addSheet(
    workbook,
    '结果类别',
    ['类别代码', '类别', '结果数'],
    summary.breakdown.byCategory.map((c) => [
      c.category,
      CATEGORY_WORDS[c.category] ?? c.category,
      c.results,
    ]),
  );
  addSheet(
    workbook,
    '行业',
    ['行业代码', '抽取主体', '检查主体', '已公示结果', '发现问题'],
    summary.breakdown.byIndustry.map((i) => [
      i.industryCode || '（未填）',
      i.entitiesDrawn,
      i.entitiesChecked,
      i.results,
      i.problemsFound,
    ]),
  );
  addSheet(
    workbook,
    '检查人员',
    ['人员编号', '部门', '姓名', '参与任务', '分派主体', '录入结果'],
    summary.breakdown.byInspector.map((i) => [
      i.inspectorId,
      i.departmentId,
      i.name,
      i.tasks,
      i.entitiesAssigned,
      i.resultsEntered,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A download name of safe characters only: the department code may hold '/' or '.'. */
export function summaryFileName(year: number, departmentId: string | null): string {
  const who = departmentId === null ? 'county' : departmentId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `summary-${year}-${who}.xlsx`;
}
