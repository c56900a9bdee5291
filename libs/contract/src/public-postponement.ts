/** A date window as the portal shows it (YYYY-MM-DD, both days included). */
export interface PublicWindow {
  from: string;
  to: string;
}

/** One approved postponement of an announced task: no person named, the approver by position. */
export interface PublicPostponementEntry {
  previousWindow: PublicWindow;
  window: PublicWindow;
  reason: string;
  /** The approval: a head (负责人) of the lead department. */
  approvedBy: { departmentId: string; role: 'head' };
  /** When the approval was recorded (ISO 8601) and its day in Beijing. */
  postponedAt: string;
  postponedOn: string;
}

/**
 * An announced task whose window was moved after its announcement (延迟; Yuanqu 二(三)), as the
 * public portal shows it beside cancellations (GET /api/public/postponements): oldest first.
 */
export interface PublicPostponement {
  taskId: string;
  name: string;
  leadDepartmentId: string;
  /** The window it has now. */
  window: PublicWindow;
  postponements: PublicPostponementEntry[];
}

/** A hand-over of a business that moved away, as its two departments see it (GET /api/hand-overs). */
export interface HandOverItem {
  taskId: string;
  taskName: string;
  entityId: string;
  entityName: string;
  fromDepartmentId: string;
  toDepartmentId: string;
  toRegionCode: string;
  note: string;
  status: 'awaiting' | 'taken' | 'declined';
  handedOverOn: string;
  answeredOn?: string;
  intoTaskId?: string;
  declineReason?: string;
}
