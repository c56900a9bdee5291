import { ApiFailure } from '../../api/client';

/** Which fields a broken rule (a 409's code) is about, form by form. */
export const RULE_FIELDS = {
  initiate: {
    ADHOC_TASK_NEEDS_REASON: ['adhocReason'],
    ITEM_NOT_IN_PLAN: ['adhocReason'],
    PLAN_NOT_FOUND: ['planId'],
    PLAN_CLOSED: ['planId'],
    PLAN_NOT_PUBLISHED: ['planId'],
    TASK_WINDOW_INVALID: ['window.from', 'window.to'],
    TASK_WINDOW_OUTSIDE_PLAN: ['window.from', 'window.to'],
    SAMPLING_NEEDS_RATIO_OR_COUNT: ['sampling.count', 'sampling.ratio'],
    CHECK_ITEM_NOT_ON_LIST: ['itemIds'],
    CHECK_ITEM_RETIRED: ['itemIds'],
    TASK_ITEM_OF_OTHER_DEPARTMENT: ['itemIds'],
    PARTICIPANT_ITEM_OF_OTHER_DEPARTMENT: ['participants'],
    PARTICIPANT_TWICE: ['participants'],
    LEAD_IS_PARTICIPANT: ['participants'],
    DEPARTMENT_NOT_REGISTERED: ['participants'],
    DRAW_BEACON_REQUIRED: ['beacon.round'],
    BEACON_SOURCE_NOT_ACCEPTED: ['beacon.source'],
    BEACON_ROUND_INVALID: ['beacon.round'],
    BEACON_ROUND_ALREADY_PUBLISHED: ['beacon.round'],
    BEACON_ROUND_TOO_FAR: ['beacon.round'],
    BEACON_ROUND_AFTER_WINDOW: ['beacon.round', 'window.to'],
    TASK_BEYOND_PLAN: ['beyondPlanReason'],
    OFFICE_TASK_NEEDS_PLAN: ['planId'],
    PLAN_NOT_FILED_WITH_OFFICE: ['planId'],
    OFFICE_TASK_LEAD_NOT_IN_PLAN: ['leadDepartmentId'],
    LEAD_NOT_AN_INDUSTRY_DEPARTMENT: ['leadDepartmentId'],
  },
  respond: {
    DECLINE_NEEDS_REASON: ['reason'],
    RESPONSE_ITEMS_NOT_CONFIRMED: ['itemIds'],
    RESPONSE_ITEMS_NOT_ASSIGNED: ['itemIds'],
  },
  result: {
    RESULT_OUTSIDE_WINDOW: ['inspectedOn', 'corrected.inspectedOn'],
    RESULT_IN_FUTURE: ['inspectedOn', 'corrected.inspectedOn'],
    INSPECTION_METHOD_REQUIRED: ['method', 'corrected.method'],
  },
} satisfies Record<string, Record<string, string[]>>;

/**
 * The api's refusal as Field reads it: a 400 as it is, and a broken rule (409) also beside the
 * fields it concerns (it stays by the action too), with the rule's message.
 */
export function byField(
  error: ApiFailure | undefined,
  rules: Record<string, string[]>,
): ApiFailure | undefined {
  if (!error || error.status === 400) return error;
  const fields = rules[error.code];
  if (!fields) return undefined;
  return new ApiFailure(
    400,
    error.code,
    error.message,
    fields.map((field) => ({ field, reason: error.message, code: error.code, details: error.details })),
  );
}
