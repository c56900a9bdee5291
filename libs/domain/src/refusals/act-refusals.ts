/**
 * Rules that say the caller may not do this act (department, team, approving one's own request):
 * the api answers them 403, not 409, though the domain decides them (it alone knows the task).
 */
export const ACT_REFUSALS: ReadonlySet<string> = new Set([
  'NOT_THE_LEAD_DEPARTMENT',
  'NOT_A_PARTICIPANT',
  'DEPARTMENT_NOT_IN_TASK',
  'NOT_IN_TEAM',
  'APPROVER_IS_REQUESTER',
  'APPROVER_OF_OTHER_DEPARTMENT',
  'REPLACEMENT_OF_OTHER_DEPARTMENT',
  'REVIEWER_OF_OTHER_DEPARTMENT',
  'EVIDENCE_OF_OTHER_DEPARTMENT',
  'HAND_OVER_OF_OTHER_DEPARTMENT',
  'BEACON_CONFIRMER_IS_ENTERER',
  'BEACON_CONFIRMER_SAME_DEPARTMENT',
  'ROLE_REQUEST_FOR_SELF',
  'ROLE_APPROVER_IS_REQUESTER',
  'USER_DISABLES_SELF',
  'SESSION_OF_ANOTHER_USER',
]);
