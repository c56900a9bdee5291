import { type PlanDefinition, type PlanEvent, beijingDate } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** The parts of a plan the public may see once published: no reasons, no one who acted. */
export type PublicPlanFields = Pick<
  PlanDefinition,
  | 'year'
  | 'name'
  | 'leadDepartmentId'
  | 'cooperatingDepartmentIds'
  | 'itemIds'
  | 'targetCriteria'
  | 'ratiosByCreditRisk'
  | 'window'
>;

/** A plan as the public sees it (公示): as it stood at its latest publication. */
export interface PublicPlanView extends PublicPlanFields {
  id: string;
  status: 'published' | 'closed';
  /** The publication shown: 1, then one more for each publication after adjustments. */
  version: number;
  /** Beijing date of that publication. */
  publishedOn: string;
  closedOn?: string;
}

/**
 * One document per plan. `working` is the plan as it now stands, adjustments included: it is
 * never answered, only taken by the next publication. `published` is all the public sees.
 */
export interface PublicPlanDocument extends ReadDocument {
  working: PublicPlanFields;
  published?: PublicPlanView;
  /** The published version's day, absent while never published: only these are listed. */
  publishedOn?: string;
}

/** Picked field by field, so that a field added to plans later is not public by accident. */
function publicFields(plan: PublicPlanFields): PublicPlanFields {
  return {
    year: plan.year,
    name: plan.name,
    leadDepartmentId: plan.leadDepartmentId,
    cooperatingDepartmentIds: plan.cooperatingDepartmentIds,
    itemIds: plan.itemIds,
    targetCriteria: plan.targetCriteria,
    ratiosByCreditRisk: plan.ratiosByCreditRisk,
    window: plan.window,
  };
}

/**
 * Plans as published (抽查工作计划公示): a publication takes a copy of the plan as it then
 * stands; adjustments change only the working copy until the plan is published again.
 */
export const publicPlansProjection: Projection<PlanEvent> = {
  name: 'publicPlans',
  collections: [{ name: 'plans', indexes: [['publishedOn']] }],
  eventTypes: ['PlanDrafted', 'PlanAdjusted', 'PlanPublished', 'PlanClosed'],
  apply(event): DocumentChange[] {
    const { planId } = event.data;
    const on = beijingDate(event.metadata.occurredAt);
    const patch = (
      change: (current: PublicPlanDocument) => Partial<PublicPlanDocument>,
    ): DocumentChange<PublicPlanDocument> => ({
      collection: 'plans',
      id: planId,
      update: (plan) => (plan ? { ...plan, ...change(plan) } : null),
    });
    switch (event.type) {
      case 'PlanDrafted': {
        const document: PublicPlanDocument = {
          id: planId,
          working: publicFields(event.data),
        };
        return [{ collection: 'plans', id: planId, put: document }];
      }
      case 'PlanAdjusted': {
        const { changes } = event.data;
        return [patch((plan) => ({ working: publicFields({ ...plan.working, ...changes }) }))];
      }
      case 'PlanPublished': {
        const { version } = event.data;
        return [
          patch((plan) => ({
            published: {
              id: plan.id,
              ...publicFields(plan.working),
              status: 'published',
              version,
              publishedOn: on,
            },
            publishedOn: on,
          })),
        ];
      }
      case 'PlanClosed':
        // A plan closed before it was ever published stays unseen.
        return [
          patch((plan) =>
            plan.published ? { published: { ...plan.published, status: 'closed', closedOn: on } } : {},
          ),
        ];
      default:
        return [];
    }
  },
};
