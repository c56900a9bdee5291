import type { CaseFileEvent } from './archive';
import type { FeedSubscriberEvent } from './feeds';
import type { CalendarYearEvent } from './calendar';
import type { ConsolidatedPlanEvent, PlanEvent } from './plans';
import type {
  CheckItemEvent,
  DepartmentEvent,
  EntityEvent,
  InspectorEvent,
  JointItemListEvent,
} from './registers';
import type { DrawLedgerEvent } from './draws';
import type { InspectionTaskEvent } from './tasks';
import type { UserEvent } from './users';
import type { VisitEvent } from './visits';
import type { ReferralEvent } from './referrals';

/** Every event the domain records, in its current shape (docs/events.md). */
export type AnyDomainEvent =
  | DepartmentEvent
  | CheckItemEvent
  | JointItemListEvent
  | EntityEvent
  | InspectorEvent
  | CalendarYearEvent
  | PlanEvent
  | ConsolidatedPlanEvent
  | InspectionTaskEvent
  | DrawLedgerEvent
  | VisitEvent
  | UserEvent
  | CaseFileEvent
  | FeedSubscriberEvent
  | ReferralEvent;

export type DomainEventType = AnyDomainEvent['type'];
