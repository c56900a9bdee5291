import { confirmBeaconValue, enterBeaconValue, freezePool } from './beacon-rules';
import type { Decider } from '../decider';
import { cancel, requestCancellation } from './cancellation';
import { requestPostponement } from './postponement';
import { answerHandOver, handOverEntity } from './hand-overs';
import { initiate, respond } from './initiation';
import { decideRequest, requestReplacement, requestWithdrawal } from './requests';
import { recordFollowUp } from './follow-ups';
import { recordNonResponse } from './non-response';
import { requestNonPublication } from './non-publication';
import { enterRectificationResult } from './rectification';
import { fileObjection, notifyObjectionOutcome, reviewObjection } from './objections';
import { erasePersonalText } from './personal-text-erasure';
import { enterResult, publishResult, requestCorrection, stopPublicDisclosure } from './results';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { evolveTask } from './evolve-task';
import type { InspectionTaskState } from './task-state';
import { drawExperts } from './experts';
import { joinVisit } from './visit-joining';
import { attachEvidence } from './evidence';
import { drawEntities, drawInspectors, listDrawnEntities, lock } from './teams';

/** The inspection task (抽查任务), stream `inspectionTask-<id>`: the whole lifecycle (docs/events.md). */
export const inspectionTaskDecider: Decider<InspectionTaskCommand, InspectionTaskEvent, InspectionTaskState> =
  {
    initialState: () => ({ status: 'absent' }),
    evolve: evolveTask,
    decide(command, state) {
      switch (command.kind) {
        case 'InitiateTask':
          return initiate(state, command);
        case 'RespondToTask':
          return respond(state, command);
        case 'DrawEntities':
          return drawEntities(state, command);
        case 'ListDrawnEntities':
          return listDrawnEntities(state, command);
        case 'DrawInspectors':
          return drawInspectors(state, command);
        case 'DrawExperts':
          return drawExperts(state, command);
        case 'LockTask':
          return lock(state, command);
        case 'RequestInspectorReplacement':
          return requestReplacement(state, command);
        case 'RequestEntityWithdrawal':
          return requestWithdrawal(state, command);
        case 'RequestCorrection':
          return requestCorrection(state, command);
        case 'DecideRequest':
          return decideRequest(state, command);
        case 'EnterResult':
          return enterResult(state, command);
        case 'PublishResult':
          return publishResult(state, command);
        case 'StopPublicDisclosure':
          return stopPublicDisclosure(state, command);
        case 'FileObjection':
          return fileObjection(state, command);
        case 'ReviewObjection':
          return reviewObjection(state, command);
        case 'NotifyObjectionOutcome':
          return notifyObjectionOutcome(state, command);
        case 'RecordFollowUp':
          return recordFollowUp(state, command);
        case 'RecordNonResponse':
          return recordNonResponse(state, command);
        case 'FreezePool':
          return freezePool(state, command);
        case 'EnterBeaconValue':
          return enterBeaconValue(state, command);
        case 'ConfirmBeaconValue':
          return confirmBeaconValue(state, command);
        case 'RequestNonPublication':
          return requestNonPublication(state, command);
        case 'EnterRectificationResult':
          return enterRectificationResult(state, command);
        case 'CancelTask':
          return cancel(state, command);
        case 'RequestCancellation':
          return requestCancellation(state, command);
        case 'RequestPostponement':
          return requestPostponement(state, command);
        case 'HandOverEntity':
          return handOverEntity(state, command);
        case 'AnswerHandOver':
          return answerHandOver(state, command);
        case 'ErasePersonalText':
          return erasePersonalText(state, command);
        case 'JoinVisit':
          return joinVisit(state, command);
        case 'AttachEvidence':
          return attachEvidence(state, command);
      }
    },
  };
