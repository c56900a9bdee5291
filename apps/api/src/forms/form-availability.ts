import { type TaskState, actingDepartments, listedEntities, resultKey } from '@app/domain';
import { type FormKind, formNumber } from './form-document';

/** The items a department inspects in the task: the lead's own, or those a participant confirmed. */
export function departmentItems(task: TaskState, departmentId: string): string[] {
  return departmentId === task.leadDepartmentId
    ? task.itemIds
    : (task.responses[departmentId]?.itemIds ?? []);
}

/** Departments with a result entered for the entity, in the task's order of departments. */
export function departmentsWithResult(task: TaskState, entityId: string): string[] {
  return actingDepartments(task).filter((d) => task.entered[resultKey(entityId, d)]);
}

export interface FormRef {
  kind: FormKind;
  entityId: string;
  departmentId?: string;
  number: string;
  /** Under /api/tasks/:id/forms. */
  path: string;
}

/** Why a form cannot be printed now: 404 for what the task does not hold, 409 for its stage. */
export interface FormRefusal {
  status: 404 | 409;
  code: string;
  message: string;
}

/**
 * Whether the form makes sense at the task's stage. The notice and the inspection form need the
 * list and the teams, fixed when the task is locked (announced); the result notice needs a result.
 */
export function formRefusal(
  task: TaskState,
  kind: FormKind,
  entityId: string,
  departmentId?: string,
): FormRefusal | undefined {
  if (task.status === 'cancelled')
    return { status: 409, code: 'TASK_CANCELLED', message: 'The task was cancelled: nothing to print' };
  if (task.status !== 'locked') {
    return {
      status: 409,
      code: 'TASK_NOT_LOCKED',
      message: 'Forms are printed once the task is locked: its list and teams are fixed then',
    };
  }
  if (!listedEntities(task).includes(entityId))
    return {
      status: 404,
      code: 'ENTITY_NOT_IN_TASK',
      message: `Entity ${entityId} is not on this task's list`,
    };
  if (kind === 'inspection' && (!departmentId || !actingDepartments(task).includes(departmentId))) {
    return {
      status: 404,
      code: 'DEPARTMENT_NOT_IN_TASK',
      message: `Department ${departmentId} does not take part in this task`,
    };
  }
  if (kind === 'result-notice' && departmentsWithResult(task, entityId).length === 0) {
    return {
      status: 409,
      code: 'RESULT_NOT_ENTERED',
      message: `No result is entered for ${entityId} yet: the result notice tells the business its result`,
    };
  }
  return undefined;
}

const enc = encodeURIComponent;

/** Every form the task can print now, entity by entity. */
export function availableForms(taskId: string, task: TaskState): FormRef[] {
  if (task.status !== 'locked') return [];
  const out: FormRef[] = [];
  for (const entityId of listedEntities(task)) {
    out.push({
      kind: 'notice',
      entityId,
      number: formNumber('notice', taskId, entityId),
      path: `notice/${enc(entityId)}.pdf`,
    });
    for (const departmentId of actingDepartments(task)) {
      out.push({
        kind: 'inspection',
        entityId,
        departmentId,
        number: formNumber('inspection', taskId, entityId, departmentId),
        path: `inspection/${enc(departmentId)}/${enc(entityId)}.pdf`,
      });
    }
    if (departmentsWithResult(task, entityId).length > 0) {
      out.push({
        kind: 'result-notice',
        entityId,
        number: formNumber('result-notice', taskId, entityId),
        path: `result-notice/${enc(entityId)}.pdf`,
      });
    }
  }
  return out;
}
