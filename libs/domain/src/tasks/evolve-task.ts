import { evolvePlanBinding } from './plan-binding';
import type { InspectionTaskEvent } from './task-events';
import type { Team } from './task-vocabulary';
import { withRectification } from './rectification';
import { withEvidence, withFollowUp } from './evidence';
import { evolveAfterAnnouncement } from './evolve-after-announcement';
import { type InspectionTaskState, type PendingRequest, type TaskState, resultKey } from './task-state';

function mergeTeams(current: Record<string, Team>, drawn: Record<string, Team>): Record<string, Team> {
  const out: Record<string, Team> = { ...current };
  for (const [entityId, team] of Object.entries(drawn)) {
    const before = out[entityId] ?? { members: [] };
    out[entityId] = {
      ...before,
      members: [...before.members, ...team.members],
      ...((team.leaderId ?? before.leaderId) ? { leaderId: team.leaderId ?? before.leaderId } : {}),
    };
  }
  return out;
}

/** A new pending request. */
function pending(state: TaskState, requestId: string, request: PendingRequest): TaskState {
  return { ...state, requests: { ...state.requests, [requestId]: request } };
}

function request(state: TaskState, requestId: string, status: 'approved' | 'rejected'): TaskState {
  const existing = state.requests[requestId];
  return existing
    ? { ...state, requests: { ...state.requests, [requestId]: { ...existing, status } } }
    : state;
}

/** How each event of the task changes its state (the decider's evolve). */
export function evolveTask(state: InspectionTaskState, event: InspectionTaskEvent): InspectionTaskState {
  if (event.type === 'InspectionTaskInitiated') {
    const d = event.data;
    return {
      status: 'initiated',
      name: d.name,
      ...(d.planId ? { planId: d.planId } : {}),
      ...(d.adhocReason ? { adhocReason: d.adhocReason } : {}),
      ...(d.jointList ? { jointList: d.jointList } : {}),
      ...(d.initiatedByOffice ? { initiatedByOffice: d.initiatedByOffice } : {}),
      leadDepartmentId: d.leadDepartmentId,
      participants: d.participants,
      itemIds: d.itemIds,
      criteria: d.criteria,
      sampling: d.sampling,
      seedCommitment: d.seedCommitment,
      inspectorSeedCommitments: d.inspectorSeedCommitments ?? {},
      window: d.window,
      responseDue: d.responseDue,
      ...(d.beacon ? { beacon: d.beacon } : {}),
      ...(d.operatorTrusted ? { operatorTrusted: d.operatorTrusted } : {}),
      responses: {},
      entityIds: null,
      drawParts: null,
      withdrawnEntityIds: [],
      teams: {},
      inspectorDrawsBy: [],
      requests: {},
      entered: {},
      published: {},
      publishedOn: {},
      disclosureStopped: {},
      objections: {},
    };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'ParticipantResponded': {
      const { departmentId, accepted, itemIds, late, seedCommitment } = event.data;
      const responses = { ...state.responses, [departmentId]: { accepted, itemIds, late } };
      if (!seedCommitment) return { ...state, responses };
      const contributionCommitments = { ...state.contributionCommitments, [departmentId]: seedCommitment };
      return { ...state, responses, contributionCommitments };
    }
    case 'ParticipantRecordedAsNotAnswering': {
      const { departmentId, deadline, recordedOn } = event.data;
      const response = { accepted: false, itemIds: [], late: true, notAnswering: { deadline, recordedOn } };
      return { ...state, responses: { ...state.responses, [departmentId]: response } };
    }
    case 'PoolFrozen':
      return { ...state, poolFrozen: { position: event.data.position, frozenAt: event.data.frozenAt } };
    case 'BeaconValueEntered': {
      const { value, enteredBy, departmentId } = event.data;
      return { ...state, beaconValue: { value, enteredBy, departmentId, confirmed: false } };
    }
    case 'BeaconValueConfirmed':
      return state.beaconValue ? { ...state, beaconValue: { ...state.beaconValue, confirmed: true } } : state;
    case 'DrawnEntitiesListed': {
      const { drawId, part, entityIds } = event.data;
      const parts = state.drawParts?.drawId === drawId ? state.drawParts.parts : {};
      return { ...state, drawParts: { drawId, parts: { ...parts, [part]: entityIds } } };
    }
    case 'EntitiesDrawn': {
      const listed = state.drawParts
        ? Object.keys(state.drawParts.parts)
            .map(Number)
            .sort((a, b) => a - b)
            .flatMap((part) => state.drawParts!.parts[part])
        : [];
      const { draw: record, drawId, parts } = event.data;
      return {
        ...state,
        entityIds: [...listed, ...event.data.entityIds],
        drawParts: null,
        draw: { record, ...(drawId ? { drawId } : {}), ...(parts ? { parts } : {}) },
      };
    }
    case 'InspectorsDrawn':
      return {
        ...state,
        teams: mergeTeams(state.teams, event.data.teams),
        inspectorDrawsBy: [...state.inspectorDrawsBy, event.data.departmentId],
      };
    case 'ExpertsDrawn': {
      const teams = { ...state.teams };
      for (const [entityId, experts] of Object.entries(event.data.experts)) {
        const team = teams[entityId] ?? { members: [] };
        teams[entityId] = { ...team, experts: [...(team.experts ?? []), ...experts] };
      }
      return { ...state, teams, expertDrawsBy: [...(state.expertDrawsBy ?? []), event.data.departmentId] };
    }
    case 'InspectionTaskLocked':
      return { ...state, status: 'locked' };
    case 'InspectorReplacementRequested': {
      const d = event.data;
      return pending(state, d.requestId, {
        kind: 'replacement',
        entityId: d.entityId,
        outInspectorId: d.outInspectorId,
        inInspectorId: d.inInspectorId,
        departmentId: d.departmentId,
        reason: d.reason,
        requesterId: d.requesterId,
        status: 'pending',
      });
    }
    case 'InspectorReplacedWithApproval': {
      const d = event.data;
      const team = state.teams[d.entityId];
      const members = team.members.map((m) =>
        m.inspectorId === d.outInspectorId
          ? { inspectorId: d.inInspectorId, departmentId: m.departmentId }
          : m,
      );
      const leaderId = team.leaderId === d.outInspectorId ? d.leaderId : team.leaderId;
      return {
        ...request(state, d.requestId, 'approved'),
        teams: {
          ...state.teams,
          [d.entityId]: {
            members,
            ...(leaderId ? { leaderId } : {}),
            ...(team.experts ? { experts: team.experts } : {}),
          },
        },
      };
    }
    case 'RequestRejected':
      return request(state, event.data.requestId, 'rejected');
    case 'EntityWithdrawalRequested': {
      const d = event.data;
      return pending(state, d.requestId, {
        kind: 'withdrawal',
        entityId: d.entityId,
        departmentId: state.leadDepartmentId,
        reason: d.reason,
        requesterId: d.requesterId,
        status: 'pending',
      });
    }
    case 'EntityWithdrawnWithApproval':
      return {
        ...request(state, event.data.requestId, 'approved'),
        withdrawnEntityIds: [...state.withdrawnEntityIds, event.data.entityId],
      };
    case 'ResultEntered': {
      const d = event.data;
      const key = resultKey(d.entityId, d.departmentId);
      return {
        ...state,
        entered: {
          ...state.entered,
          [key]: { result: d.result, inspectorId: d.inspectorId, entries: d.entry },
        },
      };
    }
    case 'ResultPublished': {
      const key = resultKey(event.data.entityId, event.data.departmentId);
      return {
        ...state,
        published: { ...state.published, [key]: event.data.result },
        publishedOn: { ...state.publishedOn, [key]: state.publishedOn[key] ?? event.data.publishedOn },
      };
    }
    case 'PublicDisclosureStopped':
      return {
        ...state,
        disclosureStopped: {
          ...state.disclosureStopped,
          [resultKey(event.data.entityId, event.data.departmentId)]: event.data.stoppedOn,
        },
      };
    case 'CorrectionRequested': {
      const d = event.data;
      return pending(state, d.requestId, {
        kind: 'correction',
        entityId: d.entityId,
        departmentId: d.departmentId,
        corrected: d.corrected,
        reason: d.reason,
        ...(d.objectionId ? { objectionId: d.objectionId } : {}),
        requesterId: d.requesterId,
        status: 'pending',
      });
    }
    case 'ResultCorrected':
      return {
        ...request(state, event.data.requestId, 'approved'),
        published: {
          ...state.published,
          [resultKey(event.data.entityId, event.data.departmentId)]: event.data.corrected,
        },
      };
    case 'ObjectionFiled': {
      const d = event.data;
      return {
        ...state,
        objections: {
          ...state.objections,
          [d.objectionId]: {
            entityId: d.entityId,
            departmentId: d.departmentId,
            status: 'filed',
            reviewDue: d.reviewDue,
          },
        },
      };
    }
    case 'ObjectionReviewed': {
      const objection = state.objections[event.data.objectionId];
      return objection
        ? {
            ...state,
            objections: {
              ...state.objections,
              [event.data.objectionId]: {
                ...objection,
                status: 'reviewed',
                ...(event.data.noticeDue ? { noticeDue: event.data.noticeDue } : {}),
              },
            },
          }
        : state;
    }
    case 'ObjectionOutcomeNotified': {
      const objection = state.objections[event.data.objectionId];
      return objection
        ? {
            ...state,
            objections: {
              ...state.objections,
              [event.data.objectionId]: { ...objection, status: 'notified' },
            },
          }
        : state;
    }
    case 'FollowUpRecorded':
      return withFollowUp(state, event.data.followUpId, event.data);
    case 'RectificationResultEntered':
      return withFollowUp(withRectification(state, event.data), event.data.rectificationId, event.data);
    case 'EvidenceAttached':
      return withEvidence(state, event.data);
    case 'NonPublicationRequested': {
      const d = event.data;
      return pending(state, d.requestId, {
        kind: 'non_publication',
        entityId: d.entityId,
        departmentId: d.departmentId,
        ground: d.ground,
        legalBasis: d.legalBasis,
        requesterId: d.requesterId,
        status: 'pending',
      });
    }
    case 'ResultWithheldFromPublication': {
      const d = event.data;
      return {
        ...request(state, d.requestId, 'approved'),
        notForPublication: {
          ...state.notForPublication,
          [resultKey(d.entityId, d.departmentId)]: { ground: d.ground, approvedOn: d.approvedOn },
        },
      };
    }
    case 'BeyondPlanApprovalRequested':
    case 'BeyondPlanApproved':
      return evolvePlanBinding(state, event);
    case 'PostponementRequested':
    case 'InspectionTaskPostponed':
    case 'EntityHandedOver':
    case 'HandOverTaken':
    case 'HandOverDeclined':
      return evolveAfterAnnouncement(state, event);
    case 'TaskJoinedVisit': {
      const { entityId, visitId } = event.data;
      return { ...state, visits: { ...state.visits, [entityId]: visitId } };
    }
    case 'PersonalTextErased':
      return { ...state, personalTextErased: [...(state.personalTextErased ?? []), event.data.entityId] };
    case 'CancellationRequested': {
      const d = event.data;
      return pending(state, d.requestId, {
        kind: 'cancellation',
        departmentId: state.leadDepartmentId,
        reason: d.reason,
        requesterId: d.requesterId,
        status: 'pending',
      });
    }
    case 'InspectionTaskCancelled': {
      const { requestId } = event.data;
      return { ...(requestId ? request(state, requestId, 'approved') : state), status: 'cancelled' };
    }
  }
}
