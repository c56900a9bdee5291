import {
  BEACON_SOURCES,
  beaconPublishedAt,
  beaconRoundProblem,
  isBeaconValue,
  normaliseBeaconValue,
} from '../draws/beacon';
import {
  type BeaconReading,
  ENTITY_DRAW_ALGORITHM_V2,
  NO_BEACON,
  type SeedCommitments,
} from '../draws/draw-key-v2';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { assertLead, openTask, reject } from './task-guards';
import type { InspectionTaskState, TaskState } from './task-state';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** A round further away than this would leave the task waiting for over a year. */
const MAX_WAIT_MS = 366 * 24 * 3600 * 1000;

/** What InspectionTaskInitiated records of the draw's randomness (docs/draw.md §2). */
export function initiationRandomness(
  command: Command<'InitiateTask'>,
): Pick<
  Extract<InspectionTaskEvent, { type: 'InspectionTaskInitiated' }>['data'],
  'beacon' | 'operatorTrusted'
> {
  const { beacon, beaconPolicy: policy } = command;
  if (!beacon) {
    if (policy.withoutBeacon === 'never' || (policy.withoutBeacon === 'urgent-adhoc' && command.planId)) {
      reject('DRAW_BEACON_REQUIRED', 'The task names the public beacon round its draw will use', {
        withoutBeacon: policy.withoutBeacon,
      });
    }
    const reason =
      command.withoutBeaconReason?.trim() ||
      (policy.withoutBeacon === 'urgent-adhoc' ? command.adhocReason?.trim() : undefined) ||
      'DRAW_WITHOUT_BEACON=any';
    return { operatorTrusted: { reason } };
  }
  const source = BEACON_SOURCES[beacon.source];
  if (!source || !policy.sources.includes(beacon.source)) {
    reject('BEACON_SOURCE_NOT_ACCEPTED', `This deployment does not accept the beacon ${beacon.source}`, {
      source: beacon.source,
      accepted: policy.sources,
    });
  }
  const problem = beaconRoundProblem(source, beacon.round, beacon.drawDate);
  if (problem) reject('BEACON_ROUND_INVALID', problem, { source: source.id, example: source.round.example });
  const publishedAt = beaconPublishedAt(source, beacon.round, beacon.drawDate);
  const wait = Date.parse(publishedAt) - Date.parse(command.now);
  if (!(wait > 0)) {
    reject('BEACON_ROUND_ALREADY_PUBLISHED', `Round ${beacon.round} of ${source.id} is public already`, {
      publishedAt,
    });
  }
  if (wait > MAX_WAIT_MS) {
    reject('BEACON_ROUND_TOO_FAR', `Round ${beacon.round} of ${source.id} is more than a year away`, {
      publishedAt,
    });
  }
  // The window is in Beijing dates.
  if (new Date(Date.parse(publishedAt) + 8 * 3600 * 1000).toISOString().slice(0, 10) > command.window.to) {
    reject('BEACON_ROUND_AFTER_WINDOW', 'The beacon is published before the task window ends', {
      publishedAt,
      windowTo: command.window.to,
    });
  }
  return {
    beacon: {
      source: source.id,
      round: beacon.round,
      ...(source.publication.kind === 'daily' ? { drawDate: beacon.drawDate } : {}),
      publishedAt,
    },
  };
}

/** An accepting participant commits to its contribution, before the pool is frozen. */
export function assertContribution(task: TaskState, command: Command<'RespondToTask'>): void {
  if (task.poolFrozen) reject('POOL_FROZEN', 'The pool of this task is frozen; responses are closed');
  const commitment = command.contributionCommitment;
  if (commitment !== undefined && !SHA256_HEX.test(commitment)) {
    reject('SEED_COMMITMENT_INVALID', 'The contribution commitment is a SHA-256 digest in hex');
  }
}

/**
 * The lead fixes the pool's position P before the beacon's publication: from then on nothing
 * that decides the draw can change, and nobody knows the beacon yet.
 */
export function freezePool(
  state: InspectionTaskState,
  command: Command<'FreezePool'>,
): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  if (!task.beacon)
    reject('BEACON_NOT_NAMED', 'This task draws without a beacon; its pool is taken at the draw');
  if (task.poolFrozen)
    reject('POOL_ALREADY_FROZEN', `The pool was frozen at position ${task.poolFrozen.position}`);
  if (Date.parse(command.now) >= Date.parse(task.beacon.publishedAt)) {
    reject(
      'BEACON_ALREADY_PUBLISHED',
      'The beacon round is public already; the pool can no longer be frozen',
      {
        publishedAt: task.beacon.publishedAt,
      },
    );
  }
  const silent = task.participants.filter((p) => !task.responses[p.departmentId]).map((p) => p.departmentId);
  if (silent.length > 0 && command.today <= task.responseDue.date) {
    reject('RESPONSES_PENDING', `Waiting for ${silent.join(', ')} until ${task.responseDue.date}`, {
      departmentIds: silent,
      responseDue: task.responseDue.date,
    });
  }
  if (!Number.isSafeInteger(command.position) || command.position < 0) {
    reject('POOL_POSITION_INVALID', 'The pool position is a log position');
  }
  return [
    {
      type: 'PoolFrozen',
      data: {
        taskId: command.taskId,
        position: command.position,
        frozenAt: command.now,
        frozenBy: command.by.actorId,
      },
    },
  ];
}

function beaconTaskAwaitingValue(state: InspectionTaskState, taskId: string, now: string) {
  const task = openTask(state, taskId);
  if (!task.beacon) reject('BEACON_NOT_NAMED', 'This task draws without a beacon');
  if (!task.poolFrozen) reject('POOL_NOT_FROZEN', 'Freeze the pool before the beacon is published');
  if (task.entityIds !== null)
    reject('ENTITIES_ALREADY_DRAWN', 'The entities of this task were drawn already');
  if (Date.parse(now) < Date.parse(task.beacon.publishedAt)) {
    reject('BEACON_NOT_YET_PUBLISHED', `The beacon round is published at ${task.beacon.publishedAt}`, {
      publishedAt: task.beacon.publishedAt,
    });
  }
  const source = BEACON_SOURCES[task.beacon.source];
  return { task, source, beacon: task.beacon };
}

/** One official enters the published value; a mistaken entry may be entered again until confirmed. */
export function enterBeaconValue(
  state: InspectionTaskState,
  command: Command<'EnterBeaconValue'>,
): InspectionTaskEvent[] {
  const { task, source } = beaconTaskAwaitingValue(state, command.taskId, command.now);
  if (task.beaconValue?.confirmed) reject('BEACON_VALUE_CONFIRMED', 'The beacon value is confirmed already');
  const value = normaliseBeaconValue(command.value);
  if (!source || !isBeaconValue(source, value)) {
    reject(
      'BEACON_VALUE_FORMAT',
      `${task.beacon!.source}: ${source?.value.description.en ?? 'unknown source'}`,
      {
        source: task.beacon!.source,
        pattern: source?.value.pattern,
      },
    );
  }
  return [
    {
      type: 'BeaconValueEntered',
      data: {
        taskId: command.taskId,
        value,
        enteredBy: command.by.actorId,
        departmentId: command.by.departmentId,
        enteredAt: command.now,
      },
    },
  ];
}

/** A second official, of another department, reads the value again; it must be the same. */
export function confirmBeaconValue(
  state: InspectionTaskState,
  command: Command<'ConfirmBeaconValue'>,
): InspectionTaskEvent[] {
  const { task } = beaconTaskAwaitingValue(state, command.taskId, command.now);
  const entered = task.beaconValue;
  if (!entered) reject('BEACON_VALUE_NOT_ENTERED', 'No beacon value has been entered yet');
  if (entered.confirmed) reject('BEACON_VALUE_CONFIRMED', 'The beacon value is confirmed already');
  if (entered.enteredBy === command.by.actorId) {
    reject('BEACON_CONFIRMER_IS_ENTERER', 'The one who entered the value does not confirm it');
  }
  if (entered.departmentId === command.by.departmentId) {
    reject(
      'BEACON_CONFIRMER_SAME_DEPARTMENT',
      'The value is confirmed by an official of another department',
      {
        departmentId: entered.departmentId,
      },
    );
  }
  if (normaliseBeaconValue(command.value) !== entered.value) {
    reject('BEACON_VALUE_MISMATCH', 'The value read again differs from the one entered; enter it again', {});
  }
  return [
    {
      type: 'BeaconValueConfirmed',
      data: {
        taskId: command.taskId,
        value: entered.value,
        confirmedBy: command.by.actorId,
        departmentId: command.by.departmentId,
        confirmedAt: command.now,
      },
    },
  ];
}

/** A beacon task is drawn once its pool is frozen and the beacon's value confirmed. */
export function assertBeaconDrawReady(task: TaskState): void {
  if (!task.beacon) return;
  if (!task.poolFrozen) reject('POOL_NOT_FROZEN', 'Freeze the pool before the beacon is published');
  if (!task.beaconValue?.confirmed) {
    reject('BEACON_VALUE_NOT_CONFIRMED', 'The beacon value is entered and confirmed before the draw');
  }
}

/** A beacon task's draw uses the frozen pool and the confirmed value, by the v2 algorithm. */
export function assertDrawMeetsBeacon(task: TaskState, draw: Record<string, unknown>): void {
  if (!task.beacon) {
    if (task.operatorTrusted && draw.algorithm === ENTITY_DRAW_ALGORITHM_V2) {
      const trusted = draw.operatorTrusted as { reason?: unknown } | null | undefined;
      if (trusted?.reason !== task.operatorTrusted.reason) {
        reject('DRAW_RECORD_MISMATCH', 'An operator-trusted draw records the reason given at initiation');
      }
    }
    return;
  }
  if (!task.poolFrozen) reject('POOL_NOT_FROZEN', 'Freeze the pool before the beacon is published');
  if (!task.beaconValue?.confirmed) {
    reject('BEACON_VALUE_NOT_CONFIRMED', 'The beacon value is entered and confirmed before the draw');
  }
  const beacon = draw.beacon as { source?: unknown; round?: unknown; value?: unknown } | undefined;
  if (
    draw.algorithm !== ENTITY_DRAW_ALGORITHM_V2 ||
    draw.position !== task.poolFrozen.position ||
    beacon?.source !== task.beacon.source ||
    beacon.round !== task.beacon.round ||
    beacon.value !== task.beaconValue.value
  ) {
    reject('DRAW_RECORD_MISMATCH', 'The draw uses the frozen pool, the named round and the confirmed value');
  }
}

/** Whether the task draws by the v2 algorithm: it named a beacon, or was marked operator-trusted. */
export function drawsByBeaconRules(task: Pick<TaskState, 'beacon' | 'operatorTrusted'>): boolean {
  return task.beacon !== undefined || task.operatorTrusted !== undefined;
}

/** Every commitment the task recorded before its draw, as its draw key needs them. */
export function taskSeedCommitments(
  task: Pick<TaskState, 'seedCommitment' | 'contributionCommitments' | 'inspectorSeedCommitments'>,
): SeedCommitments {
  return {
    lead: task.seedCommitment,
    contributions: { ...task.contributionCommitments },
    inspectors: { ...task.inspectorSeedCommitments },
  };
}

/** The beacon reading a task's draw uses: its round and confirmed value, or none. */
export function taskBeaconReading(task: Pick<TaskState, 'beacon' | 'beaconValue'>): BeaconReading {
  if (!task.beacon || !task.beaconValue?.confirmed) return NO_BEACON;
  return { source: task.beacon.source, round: task.beacon.round, value: task.beaconValue.value };
}

/**
 * An operator-trusted draw's reason as the public may read it: the one stated for going without a
 * beacon, or null where it is the ad hoc reason (internal text: it may name a complainant).
 */
export function publicOperatorTrusted(
  operatorTrusted: { reason: string } | undefined | null,
  adhocReason: string | undefined,
): { reason: string | null } | null {
  if (!operatorTrusted) return null;
  return { reason: operatorTrusted.reason === adhocReason ? null : operatorTrusted.reason };
}
