import type { DomainEventType } from '@app/domain';
import { isRole } from '@app/domain/roles';
import type { MessageKey } from '../../i18n/catalogue';

/** The acts (event types) the console has words for; a newer one shows under its own name. */
export const KNOWN_ACTS = [
  'DepartmentRegistered',
  'CheckItemAdded',
  'CheckItemUpdated',
  'CheckItemRetired',
  'JointItemListDrawnUp',
  'JointItemListAmended',
  'JointItemListRetired',
  'EntityRegistered',
  'EntityUpdated',
  'EntityCreditRiskRerated',
  'EntityDeregistered',
  'InspectorRegistered',
  'InspectorUpdated',
  'InspectorStatusChanged',
  'InspectorConflictDeclared',
  'InspectorPersonalDataErased',
  'CalendarYearPublished',
  'PlanDrafted',
  'PlanPublished',
  'PlanAdjusted',
  'PlanClosed',
  'PlanFiled',
  'ConsolidatedPlanPublished',
  'InspectionTaskInitiated',
  'ParticipantResponded',
  'ParticipantRecordedAsNotAnswering',
  'EntitiesDrawn',
  'DrawnEntitiesListed',
  'EntityDrawLedgered',
  'DrawLedgerEntryVoided',
  'EvidenceAttached',
  'FeedCursorReset',
  'FeedDeadLetterReplayed',
  'InspectorsDrawn',
  'ExpertsDrawn',
  'InspectionTaskLocked',
  'InspectorReplacementRequested',
  'InspectorReplacedWithApproval',
  'EntityWithdrawalRequested',
  'EntityWithdrawnWithApproval',
  'RequestRejected',
  'ResultEntered',
  'ResultPublished',
  'CorrectionRequested',
  'ResultCorrected',
  'ObjectionFiled',
  'ObjectionReviewed',
  'ObjectionOutcomeNotified',
  'FollowUpRecorded',
  'PublicDisclosureStopped',
  'NonPublicationRequested',
  'ResultWithheldFromPublication',
  'RectificationResultEntered',
  'PersonalTextErased',
  'CancellationRequested',
  'InspectionTaskCancelled',
  'PostponementRequested',
  'InspectionTaskPostponed',
  'BeyondPlanApprovalRequested',
  'BeyondPlanApproved',
  'EntityHandedOver',
  'HandOverTaken',
  'HandOverDeclined',
  'TaskJoinedVisit',
  'VisitProposed',
  'VisitAgreed',
  'VisitDeclined',
  'VisitConfirmed',
  'VisitTaskLeft',
  'DepartmentParentSet',
  'PoolFrozen',
  'BeaconValueEntered',
  'BeaconValueConfirmed',
  'UserRegistered',
  'UserRoleRequested',
  'UserRoleRequestRejected',
  'UserRoleGranted',
  'UserRoleRevoked',
  'UserDisabled',
  'UserEnabled',
  'UserInspectorLinked',
  'UserPasswordSet',
  'UserPasswordReset',
  'UserSignedIn',
  'UserSignInFailed',
  'UserLocked',
  'UserSessionEnded',
  'UserPersonalDataErased',
  'CaseFileExported',
  'DepartmentDisabled',
  'DepartmentEnabled',
  'EntityListed',
  'EntityDelisted',
  'EntityContactErased',
  'ReferralCreated',
  'ReferralAccepted',
  'ReferralReturned',
  'ReferralOutcomeRecorded',
  // The transparency log's own event (outside the domain's union).
  'TransparencyKeyIntroduced',
] as const;
export type KnownAct = (typeof KNOWN_ACTS)[number];

/** Fails to compile when the domain gains an event the console has no words for. */
const EVERY_DOMAIN_ACT: Record<Exclude<DomainEventType, KnownAct>, never> = {};
void EVERY_DOMAIN_ACT;

/** The catalogue key naming an act, or undefined for an act this console does not know. */
export function actKey(type: string): MessageKey | undefined {
  return (KNOWN_ACTS as readonly string[]).includes(type)
    ? (`audit.act.${type as KnownAct}` as const)
    : undefined;
}

/** The catalogue key naming a role (common section), or undefined for a role the platform ignores. */
export function roleKey(role: string): MessageKey | undefined {
  return isRole(role) ? (`common.role.${role}` as const) : undefined;
}
