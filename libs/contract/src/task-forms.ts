/** A printable form of a task (GET /api/tasks/:id/forms; docs/forms.md). */
export interface TaskFormEntry {
  kind: 'notice' | 'inspection' | 'result-notice';
  entityId: string;
  /** The department whose inspection form it is (inspection forms only). */
  departmentId?: string;
  /** Printed on the form, with the task, entity and department: a scan of it is matched by these. */
  number: string;
  /** Under /api/tasks/:id/forms/. */
  path: string;
}

export interface TaskForms {
  taskId: string;
  forms: TaskFormEntry[];
}
