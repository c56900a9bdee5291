import type { PublicConsolidatedPlan } from '@app/contract';
import type { ConsolidatedPlanEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** One document per joint office and year: its latest publication, and the days of all. */
export type PublicConsolidatedPlanView = ReadDocument & PublicConsolidatedPlan;

export const consolidatedPlanDocumentId = (jointOfficeId: string, year: number): string =>
  `${jointOfficeId}\u001f${year}`;

/** The joint offices' consolidated county plans (全县部门联合抽查计划; Siyang 二(四); Yuanqu 三(一)). */
export const publicConsolidatedPlansProjection: Projection<ConsolidatedPlanEvent> = {
  name: 'publicConsolidatedPlans',
  collections: [{ name: 'consolidatedPlans', indexes: [['year']] }],
  eventTypes: ['ConsolidatedPlanPublished'],
  apply(event): DocumentChange[] {
    const { jointOfficeId, year, version, plans, publishedOn, deadline, late } = event.data;
    const id = consolidatedPlanDocumentId(jointOfficeId, year);
    return [
      {
        collection: 'consolidatedPlans',
        id,
        update: (current: PublicConsolidatedPlanView | undefined): PublicConsolidatedPlanView => ({
          id,
          jointOfficeId,
          year,
          version,
          plans,
          publishedOn,
          // The first publication's day and lateness stay the record of the deadline.
          deadline: current?.deadline ?? deadline,
          late: current?.late ?? late,
          versions: [...(current?.versions ?? []), { version, publishedOn }],
        }),
      },
    ];
  },
};
