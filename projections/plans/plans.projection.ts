import type { PlanChanges, PlanDefinition, PlanEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** One adjustment as recorded: what changed, what it was, why, when and by whom. */
export interface PlanAdjustmentView {
  changes: PlanChanges;
  previous: PlanChanges;
  reason: string;
  at: string;
  actorId: string;
  /** The version the adjustment is part of: the next one while it awaits publication. */
  version: number;
}

/** One publication: the version it made and when. */
export interface PlanPublicationView {
  version: number;
  at: string;
}

/** One filing with the joint office (备案): a published version, the day, and whether it was late. */
export interface PlanFilingView {
  version: number;
  jointOfficeId: string;
  filedOn: string;
  /** The first version's deadline; absent for an adjustment's. */
  deadline?: string;
  late: boolean;
}

/**
 * The plan's fields are its published version, the one in force (while never published: its
 * draft). A published plan's adjustments awaiting publication are `pending`, apart from it.
 */
export interface PlanView extends ReadDocument, PlanDefinition {
  status: 'draft' | 'published' | 'closed';
  /** Publications so far (0 while a draft): each publication after an adjustment is one more. */
  version: number;
  /** Published at least once: tasks may belong to it. */
  everPublished: boolean;
  /** Adjusted since the last publication: to be published again. */
  unpublishedChanges: boolean;
  /** 待发布的调整: the plan as its next version would be, while a published plan's adjustment awaits publication. */
  pending?: PlanDefinition;
  adjustments: PlanAdjustmentView[];
  publications: PlanPublicationView[];
  /** Its filings with the joint office, one a publication (absent in read models built before). */
  filings?: PlanFilingView[];
  /** The joint office of its latest filing: indexed, so the office finds the plans filed with it. */
  jointOfficeId?: string;
  /** The lead department and the cooperating ones, of the fields above. */
  departmentIds: string[];
  draftedAt: string;
  /** The latest publication. */
  publishedAt?: string;
  closedAt?: string;
  closedReason?: string;
  updatedAt: string;
}

/**
 * One document per (plan, department), lead or cooperating: the read store filters on fields,
 * not on array elements, so plans are found by department here.
 */
export interface PlanDepartmentView extends ReadDocument {
  planId: string;
  departmentId: string;
}

export const planDepartmentDocumentId = (departmentId: string, planId: string): string =>
  `${departmentId}\u001f${planId}`;

const definitionOf = (plan: PlanView): PlanDefinition => ({
  year: plan.year,
  name: plan.name,
  leadDepartmentId: plan.leadDepartmentId,
  cooperatingDepartmentIds: plan.cooperatingDepartmentIds,
  itemIds: plan.itemIds,
  targetCriteria: plan.targetCriteria,
  ratiosByCreditRisk: plan.ratiosByCreditRisk,
  window: plan.window,
});

const departmentsOf = (plan: PlanDefinition): string[] => [
  plan.leadDepartmentId,
  ...plan.cooperatingDepartmentIds,
];

/** The document with `definition` as its fields and no pending adjustment. */
function withDefinition(plan: PlanView, definition: PlanDefinition): PlanView {
  const { pending: _pending, ...rest } = plan;
  return { ...rest, ...definition, departmentIds: departmentsOf(definition) };
}

function departmentChanges(
  planId: string,
  before: readonly string[],
  after: readonly string[],
): DocumentChange[] {
  const removed = before.filter((id) => !after.includes(id));
  const added = after.filter((id) => !before.includes(id));
  return [
    ...removed.map((departmentId): DocumentChange => ({
      collection: 'planDepartments',
      id: planDepartmentDocumentId(departmentId, planId),
      remove: true,
    })),
    ...added.map((departmentId) => ({
      collection: 'planDepartments',
      id: planDepartmentDocumentId(departmentId, planId),
      put: {
        id: planDepartmentDocumentId(departmentId, planId),
        planId,
        departmentId,
      } satisfies PlanDepartmentView,
    })),
  ];
}

/** The annual random-inspection plans (年度抽查工作计划) and the departments taking part in each. */
export const plansProjection: Projection<PlanEvent> = {
  name: 'plans',
  collections: [
    { name: 'plans', indexes: [['year'], ['leadDepartmentId'], ['status'], ['jointOfficeId']] },
    { name: 'planDepartments', indexes: [['departmentId'], ['planId']] },
  ],
  eventTypes: ['PlanDrafted', 'PlanPublished', 'PlanAdjusted', 'PlanClosed', 'PlanFiled'],
  apply(event): DocumentChange[] {
    const at = event.metadata.occurredAt;
    const { planId } = event.data;
    const patch = (change: (current: PlanView) => Partial<PlanView>): DocumentChange<PlanView> => ({
      collection: 'plans',
      id: planId,
      update: (current) => (current ? { ...current, ...change(current), updatedAt: at } : null),
    });
    switch (event.type) {
      case 'PlanDrafted': {
        const { planId: _id, ...definition } = event.data;
        const departmentIds = [definition.leadDepartmentId, ...definition.cooperatingDepartmentIds];
        const view: PlanView = {
          id: planId,
          ...definition,
          status: 'draft',
          version: 0,
          everPublished: false,
          unpublishedChanges: true,
          adjustments: [],
          publications: [],
          departmentIds,
          draftedAt: at,
          updatedAt: at,
        };
        return [
          { collection: 'plans', id: planId, put: view },
          ...departmentChanges(planId, [], departmentIds),
        ];
      }
      case 'PlanPublished': {
        const { version } = event.data;
        return [
          {
            collection: 'plans',
            id: planId,
            update: (current: PlanView | undefined) =>
              current
                ? {
                    // The pending adjustment becomes the published version.
                    ...(current.pending ? withDefinition(current, current.pending) : current),
                    status: 'published',
                    version,
                    everPublished: true,
                    unpublishedChanges: false,
                    publishedAt: at,
                    publications: [...(current.publications ?? []), { version, at }],
                    updatedAt: at,
                  }
                : null,
          } satisfies DocumentChange<PlanView>,
        ];
      }
      case 'PlanAdjusted': {
        const { changes, previous, reason } = event.data;
        const out: DocumentChange[] = [
          patch((current) => {
            const adjustment: PlanAdjustmentView = {
              changes,
              previous,
              reason,
              at,
              actorId: event.metadata.actorId,
              version: current.version + 1,
            };
            const adjustments = [...current.adjustments, adjustment];
            if (current.everPublished) {
              // A published version stays as published; the adjustment waits in `pending`.
              const pending = { ...(current.pending ?? definitionOf(current)), ...changes };
              return { pending, unpublishedChanges: true, adjustments };
            }
            const definition = { ...definitionOf(current), ...changes };
            return {
              ...definition,
              departmentIds: departmentsOf(definition),
              unpublishedChanges: true,
              adjustments,
            };
          }),
        ];
        if (changes.cooperatingDepartmentIds) {
          // The lead never changes; only cooperating departments come and go (as drafted).
          out.push(
            ...departmentChanges(
              planId,
              previous.cooperatingDepartmentIds ?? [],
              changes.cooperatingDepartmentIds,
            ),
          );
        }
        return out;
      }
      case 'PlanFiled': {
        const { planId: _id, ...filing } = event.data;
        return [
          patch((current) => ({
            filings: [...(current.filings ?? []), filing],
            jointOfficeId: filing.jointOfficeId,
          })),
        ];
      }
      case 'PlanClosed': {
        const { reason } = event.data;
        return [patch(() => ({ status: 'closed', closedAt: at, closedReason: reason }))];
      }
      default:
        return [];
    }
  },
};
