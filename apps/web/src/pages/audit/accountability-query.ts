import { beijingDayEnd, beijingDayStart } from './moments';

/** The accountability search as typed: ids, and Beijing days. */
export interface AccountabilityForm {
  actorId: string;
  departmentId: string;
  taskId: string;
  entityId: string;
  from: string;
  to: string;
}

export const NO_ACCOUNTABILITY_FILTERS: AccountabilityForm = {
  actorId: '',
  departmentId: '',
  taskId: '',
  entityId: '',
  from: '',
  to: '',
};

/**
 * `GET /api/accountability`'s query: blanks left out; a day typed as a Beijing day becomes the
 * UTC instants that bound it (the api would read a bare date as a whole UTC day).
 */
export function accountabilityQuery(form: AccountabilityForm): Record<string, string | undefined> {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const day = (value: string, bound: (d: string) => string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? bound(value) : text(value);
  return {
    actorId: text(form.actorId),
    departmentId: text(form.departmentId),
    taskId: text(form.taskId),
    entityId: text(form.entityId),
    from: day(form.from, beijingDayStart),
    to: day(form.to, beijingDayEnd),
  };
}
