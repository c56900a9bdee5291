import { type InspectionTaskEvent, beijingDate } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/**
 * What one department owes for one entity of a locked task: its result entered, then published
 * (谁检查、谁录入、谁负责). Deadlines are not stored: they are counted when asked, with the calendar
 * as it is then, so a calendar year entered later corrects them without a rebuild.
 */
export interface DisclosureObligationView extends ReadDocument {
  taskId: string;
  entityId: string;
  departmentId: string;
  /** The last day of the task's window at its lock (the publication deadline counts from it); a postponed
   * task's own `windowTo` overrides it: read both with `obligationWindowTo`. */
  windowTo: string;
  /** Beijing dates of the first entry and of the (first) publication. */
  enteredOn?: string;
  publishedOn?: string;
  /** The published result's category (as corrected, when it was). */
  category?: string;
  corrected: boolean;
  /** Kept from publication with a head's approval (Gui'an 第四十三条): nothing is owed, never overdue. */
  notForPublication?: { approvedOn: string };
}

/** What the per-entity documents of a task cannot learn from later events of the task. */
export interface DisclosureTaskView extends ReadDocument {
  /** The task's name (absent in documents projected before it was kept: a rebuild fills it). */
  name?: string;
  initiatedOn: string;
  leadDepartmentId: string;
  participantIds: string[];
  /** Participants that accepted: a task with any is a joint inspection (一业一查). */
  acceptedIds: string[];
  locked: boolean;
  cancelled: boolean;
  /** Cancelled after its pool was frozen, on its principal's approval: its draw was discarded. */
  cancelledAfterDraw?: boolean;
  /** Entities withdrawn with approval: nothing is owed for them. */
  withdrawn: string[];
  followUps: number;
  /** The window's last day as a postponement moved it (absent: as locked). */
  windowTo?: string;
}

/** The window's last day an obligation's deadlines count from: the task's, when it was postponed. */
export function obligationWindowTo(
  obligation: Pick<DisclosureObligationView, 'windowTo'>,
  task: Pick<DisclosureTaskView, 'windowTo'> | undefined,
): string {
  return task?.windowTo ?? obligation.windowTo;
}

/** A participant's answer to a joint task (the lead department asks; 2 working days). */
export interface ResponseObligationView extends ReadDocument {
  taskId: string;
  departmentId: string;
  leadDepartmentId: string;
  initiatedOn: string;
  respondedOn?: string;
  accepted?: boolean;
  /** The lead went on without it after its deadline (it never answered; Gui'an 第四十条). */
  notAnswering?: { deadline: string; recordedOn: string; recordedBy: string };
}

const obligationId = (taskId: string, entityId: string, departmentId: string) =>
  `${taskId}|${entityId}|${departmentId}`;

export const disclosuresProjection: Projection<InspectionTaskEvent> = {
  name: 'disclosures',
  collections: [
    { name: 'obligations', indexes: [['departmentId'], ['taskId'], ['entityId']] },
    { name: 'responses', indexes: [['departmentId'], ['taskId']] },
    { name: 'tasks', indexes: [['initiatedOn']] },
  ],
  eventTypes: [
    'InspectionTaskInitiated',
    'ParticipantResponded',
    'ParticipantRecordedAsNotAnswering',
    'InspectionTaskCancelled',
    'InspectionTaskLocked',
    'EntityWithdrawnWithApproval',
    'ResultEntered',
    'ResultPublished',
    'ResultCorrected',
    'ResultWithheldFromPublication',
    'FollowUpRecorded',
    'InspectionTaskPostponed',
  ],
  apply(event): DocumentChange[] {
    const taskId = event.stream.slice('inspectionTask-'.length);
    const on = beijingDate(event.metadata.occurredAt);
    const patchObligation = (
      entityId: string,
      departmentId: string,
      patch: (v: DisclosureObligationView) => Partial<DisclosureObligationView>,
    ): DocumentChange<DisclosureObligationView> => ({
      collection: 'obligations',
      id: obligationId(taskId, entityId, departmentId),
      update: (view) => (view ? { ...view, ...patch(view) } : null),
    });
    const patchTask = (
      patch: (t: DisclosureTaskView) => Partial<DisclosureTaskView>,
    ): DocumentChange<DisclosureTaskView> => ({
      collection: 'tasks',
      id: taskId,
      update: (task) => (task ? { ...task, ...patch(task) } : null),
    });
    switch (event.type) {
      case 'InspectionTaskInitiated': {
        const d = event.data;
        const task: DisclosureTaskView = {
          id: taskId,
          name: d.name,
          initiatedOn: on,
          leadDepartmentId: d.leadDepartmentId,
          participantIds: d.participants.map((p) => p.departmentId),
          acceptedIds: [],
          locked: false,
          cancelled: false,
          withdrawn: [],
          followUps: 0,
        };
        return [
          { collection: 'tasks', id: taskId, put: task },
          ...d.participants.map(({ departmentId }) => ({
            collection: 'responses',
            id: `${taskId}|${departmentId}`,
            put: {
              id: `${taskId}|${departmentId}`,
              taskId,
              departmentId,
              leadDepartmentId: d.leadDepartmentId,
              initiatedOn: on,
            } satisfies ResponseObligationView,
          })),
        ];
      }
      case 'ParticipantResponded': {
        const d = event.data;
        return [
          patchTask((t) => ({
            acceptedIds: d.accepted ? [...t.acceptedIds, d.departmentId] : t.acceptedIds,
          })),
          {
            collection: 'responses',
            id: `${taskId}|${d.departmentId}`,
            update: (current) =>
              current ? { ...current, respondedOn: d.respondedOn, accepted: d.accepted } : null,
          },
        ];
      }
      case 'ParticipantRecordedAsNotAnswering': {
        const { departmentId, deadline, recordedOn, recordedBy } = event.data;
        return [
          {
            collection: 'responses',
            id: `${taskId}|${departmentId}`,
            update: (current) =>
              current ? { ...current, notAnswering: { deadline, recordedOn, recordedBy } } : null,
          },
        ];
      }
      case 'InspectionTaskCancelled':
        return [
          patchTask(() => ({
            cancelled: true,
            ...(event.data.discardedDraw ? { cancelledAfterDraw: true } : {}),
          })),
        ];
      case 'InspectionTaskLocked': {
        const d = event.data;
        return [
          patchTask(() => ({ locked: true })),
          ...Object.keys(d.teams).flatMap((entityId) =>
            d.departmentIds.map((departmentId) => ({
              collection: 'obligations',
              id: obligationId(taskId, entityId, departmentId),
              put: {
                id: obligationId(taskId, entityId, departmentId),
                taskId,
                entityId,
                departmentId,
                windowTo: d.window.to,
                corrected: false,
              } satisfies DisclosureObligationView,
            })),
          ),
        ];
      }
      case 'InspectionTaskPostponed':
        return [patchTask(() => ({ windowTo: event.data.window.to }))];
      case 'EntityWithdrawnWithApproval': {
        const { entityId } = event.data;
        return [patchTask((t) => ({ withdrawn: [...t.withdrawn, entityId] }))];
      }
      case 'ResultEntered': {
        const d = event.data;
        return [patchObligation(d.entityId, d.departmentId, (v) => ({ enteredOn: v.enteredOn ?? on }))];
      }
      case 'ResultPublished': {
        const d = event.data;
        return [
          patchObligation(d.entityId, d.departmentId, (v) => ({
            publishedOn: v.publishedOn ?? d.publishedOn,
            category: d.result.category,
          })),
        ];
      }
      case 'ResultCorrected': {
        const d = event.data;
        return [
          patchObligation(d.entityId, d.departmentId, () => ({
            corrected: true,
            category: d.corrected.category,
          })),
        ];
      }
      case 'ResultWithheldFromPublication': {
        const d = event.data;
        return [
          patchObligation(d.entityId, d.departmentId, () => ({
            notForPublication: { approvedOn: d.approvedOn },
          })),
        ];
      }
      case 'FollowUpRecorded':
        return [patchTask((t) => ({ followUps: t.followUps + 1 }))];
      default:
        return [];
    }
  },
};
