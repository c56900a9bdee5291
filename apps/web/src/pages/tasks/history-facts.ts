import type { EntityDrawRecord, FollowUp, HistoryEntry, InspectorDrawRecord, Withheld } from './task-types';

/** What a request's events said beyond the task's state: the note, and the decision's reply. */
export interface RequestFacts {
  note?: string;
  requestedAt: string;
  reply?: string;
  decidedBy?: string;
  decidedAt?: string;
}

export interface ObjectionFacts {
  /** Absent when withheld from this reader, or erased (personal data). */
  grounds?: string;
  withheld?: Withheld;
  receivedOn?: string;
  upheld?: boolean;
  reply?: string;
  reviewedOn?: string;
  /** The business told the outcome (Yiyuan 二十七): by what means, when, and whether after its deadline. */
  notice?: { means: string; notifiedOn: string; late: boolean };
}

/** What the task's history tells that its folded state does not keep. */
export interface HistoryFacts {
  name?: string;
  adhocReason?: string;
  initiatedAt?: string;
  entityDraw?: EntityDrawRecord;
  inspectorDraws: Record<string, InspectorDrawRecord>;
  /** Why a participant declined, by department. */
  declineReasons: Record<string, string>;
  requests: Record<string, RequestFacts>;
  objections: Record<string, ObjectionFacts>;
  followUps: FollowUp[];
  cancelReason?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const withheldOf = (value: unknown): { withheld?: Withheld } =>
  value === 'not_allowed' || value === 'erased' ? { withheld: value } : {};

/** Reads the facts of a task's acts (GET /api/tasks/:id/history), in their order. */
export function historyFacts(history: readonly HistoryEntry[]): HistoryFacts {
  const facts: HistoryFacts = {
    inspectorDraws: {},
    declineReasons: {},
    requests: {},
    objections: {},
    followUps: [],
  };
  for (const entry of history) {
    const d = entry.data;
    switch (entry.type) {
      case 'InspectionTaskInitiated':
        facts.name = text(d.name);
        facts.adhocReason = text(d.adhocReason);
        facts.initiatedAt = entry.occurredAt;
        break;
      case 'ParticipantResponded':
        if (d.accepted === false && text(d.reason))
          facts.declineReasons[String(d.departmentId)] = String(d.reason);
        break;
      case 'EntitiesDrawn':
        facts.entityDraw = d.draw as EntityDrawRecord;
        break;
      case 'InspectorsDrawn':
        facts.inspectorDraws[String(d.departmentId)] = d.draw as InspectorDrawRecord;
        break;
      case 'InspectorReplacementRequested':
      case 'EntityWithdrawalRequested':
      case 'CorrectionRequested':
      case 'CancellationRequested':
        facts.requests[String(d.requestId)] = { note: text(d.note), requestedAt: entry.occurredAt };
        break;
      case 'InspectorReplacedWithApproval':
      case 'EntityWithdrawnWithApproval':
      case 'ResultCorrected':
      case 'RequestRejected': {
        const id = String(d.requestId);
        facts.requests[id] = {
          ...(facts.requests[id] ?? { requestedAt: entry.occurredAt }),
          reply: text(d.reply),
          decidedBy: text(d.approverId) ?? entry.actor.id,
          decidedAt: entry.occurredAt,
        };
        break;
      }
      case 'ObjectionFiled':
        facts.objections[String(d.objectionId)] = {
          ...(text(d.grounds) !== undefined ? { grounds: text(d.grounds) } : {}),
          ...withheldOf(d.withheld),
          receivedOn: text(d.receivedOn),
        };
        break;
      case 'ObjectionReviewed': {
        const id = String(d.objectionId);
        facts.objections[id] = {
          ...facts.objections[id],
          upheld: d.upheld === true,
          reply: text(d.reply),
          reviewedOn: text(d.reviewedOn),
        };
        break;
      }
      case 'ObjectionOutcomeNotified': {
        const id = String(d.objectionId);
        facts.objections[id] = {
          ...facts.objections[id],
          notice: { means: String(d.means), notifiedOn: String(d.notifiedOn), late: d.late === true },
        };
        break;
      }
      case 'FollowUpRecorded':
        facts.followUps.push({
          entityId: String(d.entityId),
          departmentId: String(d.departmentId),
          kind: d.kind as FollowUp['kind'],
          ...(text(d.detail) !== undefined ? { detail: text(d.detail) } : {}),
          ...withheldOf(d.withheld),
          ...(text(d.toDepartmentId) ? { toDepartmentId: text(d.toDepartmentId) } : {}),
          occurredAt: entry.occurredAt,
        });
        break;
      case 'InspectionTaskCancelled':
        facts.cancelReason = text(d.reason);
        // Cancelled on an approved request (after the draw): the request is decided by it.
        if (text(d.requestId)) {
          const id = String(d.requestId);
          facts.requests[id] = {
            ...(facts.requests[id] ?? { requestedAt: entry.occurredAt }),
            decidedBy: text(d.approverId) ?? entry.actor.id,
            decidedAt: entry.occurredAt,
          };
        }
        break;
    }
  }
  return facts;
}
