import type { AnyProjection } from '@app/read-store';
import { calendarProjection } from './calendar.projection';
import { entityChecksProjection } from './tasks/entity-checks.projection';
import { drawCandidatesProjection } from './tasks/draw-candidates.projection';
import { tasksProjection } from './tasks/tasks.projection';
import { visitsProjection } from './tasks/visits.projection';
export { type ProposedVisit, visitOfTask } from './tasks/agreed-visits';
import { accountabilityProjection } from './audit/accountability.projection';
import { caseFileProjection } from './archive/case-file.projection';
import { disclosuresProjection } from './disclosures/disclosures.projection';
import { publicDisclosuresProjection } from './disclosures/public-disclosures.projection';
import { publicCancellationsProjection } from './disclosures/public-cancellations.projection';
import { publicPostponementsProjection } from './disclosures/public-postponements.projection';
import { handOversProjection } from './tasks/hand-overs.projection';
import { inspectorWorkProjection } from './tasks/inspector-work.projection';
import { objectionDeadlinesProjection } from './disclosures/objection-deadlines.projection';
import { logActivity } from './log-activity.projection';
import { plansProjection } from './plans/plans.projection';
import { publicConsolidatedPlansProjection } from './plans/public-consolidated-plans.projection';
import { publicPlansProjection } from './plans/public-plans.projection';
import { checkItemsProjection } from './registers/check-items.projection';
import { departmentsProjection } from './registers/departments.projection';
import { entitiesProjection } from './registers/entities.projection';
import { inspectorsProjection } from './registers/inspectors.projection';
import { usersProjection } from './registers/users.projection';
import { sessionsProjection } from './registers/sessions.projection';
import { referralsProjection } from './referrals/referrals.projection';

/** Every read model the product keeps; the projection host runs them all. */
export const allProjections: readonly AnyProjection[] = [
  logActivity,
  departmentsProjection,
  checkItemsProjection,
  entitiesProjection,
  inspectorsProjection,
  usersProjection,
  sessionsProjection,
  calendarProjection,
  plansProjection,
  publicPlansProjection,
  publicConsolidatedPlansProjection,
  tasksProjection,
  entityChecksProjection,
  drawCandidatesProjection,
  visitsProjection,
  accountabilityProjection,
  disclosuresProjection,
  publicDisclosuresProjection,
  publicCancellationsProjection,
  publicPostponementsProjection,
  handOversProjection,
  objectionDeadlinesProjection,
  inspectorWorkProjection,
  caseFileProjection,
  referralsProjection,
];

export { logActivity, type LogActivity } from './log-activity.projection';
export { departmentsProjection, type DepartmentView } from './registers/departments.projection';
export {
  checkItemsProjection,
  type CheckItemView,
  type JointItemListView,
  type JointListVersionView,
} from './registers/check-items.projection';
export {
  entitiesProjection,
  tagDocumentId,
  type EntityView,
  type EntityTagView,
} from './registers/entities.projection';
export {
  inspectorsProjection,
  type InspectorView,
  type DeclaredConflict,
} from './registers/inspectors.projection';
export { usersProjection, type UserView, type PendingRoleRequestView } from './registers/users.projection';
export { sessionsProjection, type SessionView } from './registers/sessions.projection';
export { calendarProjection, type CalendarYearView } from './calendar.projection';
export {
  plansProjection,
  planDepartmentDocumentId,
  type PlanView,
  type PlanAdjustmentView,
  type PlanPublicationView,
  type PlanDepartmentView,
} from './plans/plans.projection';
export {
  publicPlansProjection,
  type PublicPlanAdjustment,
  type PublicPlanDocument,
  type PublicPlanVersion,
  type PublicPlanView,
} from './plans/public-plans.projection';
export { tasksProjection, type TaskSummaryView, type TaskDepartmentView } from './tasks/tasks.projection';
export {
  entityChecksProjection,
  entityChecksId,
  sharedVisits,
  type EntityChecksView,
} from './tasks/entity-checks.projection';
export {
  visitsProjection,
  addToVisits,
  visitsByWindows,
  type EntityVisitsView,
  type Visit,
  type VisitTask,
} from './tasks/visits.projection';
export {
  drawCandidatesProjection,
  decodeCandidate,
  type DrawCandidate,
  type DrawCandidateView,
} from './tasks/draw-candidates.projection';
export {
  accountabilityProjection,
  accountableFields,
  type AccountabilityRow,
} from './audit/accountability.projection';
export {
  disclosuresProjection,
  type DisclosureObligationView,
  type DisclosureTaskView,
  type ResponseObligationView,
  obligationWindowTo,
} from './disclosures/disclosures.projection';
export {
  publicDisclosuresProjection,
  type PublicAnnouncementView,
  type PublicResultView,
} from './disclosures/public-disclosures.projection';
export {
  publicCancellationsProjection,
  type PublicCancellationView,
} from './disclosures/public-cancellations.projection';
export {
  publicPostponementsProjection,
  type PublicPostponementView,
} from './disclosures/public-postponements.projection';
export { handOversProjection, type HandOverView } from './tasks/hand-overs.projection';
export {
  inspectorWorkProjection,
  inspectorWorkId,
  type InspectorWorkView,
} from './tasks/inspector-work.projection';
export {
  objectionDeadlinesProjection,
  objectionDeadlineId,
  type ObjectionDeadlineView,
} from './disclosures/objection-deadlines.projection';
export {
  publicConsolidatedPlansProjection,
  consolidatedPlanDocumentId,
  type PublicConsolidatedPlanView,
} from './plans/public-consolidated-plans.projection';
export {
  caseFileProjection,
  CASE_FILE_ENTRY_KINDS,
  type CaseFileEntryKind,
  type CaseFileEntryView,
  type CaseFileStep,
  type CaseFileTaskView,
  type CaseFileValue,
} from './archive/case-file.projection';
export {
  PUBLIC_FEED_EVENT_KINDS,
  PUBLIC_FEED_EVENT_TYPES,
  type PublicFeedItem,
  type PublicFeedKind,
  feedEventTypes,
  publicFeedItem,
} from './feeds/public-feed-items';
export { FeedDelivery } from './feeds/feed-delivery';
export { type SubscriberStatus, FeedDeliverer } from './feeds/feed-deliverer';
export { type DeadLetter, FeedRecords, MAX_DEAD_LETTERS } from './feeds/feed-records';
export { feedSignature } from './feeds/feed-signature';
export { referralsProjection, type ReferralView } from './referrals/referrals.projection';
