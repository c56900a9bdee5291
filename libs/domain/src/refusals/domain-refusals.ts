import type { Bilingual } from './message-template';
import { TASK_INITIATION_REFUSALS } from './domain/task-initiation';
import { TASK_RESPONSE_REFUSALS } from './domain/task-responses';
import { DRAW_AND_TEAM_REFUSALS } from './domain/draws-and-teams';
import { REQUEST_REFUSALS } from './domain/requests';
import { RESULT_REFUSALS } from './domain/results';
import { PLAN_REFUSALS } from './domain/plans';
import { REGISTER_REFUSALS } from './domain/registers';
import { CALENDAR_REFUSALS } from './domain/calendar';
import { BEACON_REFUSALS } from './domain/beacon';
import { USER_REFUSALS } from './domain/users';
import { AFTER_ANNOUNCEMENT_REFUSALS } from './domain/after-announcement';
import { VISIT_REFUSALS } from './domain/visits';
import { EVIDENCE_REFUSALS } from './domain/evidence';
import { CASE_FILE_REFUSALS } from './domain/case-file';
import { FEED_REFUSALS } from './domain/feeds';
import { REFERRAL_REFUSALS } from './domain/referrals';

/**
 * The words for each rule code the domain refuses with (DomainError, `reject`), for the console.
 * `{key}` is filled from the refusal's details; a part in [ ] is shown only when its details are
 * given. Departments are named by the reader's side, never by their ids.
 */
export const DOMAIN_REFUSALS: Record<string, Bilingual> = {
  ...TASK_INITIATION_REFUSALS,
  ...TASK_RESPONSE_REFUSALS,
  ...DRAW_AND_TEAM_REFUSALS,
  ...REQUEST_REFUSALS,
  ...RESULT_REFUSALS,
  ...PLAN_REFUSALS,
  ...REGISTER_REFUSALS,
  ...CALENDAR_REFUSALS,
  ...BEACON_REFUSALS,
  ...USER_REFUSALS,
  ...AFTER_ANNOUNCEMENT_REFUSALS,
  ...VISIT_REFUSALS,
  ...EVIDENCE_REFUSALS,
  ...CASE_FILE_REFUSALS,
  ...FEED_REFUSALS,
  ...REFERRAL_REFUSALS,
};
