import { actingDepartments, resultKey } from '@app/domain';
import type { TaskRequest, TaskState } from './task-types';
import { nonPublicationPending } from './result-disclosure-logic';
import { mayAskPostponement } from './postponement-logic';

/** Who is acting, as far as the console needs to know which actions to offer. */
export interface Actor {
  userId: string;
  departmentId: string;
  roles: readonly string[];
  /** The directory's inspector linked to the account, when one is. */
  inspectorId?: string;
}

/** Who the user is in a team: the linked inspector, else the user (a service token's subject). */
export function teamMemberId(actor: Actor): string {
  return actor.inspectorId ?? actor.userId;
}

/** The items a department inspects: the lead's own, or those a participant confirmed (or was given). */
export function itemsOf(task: TaskState, departmentId: string): string[] {
  if (departmentId === task.leadDepartmentId) return task.itemIds;
  return (
    task.responses[departmentId]?.itemIds ??
    task.participants.find((p) => p.departmentId === departmentId)?.itemIds ??
    []
  );
}

export type ResultStatus = 'not-entered' | 'entered' | 'withheld' | 'published' | 'corrected' | 'stopped';

/** Where one department's result for one entity stands. */
export function resultStatus(task: TaskState, entityId: string, departmentId: string): ResultStatus {
  const key = resultKey(entityId, departmentId);
  if (task.disclosureStopped[key]) return 'stopped';
  const published = task.published[key];
  if (published) {
    const corrected = Object.values(task.requests).some(
      (r) =>
        r.kind === 'correction' &&
        r.status === 'approved' &&
        r.entityId === entityId &&
        r.departmentId === departmentId,
    );
    return corrected ? 'corrected' : 'published';
  }
  if (task.notForPublication?.[key]) return 'withheld';
  return task.entered[key] ? 'entered' : 'not-entered';
}

/** A result that may still be kept from publication: entered, not published, not withheld, none asked. */
export function mayAskNonPublication(task: TaskState, entityId: string, departmentId: string): boolean {
  const key = resultKey(entityId, departmentId);
  if (!task.entered[key] || task.published[key] || task.notForPublication?.[key]) return false;
  return !nonPublicationPending(task, entityId, departmentId);
}

/** The department the user inspects an entity for, when they are in its team. */
export function teamDepartmentOf(task: TaskState, entityId: string, userId: string): string | undefined {
  return task.teams[entityId]?.members.find((m) => m.inspectorId === userId)?.departmentId;
}

const has = (actor: Actor, role: string) => actor.roles.includes(role);

/**
 * The acts the console offers this user on this task (docs/security.md): by role, department and
 * the task's status. The api checks every rule again; its refusals are shown by the action.
 */
export function offeredActions(task: TaskState, actor: Actor) {
  const lead = actor.departmentId === task.leadDepartmentId;
  const participant = task.participants.some((p) => p.departmentId === actor.departmentId);
  const acting = actingDepartments(task).includes(actor.departmentId);
  const open = task.status === 'initiated';
  const locked = task.status === 'locked';
  const operator = has(actor, 'operator');
  const head = has(actor, 'head');
  const drawn = task.entityIds !== null;
  // The pool is frozen once the draw began (the api's poolFrozen): cancelling then takes a request.
  const frozen = drawn || task.drawParts !== null;
  // The joint office that initiated the task cancels it as its lead may (Gui'an 第39条).
  const office = has(actor, 'coordinator') && task.initiatedByOffice?.officeId === actor.departmentId;
  const cancellationAsked = Object.values(task.requests).some(
    (r) => r.kind === 'cancellation' && r.status === 'pending',
  );
  return {
    respond: open && operator && participant && !task.responses[actor.departmentId],
    drawEntities: open && operator && lead && !drawn,
    drawInspectors:
      open && operator && acting && drawn && !task.inspectorDrawsBy.includes(actor.departmentId),
    lock: open && operator && lead && drawn,
    cancel: open && ((operator && lead) || office) && !frozen,
    requestCancellation: open && (operator || head) && lead && frozen && !cancellationAsked,
    requestReplacement: task.status !== 'cancelled' && drawn && (operator || head) && acting,
    requestWithdrawal: locked && (operator || head) && lead,
    // Yuanqu 二(三): after the announcement the lead asks to move the window; its head decides.
    requestPostponement: mayAskPostponement(task, actor),
    enterResult: locked && has(actor, 'inspector'),
    publish: locked && head && acting,
    requestCorrection: locked && (operator || head) && acting,
    fileObjection: locked && (operator || head),
    reviewObjection: locked && head,
    followUp: locked && (operator || head) && acting,
    // Gui'an 第四十三条: asked by an operator or an inspector of the result's department, decided by a head.
    requestNonPublication: locked && (operator || has(actor, 'inspector')) && acting,
    // Gui'an 第三十二条: a team member or the department's operator enters a 整改 follow-up.
    enterRectification: locked && (operator || has(actor, 'inspector')) && acting,
    decide: (request: TaskRequest) => mayDecide(request, actor),
  };
}

/**
 * A head decides replacements, withdrawals, postponements and keeping a result from publication, a principal head
 * corrections and cancellations; of
 * their own department, and never their own request.
 */
export function mayDecide(request: TaskRequest, actor: Actor): boolean {
  if (request.status !== 'pending' || request.departmentId !== actor.departmentId) return false;
  // Nobody approves their own request (APPROVER_IS_REQUESTER).
  if (request.requesterId === actor.userId) return false;
  const byPrincipal = request.kind === 'correction' || request.kind === 'cancellation';
  // non_publication, replacement, withdrawal, postponement: a head of the department.
  return byPrincipal ? has(actor, 'principal') : has(actor, 'head');
}

/** The api's route of a kind of request: `non-publication-requests`, `correction-requests`, … */
export function requestsPath(kind: TaskRequest['kind']): string {
  return `${kind.replace('_', '-')}-requests`;
}
