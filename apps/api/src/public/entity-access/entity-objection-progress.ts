import type { CaseFileEntryView } from '@app/projections';
import type { Stores } from '@app/runtime';
import type { TaskFacts } from '../../tasks/task-facts';

/** Where one objection of the business stands (Yiyuan 二十七), as the portal shows it to the business. */
export interface EntityObjectionProgress {
  objectionId: string;
  taskId: string;
  departmentId: string;
  receivedOn: string;
  /** Reviewed by this day (working days after its receipt). */
  reviewDue: string;
  status: 'filed' | 'reviewed' | 'notified';
  upheld?: boolean;
  reviewedOn?: string;
  /** The business is told the outcome by this day (working days after the review). */
  noticeDue?: string;
  notifiedOn?: string;
  means?: string;
}

/** The objections of one entity, newest first, from its case file (acts and outcomes, no texts). */
export async function objectionProgress(
  stores: Stores,
  facts: TaskFacts,
  entityId: string,
): Promise<EntityObjectionProgress[]> {
  const page = await stores.projections.collection<CaseFileEntryView>('caseFile', 'entries').find({
    filter: { entityId, kind: 'objection' },
    limit: 1000,
  });
  const items: EntityObjectionProgress[] = [];
  for (const entry of page.items) {
    const detail = entry.detail;
    const reviewed = entry.steps?.find((s) => s.act === 'ObjectionReviewed')?.detail;
    const notified = entry.steps?.find((s) => s.act === 'ObjectionOutcomeNotified')?.detail;
    const reviewedOn = reviewed?.reviewedOn as string | undefined;
    items.push({
      objectionId: String(detail.objectionId),
      taskId: entry.taskId ?? '',
      departmentId: entry.departmentId ?? '',
      receivedOn: String(detail.receivedOn),
      reviewDue: String(detail.reviewDue),
      status: notified ? 'notified' : reviewed ? 'reviewed' : 'filed',
      ...(reviewed ? { upheld: reviewed.upheld as boolean, reviewedOn } : {}),
      ...(reviewedOn ? { noticeDue: (await facts.objectionOutcomeNoticeDue(reviewedOn)).date } : {}),
      ...(notified ? { notifiedOn: notified.notifiedOn as string, means: notified.means as string } : {}),
    });
  }
  return items.sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
}
