import { foldEvents } from '../../decider';
import type { PlanDefinition, PlanState } from '../../plans/plan';
import type { ListedItemFact } from '../../registers/joint-item-list';
import { inspectionTaskDecider } from '../inspection-task';
import type { BeaconPolicy, InspectionTaskCommand, InspectorFact } from '../task-commands';
import type { InspectionTaskEvent } from '../task-events';
import type { TaskState } from '../task-state';
import type { SealedText } from '../personal-text';
import type {
  Acting,
  DateWindow,
  InspectionResult,
  Participant,
  Sampling,
  TargetCriteria,
  Team,
  TeamMember,
  WorkingDayDate,
} from '../task-vocabulary';

/**
 * A standard joint task for the specifications: the market regulator (scjg) leads, with its own
 * items; fire (xf) and health (ws) take part with theirs. Entities e1 and e2 are drawn; the lead
 * names two inspectors (leader p-scjg-1) for e1 and one (leader p-scjg-3) for e2, the participants
 * one each.
 */

export type CommandOf<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;
export type EventOf<T extends InspectionTaskEvent['type']> = Extract<InspectionTaskEvent, { type: T }>;
type DataOf<T extends InspectionTaskEvent['type']> = EventOf<T>['data'];
type Fields<K extends InspectionTaskCommand['kind']> = Partial<Omit<CommandOf<K>, 'kind'>>;
export type History = readonly InspectionTaskEvent[];
export type TaskDepartment = 'scjg' | 'xf' | 'ws';
export type ParticipantDepartment = Exclude<TaskDepartment, 'scjg'>;

export const TASK_ID = 'task-1';
export const PLAN_ID = 'plan-2026';
export const TASK_NAME = '2026年餐饮行业部门联合双随机抽查';

// ---- Officials ------------------------------------------------------------------------------------

/** A clerk of the lead department (initiates, draws, locks, asks). */
export const leadClerk: Acting = { actorId: 'u-scjg', departmentId: 'scjg' };
/** The lead department's head (approves what the clerk asked). */
export const leadHead: Acting = { actorId: 'h-scjg', departmentId: 'scjg' };
export const xfClerk: Acting = { actorId: 'u-xf', departmentId: 'xf' };
export const xfHead: Acting = { actorId: 'h-xf', departmentId: 'xf' };
export const wsClerk: Acting = { actorId: 'u-ws', departmentId: 'ws' };
export const wsHead: Acting = { actorId: 'h-ws', departmentId: 'ws' };
/** A registered department that has no part in the task. */
export const outsider: Acting = { actorId: 'u-swj', departmentId: 'swj' };

export const clerkOf: Record<TaskDepartment, Acting> = { scjg: leadClerk, xf: xfClerk, ws: wsClerk };

export const REGISTERED_DEPARTMENTS = ['scjg', 'xf', 'ws', 'swj'];

// ---- Items and plan -------------------------------------------------------------------------------

export const LEAD_ITEMS = ['i-scjg-1', 'i-scjg-2'];
export const PARTICIPANTS: Participant[] = [
  { departmentId: 'xf', itemIds: ['i-xf-1', 'i-xf-2'] },
  { departmentId: 'ws', itemIds: ['i-ws-1'] },
];
export const itemsOf = (departmentId: ParticipantDepartment): string[] =>
  PARTICIPANTS.find((p) => p.departmentId === departmentId)?.itemIds ?? [];

export const ITEM_FACTS: ListedItemFact[] = [
  { itemId: 'i-scjg-1', departmentId: 'scjg', retired: false },
  { itemId: 'i-scjg-2', departmentId: 'scjg', retired: false },
  { itemId: 'i-xf-1', departmentId: 'xf', retired: false },
  { itemId: 'i-xf-2', departmentId: 'xf', retired: false },
  { itemId: 'i-ws-1', departmentId: 'ws', retired: false },
  /** On the item list, but not in the plan. */
  { itemId: 'i-scjg-extra', departmentId: 'scjg', retired: false },
  { itemId: 'i-scjg-retired', departmentId: 'scjg', retired: true },
];

export const PLAN_DEFINITION: PlanDefinition = {
  year: 2026,
  name: '2026年度市场监管领域部门联合双随机抽查工作计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['xf', 'ws'],
  itemIds: ['i-scjg-1', 'i-scjg-2', 'i-xf-1', 'i-xf-2', 'i-ws-1'],
  targetCriteria: { kinds: ['enterprise'] },
  ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};

type KnownPlan = Exclude<PlanState, { status: 'absent' }>;
export const publishedPlan: KnownPlan = {
  status: 'published',
  published: PLAN_DEFINITION,
  draft: PLAN_DEFINITION,
  everPublished: true,
  unpublishedChanges: false,
  version: 1,
};
export const draftPlan: KnownPlan = {
  status: 'draft',
  draft: PLAN_DEFINITION,
  everPublished: false,
  unpublishedChanges: true,
  version: 0,
};
/**
 * Published once, then adjusted and not yet published again: the pending draft takes in the
 * extra item and a later end, which bind no task until they are published.
 */
export const adjustedPlan: KnownPlan = {
  ...publishedPlan,
  draft: {
    ...PLAN_DEFINITION,
    itemIds: [...PLAN_DEFINITION.itemIds, 'i-scjg-extra'],
    window: { from: PLAN_DEFINITION.window.from, to: '2026-12-31' },
  },
  unpublishedChanges: true,
};
export const closedPlan: KnownPlan = { ...publishedPlan, status: 'closed' };

// ---- Task definition ------------------------------------------------------------------------------

export const CRITERIA: TargetCriteria = { kinds: ['enterprise'], industryCodes: ['H6210'] };
export const SAMPLING: Sampling = { ratio: 0.05 };
/** Within the plan's window. */
export const WINDOW: DateWindow = { from: '2026-05-01', to: '2026-06-30' };
/** SHA-256 of the seed "test". */
export const SEED_COMMITMENT = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const workingDay = (date: string): WorkingDayDate => ({ date, provisional: false, unknownYears: [] });
/** Initiated Monday 2026-04-20: 2 working days to respond. */
export const RESPONSE_DUE = workingDay('2026-04-22');
/** A deployment that lets any task draw without a beacon (the beacon rules have their own specs). */
export const BEACON_POLICY: BeaconPolicy = {
  sources: ['cwl-3d', 'cslc-pl5', 'drand-quicknet'],
  withoutBeacon: 'any',
};
export const INITIATED_AT = '2026-04-20T02:00:00.000Z';
/** What the standard task records: drawn without a beacon, as BEACON_POLICY allows. */
export const OPERATOR_TRUSTED = { reason: 'DRAW_WITHOUT_BEACON=any' };
export const PUBLICATION_DUE = workingDay('2026-07-28');
export const REVIEW_DUE = workingDay('2026-06-22');
/** By when the business is told the outcome of a review on 2026-06-01. */
export const NOTICE_DUE = workingDay('2026-06-23');

// ---- Entities and inspectors ----------------------------------------------------------------------

export const ENTITIES = ['e1', 'e2'];
export const DRAW_RECORD: Record<string, unknown> = {
  seed: 'test',
  method: 'undirected',
  population: ['e1', 'e2', 'e3', 'e4'],
};

const inspector = (
  inspectorId: string,
  departmentId: string,
  more: Partial<InspectorFact> = {},
): InspectorFact => ({ inspectorId, departmentId, status: 'active', erased: false, conflicts: [], ...more });

/** What the handler finds of the inspectors: active ones of each department, and some who may not go. */
export const INSPECTORS: InspectorFact[] = [
  inspector('p-scjg-1', 'scjg'),
  inspector('p-scjg-2', 'scjg'),
  inspector('p-scjg-3', 'scjg'),
  inspector('p-scjg-4', 'scjg'),
  inspector('p-scjg-conflict', 'scjg', { conflicts: ['e1'] }),
  inspector('p-scjg-suspended', 'scjg', { status: 'suspended' }),
  inspector('p-scjg-erased', 'scjg', { status: 'left', erased: true }),
  inspector('p-xf-1', 'xf'),
  inspector('p-xf-2', 'xf'),
  inspector('p-xf-conflict', 'xf', { conflicts: ['e1'] }),
  inspector('p-ws-1', 'ws'),
  inspector('p-ws-2', 'ws'),
];

export function fact(inspectorId: string): InspectorFact {
  const found = INSPECTORS.find((i) => i.inspectorId === inspectorId);
  if (!found) throw new Error(`No inspector fact ${inspectorId} in the fixtures`);
  return found;
}

/** An inspector acting in person (entering a result). */
export const asInspector = (inspectorId: string): Acting => ({
  actorId: inspectorId,
  departmentId: fact(inspectorId).departmentId,
});

/** A team member, of the inspector's department. */
export const member = (inspectorId: string): TeamMember => ({
  inspectorId,
  departmentId: fact(inspectorId).departmentId,
});

/** Each department's standard draw of inspectors, per entity. */
export const DRAWN_TEAMS: Record<TaskDepartment, Record<string, Team>> = {
  scjg: {
    e1: { members: [member('p-scjg-1'), member('p-scjg-2')], leaderId: 'p-scjg-1' },
    e2: { members: [member('p-scjg-3')], leaderId: 'p-scjg-3' },
  },
  xf: { e1: { members: [member('p-xf-1')] }, e2: { members: [member('p-xf-1')] } },
  ws: { e1: { members: [member('p-ws-1')] }, e2: { members: [member('p-ws-1')] } },
};

/** The teams as locked, every department's draw merged. */
export const LOCKED_TEAMS: Record<string, Team> = {
  e1: {
    members: [member('p-scjg-1'), member('p-scjg-2'), member('p-xf-1'), member('p-ws-1')],
    leaderId: 'p-scjg-1',
  },
  e2: { members: [member('p-scjg-3'), member('p-xf-1'), member('p-ws-1')], leaderId: 'p-scjg-3' },
};

/** The draw command's assignments that give these teams. */
export const assignmentsOf = (teams: Record<string, Team>): CommandOf<'DrawInspectors'>['assignments'] =>
  Object.entries(teams).map(([entityId, team]) => ({
    entityId,
    inspectorIds: team.members.map((m) => m.inspectorId),
    ...(team.leaderId ? { leaderId: team.leaderId } : {}),
  }));

/** Only some entities of a department's standard draw. */
export const teamsFor = (departmentId: TaskDepartment, entityIds: string[]): Record<string, Team> =>
  Object.fromEntries(entityIds.map((id) => [id, DRAWN_TEAMS[departmentId][id]]));

// ---- Results --------------------------------------------------------------------------------------

export const RESULT: InspectionResult = {
  category: 'no_issue_found',
  method: 'onsite',
  itemFindings: [
    { itemId: 'i-scjg-1', finding: '营业执照公示正常', compliant: true },
    { itemId: 'i-scjg-2', finding: '食品经营许可有效', compliant: true },
  ],
  inspectedOn: '2026-05-12',
};
export const XF_RESULT: InspectionResult = {
  category: 'ordered_to_correct',
  method: 'onsite',
  itemFindings: [{ itemId: 'i-xf-1', finding: '疏散通道堆放杂物', compliant: false }],
  inspectedOn: '2026-05-12',
};
/** Free text as the api seals it (opaque bytes to the domain). */
export const sealedText = (data: string): SealedText => ({ v: 1, iv: 'aXZpdml2aXZpdml2', tag: 'dGFn', data });
export const SEALED_NOTES = sealedText('bm90ZXM=');
export const SEALED_GROUNDS = sealedText('Z3JvdW5kcw==');
export const SEALED_DETAIL = sealedText('ZGV0YWls');

export const CORRECTED_RESULT: InspectionResult = {
  ...RESULT,
  category: 'ordered_to_correct',
  itemFindings: [{ itemId: 'i-scjg-2', finding: '食品经营许可过期', compliant: false }],
  sealed: SEALED_NOTES,
};

// ---- Events ---------------------------------------------------------------------------------------

export const initiated = (
  fields: Partial<DataOf<'InspectionTaskInitiated'>> = {},
): EventOf<'InspectionTaskInitiated'> => ({
  type: 'InspectionTaskInitiated',
  data: {
    taskId: TASK_ID,
    planId: PLAN_ID,
    name: TASK_NAME,
    leadDepartmentId: 'scjg',
    participants: PARTICIPANTS,
    itemIds: LEAD_ITEMS,
    criteria: CRITERIA,
    sampling: SAMPLING,
    window: WINDOW,
    seedCommitment: SEED_COMMITMENT,
    responseDue: RESPONSE_DUE,
    operatorTrusted: OPERATOR_TRUSTED,
    ...fields,
  },
});

/** The participant accepts, confirming all its items, in time. */
export const responded = (
  departmentId: ParticipantDepartment,
  fields: Partial<DataOf<'ParticipantResponded'>> = {},
): EventOf<'ParticipantResponded'> => ({
  type: 'ParticipantResponded',
  data: {
    taskId: TASK_ID,
    departmentId,
    accepted: true,
    itemIds: itemsOf(departmentId),
    respondedOn: '2026-04-21',
    late: false,
    ...fields,
  },
});

export const declined = (
  departmentId: ParticipantDepartment,
  reason = '本期无执法力量',
): EventOf<'ParticipantResponded'> => responded(departmentId, { accepted: false, itemIds: [], reason });

export const entitiesDrawn = (entityIds: string[] = ENTITIES): EventOf<'EntitiesDrawn'> => ({
  type: 'EntitiesDrawn',
  data: { taskId: TASK_ID, entityIds, draw: DRAW_RECORD },
});

export const inspectorsDrawn = (
  departmentId: TaskDepartment,
  teams: Record<string, Team> = DRAWN_TEAMS[departmentId],
): EventOf<'InspectorsDrawn'> => ({
  type: 'InspectorsDrawn',
  data: { taskId: TASK_ID, departmentId, teams, draw: DRAW_RECORD },
});

/** What the standard task announces at lock, besides its entities and teams. */
export const ANNOUNCEMENT = {
  window: WINDOW,
  leadDepartmentId: 'scjg',
  departmentIds: ['scjg', 'xf', 'ws'],
  itemIds: ['i-scjg-1', 'i-scjg-2', 'i-xf-1', 'i-xf-2', 'i-ws-1'],
};

export const locked = (
  teams: Record<string, Team> = LOCKED_TEAMS,
  entityIds: string[] = Object.keys(teams),
  announcement: Partial<typeof ANNOUNCEMENT> = {},
): EventOf<'InspectionTaskLocked'> => ({
  type: 'InspectionTaskLocked',
  data: { taskId: TASK_ID, entityIds, teams, ...ANNOUNCEMENT, ...announcement },
});

/** The lead asks to replace the leader of e1, p-scjg-1, by p-scjg-4. */
export const replacementRequested = (
  fields: Partial<DataOf<'InspectorReplacementRequested'>> = {},
): EventOf<'InspectorReplacementRequested'> => ({
  type: 'InspectorReplacementRequested',
  data: {
    taskId: TASK_ID,
    requestId: 'r-1',
    entityId: 'e1',
    outInspectorId: 'p-scjg-1',
    inInspectorId: 'p-scjg-4',
    departmentId: 'scjg',
    reason: 'post_change',
    note: '岗位调整',
    requesterId: leadClerk.actorId,
    ...fields,
  },
});

export const replacedWithApproval = (
  fields: Partial<DataOf<'InspectorReplacedWithApproval'>> = {},
): EventOf<'InspectorReplacedWithApproval'> => ({
  type: 'InspectorReplacedWithApproval',
  data: {
    taskId: TASK_ID,
    requestId: 'r-1',
    entityId: 'e1',
    outInspectorId: 'p-scjg-1',
    inInspectorId: 'p-scjg-4',
    departmentId: 'scjg',
    reason: 'post_change',
    requesterId: leadClerk.actorId,
    approverId: leadHead.actorId,
    leaderId: 'p-scjg-4',
    ...fields,
  },
});

export const requestRejected = (
  fields: Partial<DataOf<'RequestRejected'>> = {},
): EventOf<'RequestRejected'> => ({
  type: 'RequestRejected',
  data: { taskId: TASK_ID, requestId: 'r-1', approverId: leadHead.actorId, reply: '理由不充分', ...fields },
});

/** The lead asks to withdraw e2, deregistered. */
export const withdrawalRequested = (
  fields: Partial<DataOf<'EntityWithdrawalRequested'>> = {},
): EventOf<'EntityWithdrawalRequested'> => ({
  type: 'EntityWithdrawalRequested',
  data: {
    taskId: TASK_ID,
    requestId: 'r-w',
    entityId: 'e2',
    reason: 'deregistered',
    note: '已注销',
    requesterId: leadClerk.actorId,
    ...fields,
  },
});

export const entityWithdrawn = (
  fields: Partial<DataOf<'EntityWithdrawnWithApproval'>> = {},
): EventOf<'EntityWithdrawnWithApproval'> => ({
  type: 'EntityWithdrawnWithApproval',
  data: {
    taskId: TASK_ID,
    requestId: 'r-w',
    entityId: 'e2',
    reason: 'deregistered',
    requesterId: leadClerk.actorId,
    approverId: leadHead.actorId,
    ...fields,
  },
});

/** p-scjg-1 enters the lead's result for e1. */
export const resultEntered = (fields: Partial<DataOf<'ResultEntered'>> = {}): EventOf<'ResultEntered'> => ({
  type: 'ResultEntered',
  data: {
    taskId: TASK_ID,
    entityId: 'e1',
    departmentId: 'scjg',
    inspectorId: 'p-scjg-1',
    result: RESULT,
    entry: 1,
    ...fields,
  },
});

export const resultPublished = (
  fields: Partial<DataOf<'ResultPublished'>> = {},
): EventOf<'ResultPublished'> => ({
  type: 'ResultPublished',
  data: {
    taskId: TASK_ID,
    entityId: 'e1',
    departmentId: 'scjg',
    result: RESULT,
    publishedOn: '2026-05-20',
    due: PUBLICATION_DUE,
    late: false,
    ...fields,
  },
});

export const correctionRequested = (
  fields: Partial<DataOf<'CorrectionRequested'>> = {},
): EventOf<'CorrectionRequested'> => ({
  type: 'CorrectionRequested',
  data: {
    taskId: TASK_ID,
    requestId: 'r-c',
    entityId: 'e1',
    departmentId: 'scjg',
    corrected: CORRECTED_RESULT,
    reason: '录入错误',
    requesterId: leadClerk.actorId,
    ...fields,
  },
});

export const objectionFiled = (
  fields: Partial<DataOf<'ObjectionFiled'>> = {},
): EventOf<'ObjectionFiled'> => ({
  type: 'ObjectionFiled',
  data: {
    taskId: TASK_ID,
    objectionId: 'o-1',
    entityId: 'e1',
    departmentId: 'scjg',
    sealed: SEALED_GROUNDS,
    receivedOn: '2026-05-25',
    reviewDue: REVIEW_DUE,
    ...fields,
  },
});

export const objectionReviewed = (
  fields: Partial<DataOf<'ObjectionReviewed'>> = {},
): EventOf<'ObjectionReviewed'> => ({
  type: 'ObjectionReviewed',
  data: {
    taskId: TASK_ID,
    objectionId: 'o-1',
    upheld: true,
    reply: '异议成立，予以更正',
    reviewedOn: '2026-06-01',
    late: false,
    noticeDue: NOTICE_DUE,
    ...fields,
  },
});

export const cancelled = (reason = '专项行动取消'): EventOf<'InspectionTaskCancelled'> => ({
  type: 'InspectionTaskCancelled',
  data: { taskId: TASK_ID, reason },
});

// ---- Histories ------------------------------------------------------------------------------------

const afterInitiation: History = [initiated()];
const afterResponses: History = [...afterInitiation, responded('xf'), responded('ws')];
const afterEntitiesDrawn: History = [...afterResponses, entitiesDrawn()];
const afterInspectorsDrawn: History = [
  ...afterEntitiesDrawn,
  inspectorsDrawn('scjg'),
  inspectorsDrawn('xf'),
  inspectorsDrawn('ws'),
];
const afterLock: History = [...afterInspectorsDrawn, locked()];
const afterResultEntered: History = [...afterLock, resultEntered()];
const afterPublication: History = [...afterResultEntered, resultPublished()];

/** The standard task at each step of its life. */
export const histories = {
  initiated: afterInitiation,
  responded: afterResponses,
  entitiesDrawn: afterEntitiesDrawn,
  inspectorsDrawn: afterInspectorsDrawn,
  locked: afterLock,
  resultEntered: afterResultEntered,
  published: afterPublication,
} satisfies Record<string, History>;

/** The state a history leaves (the task must exist). */
export function taskState(history: History): TaskState {
  const state = foldEvents(inspectionTaskDecider, history);
  if (state.status === 'absent') throw new Error('The history holds no task');
  return state;
}

// ---- Commands -------------------------------------------------------------------------------------

export const initiateTask = (fields: Fields<'InitiateTask'> = {}): CommandOf<'InitiateTask'> => ({
  kind: 'InitiateTask',
  taskId: TASK_ID,
  by: leadClerk,
  planId: PLAN_ID,
  name: TASK_NAME,
  participants: PARTICIPANTS,
  itemIds: LEAD_ITEMS,
  criteria: CRITERIA,
  sampling: SAMPLING,
  window: WINDOW,
  seedCommitment: SEED_COMMITMENT,
  plan: publishedPlan,
  items: ITEM_FACTS,
  registeredDepartmentIds: REGISTERED_DEPARTMENTS,
  responseDue: RESPONSE_DUE,
  beaconPolicy: BEACON_POLICY,
  now: INITIATED_AT,
  ...fields,
});

/** A task outside any plan (no plan id, no plan fact). */
export const initiateAdhocTask = (adhocReason?: string): CommandOf<'InitiateTask'> => {
  const { planId: _planId, plan: _plan, ...outsidePlan } = initiateTask();
  return { ...outsidePlan, ...(adhocReason === undefined ? {} : { adhocReason }) };
};

/** The participant accepts with all its items, in time. */
export const respondToTask = (
  departmentId: ParticipantDepartment,
  fields: Fields<'RespondToTask'> = {},
): CommandOf<'RespondToTask'> => ({
  kind: 'RespondToTask',
  taskId: TASK_ID,
  by: clerkOf[departmentId],
  accepted: true,
  itemIds: itemsOf(departmentId),
  today: '2026-04-21',
  ...fields,
});

export const drawEntities = (fields: Fields<'DrawEntities'> = {}): CommandOf<'DrawEntities'> => ({
  kind: 'DrawEntities',
  taskId: TASK_ID,
  by: leadClerk,
  entityIds: ENTITIES,
  draw: DRAW_RECORD,
  ...fields,
});

/** The department's standard draw, with the facts of all inspectors. */
export const drawInspectors = (
  departmentId: TaskDepartment,
  fields: Fields<'DrawInspectors'> = {},
): CommandOf<'DrawInspectors'> => ({
  kind: 'DrawInspectors',
  taskId: TASK_ID,
  by: clerkOf[departmentId],
  assignments: assignmentsOf(DRAWN_TEAMS[departmentId]),
  inspectors: INSPECTORS,
  draw: DRAW_RECORD,
  ...fields,
});

export const lockTask = (by: Acting = leadClerk): CommandOf<'LockTask'> => ({
  kind: 'LockTask',
  taskId: TASK_ID,
  by,
});

/** As `replacementRequested`: the lead replaces p-scjg-1 on e1 by p-scjg-4. */
export const requestReplacement = (
  fields: Fields<'RequestInspectorReplacement'> = {},
): CommandOf<'RequestInspectorReplacement'> => ({
  kind: 'RequestInspectorReplacement',
  taskId: TASK_ID,
  by: leadClerk,
  requestId: 'r-1',
  entityId: 'e1',
  outInspectorId: 'p-scjg-1',
  inInspectorId: 'p-scjg-4',
  reason: 'post_change',
  note: '岗位调整',
  incoming: fact('p-scjg-4'),
  ...fields,
});

export const requestWithdrawal = (
  fields: Fields<'RequestEntityWithdrawal'> = {},
): CommandOf<'RequestEntityWithdrawal'> => ({
  kind: 'RequestEntityWithdrawal',
  taskId: TASK_ID,
  by: leadClerk,
  requestId: 'r-w',
  entityId: 'e2',
  reason: 'deregistered',
  note: '已注销',
  ...fields,
});

/** The lead's head approves request r-1. */
export const decideRequest = (fields: Fields<'DecideRequest'> = {}): CommandOf<'DecideRequest'> => ({
  kind: 'DecideRequest',
  taskId: TASK_ID,
  by: leadHead,
  requestId: 'r-1',
  approve: true,
  reply: '同意',
  today: '2026-05-05',
  incoming: fact('p-scjg-4'),
  ...fields,
});

/** p-scjg-1 enters the lead's result for e1 (a service token: the actor is the inspector). */
export const enterResult = (fields: Fields<'EnterResult'> = {}): CommandOf<'EnterResult'> => ({
  kind: 'EnterResult',
  taskId: TASK_ID,
  by: asInspector('p-scjg-1'),
  inspectorId: fields.by?.actorId ?? 'p-scjg-1',
  entityId: 'e1',
  result: RESULT,
  today: '2026-05-12',
  ...fields,
});

export const publishResult = (fields: Fields<'PublishResult'> = {}): CommandOf<'PublishResult'> => ({
  kind: 'PublishResult',
  taskId: TASK_ID,
  by: leadClerk,
  entityId: 'e1',
  today: '2026-05-20',
  due: PUBLICATION_DUE,
  ...fields,
});

/** The lead's head withdraws e1's result from public view on the entity's application, three years on. */
export const stopPublicDisclosure = (
  fields: Fields<'StopPublicDisclosure'> = {},
): CommandOf<'StopPublicDisclosure'> => ({
  kind: 'StopPublicDisclosure',
  taskId: TASK_ID,
  by: leadHead,
  entityId: 'e1',
  application: '已整改，申请停止公示',
  today: '2029-05-20',
  periodYears: 3,
  ...fields,
});

export const requestCorrection = (
  fields: Fields<'RequestCorrection'> = {},
): CommandOf<'RequestCorrection'> => ({
  kind: 'RequestCorrection',
  taskId: TASK_ID,
  by: leadClerk,
  requestId: 'r-c',
  entityId: 'e1',
  corrected: CORRECTED_RESULT,
  reason: '录入错误',
  today: '2026-05-22',
  ...fields,
});

export const fileObjection = (fields: Fields<'FileObjection'> = {}): CommandOf<'FileObjection'> => ({
  kind: 'FileObjection',
  taskId: TASK_ID,
  by: leadClerk,
  objectionId: 'o-1',
  entityId: 'e1',
  departmentId: 'scjg',
  sealed: SEALED_GROUNDS,
  today: '2026-05-25',
  reviewDue: REVIEW_DUE,
  ...fields,
});

export const reviewObjection = (fields: Fields<'ReviewObjection'> = {}): CommandOf<'ReviewObjection'> => ({
  kind: 'ReviewObjection',
  taskId: TASK_ID,
  by: leadClerk,
  objectionId: 'o-1',
  upheld: true,
  reply: '异议成立，予以更正',
  today: '2026-06-01',
  noticeDue: NOTICE_DUE,
  ...fields,
});

export const notifyObjectionOutcome = (
  fields: Fields<'NotifyObjectionOutcome'> = {},
): CommandOf<'NotifyObjectionOutcome'> => ({
  kind: 'NotifyObjectionOutcome',
  taskId: TASK_ID,
  by: leadClerk,
  objectionId: 'o-1',
  means: 'written',
  today: '2026-06-05',
  ...fields,
});

export const objectionOutcomeNotified = (
  fields: Partial<DataOf<'ObjectionOutcomeNotified'>> = {},
): EventOf<'ObjectionOutcomeNotified'> => ({
  type: 'ObjectionOutcomeNotified',
  data: {
    taskId: TASK_ID,
    objectionId: 'o-1',
    means: 'written',
    notifiedOn: '2026-06-05',
    late: false,
    ...fields,
  },
});

/** The fire department refers what it found at e1 to the tax bureau. */
export const recordFollowUp = (fields: Fields<'RecordFollowUp'> = {}): CommandOf<'RecordFollowUp'> => ({
  kind: 'RecordFollowUp',
  taskId: TASK_ID,
  by: xfClerk,
  followUpId: 'f-1',
  entityId: 'e1',
  followUp: 'referral',
  sealed: SEALED_DETAIL,
  toDepartmentId: 'swj',
  ...fields,
});

export const cancelTask = (fields: Fields<'CancelTask'> = {}): CommandOf<'CancelTask'> => ({
  kind: 'CancelTask',
  taskId: TASK_ID,
  by: leadClerk,
  reason: '专项行动取消',
  ...fields,
});

export const erasePersonalText = (
  fields: Fields<'ErasePersonalText'> = {},
): CommandOf<'ErasePersonalText'> => ({
  kind: 'ErasePersonalText',
  taskId: TASK_ID,
  by: { actorId: 'admin-1', departmentId: 'admin' },
  entityId: 'e1',
  reason: '证人申请删除其个人信息',
  ...fields,
});

export const personalTextErased = (
  fields: Partial<DataOf<'PersonalTextErased'>> = {},
): EventOf<'PersonalTextErased'> => ({
  type: 'PersonalTextErased',
  data: { taskId: TASK_ID, entityId: 'e1', reason: '证人申请删除其个人信息', ...fields },
});
