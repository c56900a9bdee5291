import {
  type CaseFileEvent,
  type EvidenceTarget,
  type InspectionTaskEvent,
  discardedIn,
  sharedCheckIn,
} from '@app/domain';
import type { DocumentChange, RecordedOf } from '@app/read-store';
import type {
  CaseFileEntryKind,
  CaseFileEntryView,
  CaseFileStep,
  CaseFileTaskView,
  CaseFileValue,
} from './case-file.projection';

/** The events the case file reads. */
export type CaseFileSource = InspectionTaskEvent | CaseFileEvent;
type Recorded = RecordedOf<CaseFileSource>;

type Detail = Record<string, CaseFileValue | undefined>;

/** Only the defined values (the read model keeps plain JSON). */
function defined(detail: Detail): Record<string, CaseFileValue> {
  return Object.fromEntries(Object.entries(detail).filter(([, v]) => v !== undefined)) as Record<
    string,
    CaseFileValue
  >;
}

/** Requests and objections are one entry each, their later steps added to it. */
const requestEntryId = (taskId: string, requestId: string) => `${taskId}|request|${requestId}`;
const objectionEntryId = (taskId: string, objectionId: string) => `${taskId}|objection|${objectionId}`;

/** The change to the `tasks` collection an event makes, if it is about the task itself. */
export function caseFileTaskChange(event: Recorded): DocumentChange | undefined {
  switch (event.type) {
    case 'InspectionTaskInitiated': {
      const d = event.data;
      const view: CaseFileTaskView = {
        id: d.taskId,
        name: d.name,
        planId: d.planId ?? null,
        leadDepartmentId: d.leadDepartmentId,
        participantIds: d.participants.map((p) => p.departmentId),
        acceptedIds: [],
        window: d.window,
        initiatedAt: event.metadata.occurredAt,
        ...(d.initiatedByOffice ? { initiatedByOffice: d.initiatedByOffice.officeId } : {}),
      };
      return { collection: 'tasks', id: d.taskId, put: view };
    }
    case 'ParticipantResponded': {
      const { taskId, departmentId, accepted } = event.data;
      if (!accepted) return undefined;
      return {
        collection: 'tasks',
        id: taskId,
        update: (task: CaseFileTaskView | undefined) =>
          task
            ? {
                ...task,
                acceptedIds: [...task.acceptedIds.filter((id) => id !== departmentId), departmentId],
              }
            : null,
      };
    }
    case 'InspectionTaskPostponed': {
      const { taskId, window } = event.data;
      return {
        collection: 'tasks',
        id: taskId,
        update: (task: CaseFileTaskView | undefined) => (task ? { ...task, window } : null),
      };
    }
    default:
      return undefined;
  }
}

/** A later step of a request or an objection already in the case file. */
export function caseFileStepOf(event: Recorded): { id: string; step: CaseFileStep } | undefined {
  const step = (id: string, detail: Detail) => ({
    id,
    step: {
      act: event.type,
      at: event.metadata.occurredAt,
      by: event.metadata.actorId,
      detail: defined(detail),
    },
  });
  switch (event.type) {
    case 'ResultCorrected': {
      const d = event.data;
      return step(requestEntryId(d.taskId, d.requestId), {
        category: d.corrected.category,
        publishedOn: d.publishedOn,
        approverId: d.approverId,
      });
    }
    case 'ResultWithheldFromPublication': {
      const d = event.data;
      return step(requestEntryId(d.taskId, d.requestId), {
        approvedOn: d.approvedOn,
        approverId: d.approverId,
      });
    }
    case 'RequestRejected':
      return step(requestEntryId(event.data.taskId, event.data.requestId), {
        approverId: event.data.approverId,
      });
    case 'ObjectionReviewed': {
      const d = event.data;
      return step(objectionEntryId(d.taskId, d.objectionId), {
        upheld: d.upheld,
        reviewedOn: d.reviewedOn,
        late: d.late,
      });
    }
    case 'ObjectionOutcomeNotified': {
      const d = event.data;
      return step(objectionEntryId(d.taskId, d.objectionId), {
        means: d.means,
        notifiedOn: d.notifiedOn,
        late: d.late,
      });
    }
    default:
      return undefined;
  }
}

/** The id of what a file is attached to, within the task (a result: its department). */
function targetId(to: EvidenceTarget): string {
  switch (to.kind) {
    case 'result':
      return to.departmentId;
    case 'objection':
      return to.objectionId;
    case 'followUp':
      return to.followUpId;
    case 'correction':
      return to.requestId;
  }
}

/** The case-file entries an event adds (one per entity it concerns). */
export function caseFileEntryOf(event: Recorded): CaseFileEntryView[] {
  const entry = (
    id: string,
    entityId: string,
    kind: CaseFileEntryKind,
    detail: Detail,
    departmentId?: string,
  ): CaseFileEntryView => ({
    id,
    entityId,
    ...('taskId' in event.data ? { taskId: event.data.taskId } : {}),
    kind,
    at: event.metadata.occurredAt,
    position: event.position,
    by: event.metadata.actorId,
    ...(departmentId ? { departmentId } : {}),
    detail: defined(detail),
  });
  const own = (kind: CaseFileEntryKind, entityId: string, detail: Detail, departmentId?: string) =>
    entry(`${event.id}|${entityId}`, entityId, kind, detail, departmentId);
  switch (event.type) {
    case 'EntitiesDrawn':
    case 'DrawnEntitiesListed':
      return event.data.entityIds.map((id) => own('drawn', id, {}));
    case 'ResultEntered': {
      const d = event.data;
      return [
        own(
          'result',
          d.entityId,
          {
            entry: d.entry,
            category: d.result.category,
            method: d.result.method,
            inspectedOn: d.result.inspectedOn,
          },
          d.departmentId,
        ),
      ];
    }
    case 'ResultPublished': {
      const d = event.data;
      const detail = { category: d.result.category, publishedOn: d.publishedOn, late: d.late };
      return [own('publication', d.entityId, detail, d.departmentId)];
    }
    case 'PublicDisclosureStopped': {
      const d = event.data;
      return [own('publicationStopped', d.entityId, { stoppedOn: d.stoppedOn }, d.departmentId)];
    }
    case 'NonPublicationRequested': {
      const d = event.data;
      const id = requestEntryId(d.taskId, d.requestId);
      return [
        entry(
          id,
          d.entityId,
          'nonPublication',
          { ground: d.ground, requesterId: d.requesterId },
          d.departmentId,
        ),
      ];
    }
    case 'CorrectionRequested': {
      const d = event.data;
      const detail = {
        category: d.corrected.category,
        requesterId: d.requesterId,
        objectionId: d.objectionId,
      };
      return [entry(requestEntryId(d.taskId, d.requestId), d.entityId, 'correction', detail, d.departmentId)];
    }
    case 'ObjectionFiled': {
      const d = event.data;
      const detail = { objectionId: d.objectionId, receivedOn: d.receivedOn, reviewDue: d.reviewDue.date };
      return [
        entry(objectionEntryId(d.taskId, d.objectionId), d.entityId, 'objection', detail, d.departmentId),
      ];
    }
    case 'FollowUpRecorded': {
      const d = event.data;
      const detail = { followUpId: d.followUpId, followUpKind: d.kind, toDepartmentId: d.toDepartmentId };
      return [own('followUp', d.entityId, detail, d.departmentId)];
    }
    case 'RectificationResultEntered': {
      const d = event.data;
      const detail = {
        rectificationId: d.rectificationId,
        rectified: d.rectified,
        rectifiedOn: d.rectifiedOn,
      };
      return [own('rectification', d.entityId, detail, d.departmentId)];
    }
    case 'EvidenceAttached': {
      const { entityId, departmentId, to, evidence } = event.data;
      const detail = { ...evidence, to: to.kind, toId: targetId(to) };
      return [own('evidence', entityId, detail, departmentId)];
    }
    case 'TaskJoinedVisit': {
      if (!sharedCheckIn(event)) return [];
      const d = event.data;
      return [
        own('sharedVisit', d.entityId, { visitId: d.visitId, date: d.date, countedWith: d.countedWith }),
      ];
    }
    case 'EntityWithdrawnWithApproval': {
      const d = event.data;
      return [own('withdrawn', d.entityId, { reason: d.reason, approverId: d.approverId })];
    }
    case 'EntityHandedOver': {
      const d = event.data;
      return [
        own('handedOver', d.entityId, { toDepartmentId: d.toDepartmentId, toRegionCode: d.toRegionCode }),
      ];
    }
    case 'InspectionTaskCancelled': {
      const ids = event.data.entityIds ?? discardedIn(event)?.entityIds ?? [];
      return ids.map((id) => own('taskCancelled', id, {}));
    }
    case 'CaseFileExported': {
      const d = event.data;
      const detail = {
        scope: d.scope,
        entries: d.entries,
        files: d.files,
        bytes: d.bytes,
        manifestSha256: d.manifestSha256,
      };
      return [own('exported', d.entityId, detail, event.metadata.departmentId)];
    }
    default:
      return [];
  }
}
