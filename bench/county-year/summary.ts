import type { PlanExecution, YearlySummary } from '@app/contract';
import { Workbook } from 'exceljs';
import { type CountyYear, YEAR } from './context';

type Overview = Record<string, unknown>;

/** The summary's 概况 sheet as label → value. */
async function overviewSheet(bytes: Uint8Array): Promise<Overview> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows = (workbook.getWorksheet('概况')?.getSheetValues() ?? []) as unknown[][];
  return Object.fromEntries(rows.slice(2).map((r) => [String(r[1]), r[2]]));
}

/**
 * The yearly summary of the county (Siyang 四(三); Yuanqu 三(三)), read at the year's end: the same
 * figures as the dashboards read a step before, each department held to one joint task a year
 * (Siyang 二(四)), results by category, the silent participant; and the XLSX says the same.
 */
export async function checkSummaryReport(year: CountyYear): Promise<void> {
  const { did, ids } = year;
  const reader = year.as('jjjc', 'supervisor');
  const summary = await year.ok<YearlySummary>('GET', `/api/statistics/summary?year=${YEAR}`, reader);
  year.read.summary = { jointTasks: summary.jointTasks, overdue: summary.overdue };
  year.check(
    'summary: the statistics the dashboard showed',
    { tasks: summary.statistics.tasks, joint: summary.statistics.joint, results: summary.statistics.results },
    year.read.statistics,
  );
  year.check(
    'summary: the joint plan executed as the plan-execution table showed',
    summary.planExecution.plans.find((p: PlanExecution['plans'][number]) => p.planId === ids.plans.joint),
    year.read.planExecution,
  );
  const joint = (id: string) => summary.jointTasks.departments.find((d) => d.departmentId === id);
  year.check(
    'summary: joint tasks against at least one a year (scjg led one, xf joined it, ws never answered)',
    [joint('scjg')?.led, joint('scjg')?.meetsYearlyJointTask, joint('xf')?.joined, joint('ws')?.joined],
    [did.jointTasks, true, did.jointTasks, 0],
  );
  const published = summary.breakdown.byCategory.reduce((all, c) => all + c.results, 0);
  year.check(
    'summary: results by category add up to those published',
    [published, summary.breakdown.byCategory.find((c) => c.category === 'ordered_to_correct')?.results],
    [did.published, did.problemsFound],
  );
  year.check(
    'summary: overdue and not answering',
    [summary.overdue.enteredLate, summary.overdue.publishedLate, summary.overdue.notAnswering],
    [0, 0, did.participantsNotAnswering],
  );
  const file = await year.api.download(`/api/statistics/summary.xlsx?year=${YEAR}`, reader);
  year.check('summary: the XLSX is served', [file.status, file.type.includes('spreadsheetml')], [200, true]);
  const overview = await overviewSheet(file.bytes);
  year.check(
    'summary: the XLSX holds the same figures',
    [overview['年度'], overview['发起任务'], overview['联合抽查任务'], overview['已公示结果']],
    [YEAR, did.tasksInitiated, did.jointTasks, did.published],
  );
}
