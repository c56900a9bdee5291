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

/**
 * One adjustment as published with the version it made (调整情况向社会公示; Yuanqu 二(三)):
 * which parts changed, why, and the Beijing day; never who acted.
 */
export interface PublicPlanAdjustment {
  fields: string[];
  reason: string;
  adjustedOn: string;
}

/** One published version of a plan, with the adjustments that made it (none for version 1). */
export interface PublicPlanVersion extends PublicPlanFields {
  version: number;
  /** Beijing date of that publication. */
  publishedOn: string;
  adjustments: PublicPlanAdjustment[];
}

/** A plan as the public sees it (公示): as it stood at its latest publication. */
export interface PublicPlanView extends PublicPlanVersion {
  id: string;
  status: 'published' | 'closed';
  closedOn?: string;
}

/**
 * One document per plan. `working` is the plan as it now stands, adjustments included, and
 * `pendingAdjustments` the adjustments since the last publication: neither is ever answered,
 * only taken by the next publication. `published` and `versions` are all the public sees.
 */
export interface PublicPlanDocument extends ReadDocument {
  working: PublicPlanFields;
  pendingAdjustments: PublicPlanAdjustment[];
  published?: PublicPlanView;
  /** Every published version, oldest first. */
  versions: PublicPlanVersion[];
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
          pendingAdjustments: [],
          versions: [],
        };
        return [{ collection: 'plans', id: planId, put: document }];
      }
      case 'PlanAdjusted': {
        const { changes, reason } = event.data;
        const adjustment: PublicPlanAdjustment = {
          fields: Object.keys(changes).sort(),
          reason,
          adjustedOn: on,
        };
        return [
          patch((plan) => ({
            working: publicFields({ ...plan.working, ...changes }),
            pendingAdjustments: [...(plan.pendingAdjustments ?? []), adjustment],
          })),
        ];
      }
      case 'PlanPublished': {
        const { version } = event.data;
        return [
          patch((plan) => {
            const published: PublicPlanVersion = {
              ...publicFields(plan.working),
              version,
              publishedOn: on,
              // Adjusting a never-published draft is drafting: version 1 has no history.
              adjustments: version === 1 ? [] : (plan.pendingAdjustments ?? []),
            };
            return {
              published: { id: plan.id, ...published, status: 'published' },
              versions: [...(plan.versions ?? []), published],
              pendingAdjustments: [],
              publishedOn: on,
            };
          }),
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
