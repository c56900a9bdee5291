import {
  EARLIEST_DATE,
  LATEST_DATE,
  MAX_WINDOW_DAYS,
  daysBetween,
  isCalendarDate,
} from '../calendar/calendar-date';
import { fromJointList } from './from-joint-list';
import { asOfficeInitiation } from './office-initiation';
import { type PlanDeviation, beyondPlanEvents, planDeviations } from './plan-binding';
import { malformedCriteria } from '../plans/criteria-shape';
import { assertContribution, initiationRandomness } from './beacon-rules';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { isWindowInRange, openTask, reject } from './task-guards';
import type { InspectionTaskState } from './task-state';

type Initiate = Extract<InspectionTaskCommand, { kind: 'InitiateTask' }>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

function assertItems(command: Initiate): void {
  const found = new Map(command.items.map((item) => [item.itemId, item]));
  const named = [...command.itemIds, ...command.participants.flatMap((p) => p.itemIds)];
  const missing = named.filter((id) => !found.has(id));
  if (missing.length > 0) {
    reject('CHECK_ITEM_NOT_ON_LIST', `Not on the check-item list: ${[...new Set(missing)].join(', ')}`, {
      itemIds: missing,
    });
  }
  const retired = named.filter((id) => found.get(id)?.retired);
  if (retired.length > 0) {
    reject('CHECK_ITEM_RETIRED', `Retired items cannot be inspected: ${[...new Set(retired)].join(', ')}`, {
      itemIds: retired,
    });
  }
  const notLeads = command.itemIds.filter((id) => found.get(id)!.departmentId !== command.by.departmentId);
  if (notLeads.length > 0) {
    reject(
      'TASK_ITEM_OF_OTHER_DEPARTMENT',
      `The task's own items are the lead department's: ${notLeads.join(', ')}`,
    );
  }
  for (const participant of command.participants) {
    const foreign = participant.itemIds.filter(
      (id) => found.get(id)!.departmentId !== participant.departmentId,
    );
    if (foreign.length > 0) {
      reject(
        'PARTICIPANT_ITEM_OF_OTHER_DEPARTMENT',
        `Items given to ${participant.departmentId} belong to other departments: ${foreign.join(', ')}`,
        { departmentId: participant.departmentId, itemIds: foreign },
      );
    }
  }
}

/**
 * Inside the plan ("计划之外无检查"), or ad hoc with a stated reason. Returns how the task goes
 * beyond the plan version in force in its sampling or criteria (plan-binding.ts).
 */
function assertPlan(command: Initiate): PlanDeviation[] {
  if (!command.planId) {
    if (!command.adhocReason?.trim()) {
      reject('ADHOC_TASK_NEEDS_REASON', 'A task outside any plan needs a stated reason (Yiyuan 十三)');
    }
    return [];
  }
  const plan = command.plan;
  if (!plan || plan.status === 'absent') reject('PLAN_NOT_FOUND', `No plan ${command.planId}`);
  if (plan.status === 'closed') reject('PLAN_CLOSED', `Plan ${command.planId} is closed`);
  // The published version binds; an adjustment awaiting publication does not yet (Gui'an 第27条).
  const inForce = plan.published;
  if (!inForce) reject('PLAN_NOT_PUBLISHED', `Plan ${command.planId} is not published yet`);
  const named = [...command.itemIds, ...command.participants.flatMap((p) => p.itemIds)];
  const outside = named.filter((id) => !inForce.itemIds.includes(id));
  if (outside.length > 0 && !command.adhocReason?.trim()) {
    reject('ITEM_NOT_IN_PLAN', `Items outside the plan need an ad hoc reason: ${outside.join(', ')}`, {
      itemIds: outside,
    });
  }
  const { from, to } = inForce.window;
  if (command.window.from < from || command.window.to > to) {
    reject('TASK_WINDOW_OUTSIDE_PLAN', `The task's window lies within the plan's, ${from} to ${to}`, {
      from,
      to,
    });
  }
  return planDeviations(inForce, command);
}

/** A task's window: two real days in the calendar's range, from before to, at most MAX_WINDOW_DAYS long. */
export function assertTaskWindow(window: { from: string; to: string }): void {
  if (!isCalendarDate(window.from) || !isCalendarDate(window.to) || window.from > window.to) {
    reject('TASK_WINDOW_INVALID', 'The window must be two real days, from before to');
  }
  if (!isWindowInRange(window)) {
    reject('TASK_WINDOW_OUT_OF_RANGE', `The window lies from ${EARLIEST_DATE} to ${LATEST_DATE}`, {
      window,
    });
  }
  if (daysBetween(window.from, window.to) + 1 > MAX_WINDOW_DAYS) {
    reject('TASK_WINDOW_TOO_LONG', `A window spans at most ${MAX_WINDOW_DAYS} days`, {
      window,
      maxDays: MAX_WINDOW_DAYS,
    });
  }
}

export function initiate(state: InspectionTaskState, named: Initiate): InspectionTaskEvent[] {
  if (state.status !== 'absent') reject('TASK_EXISTS', `Task ${named.taskId} exists`);
  const command = fromJointList(asOfficeInitiation(named));
  assertTaskWindow(command.window);
  const malformed = malformedCriteria(command.criteria);
  if (malformed.length > 0) {
    reject('TASK_CRITERIA_MALFORMED', `The criteria ${malformed.join(', ')} must be lists`, {
      fields: malformed,
    });
  }
  const participantIds = command.participants.map((p) => p.departmentId);
  if (participantIds.includes(command.by.departmentId)) {
    reject('LEAD_IS_PARTICIPANT', 'The lead department is not a participant of its own task');
  }
  if (new Set(participantIds).size !== participantIds.length) {
    reject('PARTICIPANT_TWICE', 'Each participating department is named once');
  }
  const unregistered = [command.by.departmentId, ...participantIds].filter(
    (id) => !command.registeredDepartmentIds.includes(id),
  );
  if (unregistered.length > 0)
    reject('DEPARTMENT_NOT_REGISTERED', `Not registered: ${unregistered.join(', ')}`);
  const { ratio, count } = command.sampling;
  if ((ratio === undefined) === (count === undefined)) {
    reject('SAMPLING_NEEDS_RATIO_OR_COUNT', 'Sampling is by a ratio or by a count, one of the two');
  }
  // A count is drawn from one stratum: ratios per class would be silently ignored (docs/draw.md §3).
  if (count !== undefined && command.sampling.byCreditRisk !== undefined) {
    reject('SAMPLING_COUNT_WITH_CLASS_RATIOS', 'Sampling by a count takes no ratios per credit-risk class', {
      field: 'sampling.byCreditRisk',
    });
  }
  if (!SHA256_HEX.test(command.seedCommitment)) {
    reject('SEED_COMMITMENT_INVALID', 'The seed commitment is a SHA-256 digest in hex');
  }
  if (command.inspectorSeedCommitments) {
    const expected = [command.by.departmentId, ...participantIds].sort();
    const given = Object.keys(command.inspectorSeedCommitments).sort();
    const valid = Object.values(command.inspectorSeedCommitments).every((c) => SHA256_HEX.test(c));
    if (!valid || JSON.stringify(given) !== JSON.stringify(expected)) {
      reject(
        'SEED_COMMITMENT_INVALID',
        'One inspector-seed commitment per department taking part, SHA-256 in hex',
      );
    }
  }
  assertItems(command);
  const beyondPlan = beyondPlanEvents(assertPlan(command), command.beyondPlanReason, {
    taskId: command.taskId,
    requesterId: command.by.actorId,
  });
  const randomness = initiationRandomness(command);
  return [
    {
      type: 'InspectionTaskInitiated',
      data: {
        taskId: command.taskId,
        ...(command.planId ? { planId: command.planId } : {}),
        ...(command.adhocReason ? { adhocReason: command.adhocReason } : {}),
        name: command.name,
        leadDepartmentId: command.by.departmentId,
        participants: command.participants,
        itemIds: command.itemIds,
        criteria: command.criteria,
        sampling: command.sampling,
        window: command.window,
        seedCommitment: command.seedCommitment,
        ...(command.inspectorSeedCommitments
          ? { inspectorSeedCommitments: command.inspectorSeedCommitments }
          : {}),
        responseDue: command.responseDue,
        ...(command.jointList && command.jointList.state.status !== 'absent'
          ? { jointList: { listId: command.jointList.listId, version: command.jointList.state.version } }
          : {}),
        ...(command.office ? { initiatedByOffice: { officeId: command.office.officeId } } : {}),
        ...randomness,
      },
    },
    ...beyondPlan,
  ];
}

export function respond(
  state: InspectionTaskState,
  command: Extract<InspectionTaskCommand, { kind: 'RespondToTask' }>,
): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  const departmentId = command.by.departmentId;
  const participant = task.participants.find((p) => p.departmentId === departmentId);
  if (!participant)
    reject('NOT_A_PARTICIPANT', `Department ${departmentId} is not a participant of this task`, {
      departmentId,
    });
  const recorded = task.responses[departmentId]?.notAnswering;
  if (recorded) {
    reject(
      'RECORDED_AS_NOT_ANSWERING',
      `Department ${departmentId} did not answer by ${recorded.deadline}; the lead went on without it on ${recorded.recordedOn}`,
      { departmentId, recordedOn: recorded.recordedOn },
    );
  }
  if (task.responses[departmentId])
    reject('ALREADY_RESPONDED', `Department ${departmentId} has responded already`, { departmentId });
  assertContribution(task, command);
  if (!command.accepted && !command.reason?.trim()) {
    reject('DECLINE_NEEDS_REASON', 'A department that declines gives its reason');
  }
  const itemIds = command.accepted ? command.itemIds : [];
  const unassigned = itemIds.filter((id) => !participant.itemIds.includes(id));
  if (unassigned.length > 0) {
    reject('RESPONSE_ITEMS_NOT_ASSIGNED', `Items not assigned to ${departmentId}: ${unassigned.join(', ')}`);
  }
  if (command.accepted && itemIds.length === 0) {
    reject('RESPONSE_ITEMS_NOT_CONFIRMED', 'Accepting confirms at least one of the assigned items');
  }
  return [
    {
      type: 'ParticipantResponded',
      data: {
        taskId: command.taskId,
        departmentId,
        accepted: command.accepted,
        itemIds,
        ...(command.reason ? { reason: command.reason } : {}),
        respondedOn: command.today,
        // Accepted but marked: 2 working days (Gui'an 第四十条), counted at initiation.
        late: command.today > task.responseDue.date,
        ...(command.accepted && command.contributionCommitment
          ? { seedCommitment: command.contributionCommitment }
          : {}),
      },
    },
  ];
}
