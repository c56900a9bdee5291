import type { DomainEvent } from '../domain-event';
import type { DateWindow } from './task-vocabulary';

type E<T extends string, D extends object> = DomainEvent<T, { taskId: string } & D>;

/** Events of a locked task after its announcement: postponement and hand-over of a moved business. */
export type AfterAnnouncementEvent =
  /** The lead asks to move the task's window (延迟; Yuanqu 二(三)); a head of the lead decides. */
  | E<'PostponementRequested', { requestId: string; window: DateWindow; reason: string; requesterId: string }>
  /** The approved postponement: the window it had, the window it has now, why, who asked and approved. */
  | E<
      'InspectionTaskPostponed',
      {
        requestId: string;
        previousWindow: DateWindow;
        window: DateWindow;
        reason: string;
        requesterId: string;
        approverId: string;
        postponedOn: string;
      }
    >
  /** An entity withdrawn as moved away is handed over to the department of its new region (Yiyuan 二十八). */
  | E<
      'EntityHandedOver',
      {
        entityId: string;
        fromDepartmentId: string;
        toDepartmentId: string;
        toRegionCode: string;
        note: string;
      }
    >
  /** The receiving department took it into one of its own tasks. */
  | E<'HandOverTaken', { entityId: string; toDepartmentId: string; intoTaskId: string }>
  /** The receiving department declined it, saying why. */
  | E<'HandOverDeclined', { entityId: string; toDepartmentId: string; reason: string }>;
