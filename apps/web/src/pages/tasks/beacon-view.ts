import {
  type BeaconSource,
  actingDepartments,
  beaconPublishedAt,
  beaconRoundProblem,
  commitmentOf,
} from '@app/domain';
import type { DrawBeaconPolicy } from '@app/contract';
import type { EntityDrawRecord, TaskState } from './task-types';
import type { Actor } from './task-view';

/** Whether this task may go without a beacon under the deployment's policy (DRAW_WITHOUT_BEACON). */
export function withoutBeaconAllowed(
  policy: Pick<DrawBeaconPolicy, 'withoutBeacon'> | undefined,
  basis: 'plan' | 'adhoc',
): boolean {
  if (!policy) return false;
  return policy.withoutBeacon === 'any' || (policy.withoutBeacon === 'urgent-adhoc' && basis === 'adhoc');
}

/** When the named round is published (ISO), once it is written as its source writes it. */
export function publicationOf(source: BeaconSource | undefined, round: string, drawDate: string) {
  if (!source || beaconRoundProblem(source, round.trim(), drawDate || undefined)) return undefined;
  return beaconPublishedAt(source, round.trim(), drawDate || undefined);
}

/** The beacon step this user may take now on a beacon task not yet drawn, or what it waits for. */
export type BeaconStep =
  | 'freeze'
  | 'awaitFreeze'
  | 'enter'
  | 'awaitEntry'
  | 'reenter'
  | 'confirm'
  | 'awaitConfirmation'
  | 'confirmed';

export function beaconStep(task: TaskState, actor: Actor): BeaconStep {
  const lead = actor.departmentId === task.leadDepartmentId;
  const official =
    (actor.roles.includes('operator') || actor.roles.includes('head')) &&
    actingDepartments(task).includes(actor.departmentId);
  const open = task.status === 'initiated';
  if (!task.poolFrozen) return open && lead && actor.roles.includes('operator') ? 'freeze' : 'awaitFreeze';
  const value = task.beaconValue;
  if (value?.confirmed) return 'confirmed';
  if (!open || !official) return value ? 'awaitConfirmation' : 'awaitEntry';
  if (!value) return 'enter';
  // Four eyes: an official of another department reads the value again; the entering one may correct it.
  return value.departmentId === actor.departmentId ? 'reenter' : 'confirm';
}

/** One revealed seed against the commitment the task recorded before the draw. */
export interface SeedCheck {
  kind: 'lead' | 'contribution' | 'inspectors';
  departmentId: string;
  seed: string;
  commitment: string | undefined;
  matches: boolean;
}

/**
 * Every seed the draw revealed, each hashed here (the function the api committed with) and
 * compared with its commitment: a v2 record reveals the lead's, each accepting participant's
 * contribution and each department's inspector seed; a v1 record only the lead's.
 */
export function seedChecks(task: TaskState, record: EntityDrawRecord): SeedCheck[] {
  const check = (
    kind: SeedCheck['kind'],
    departmentId: string,
    seed: string,
    commitment: string | undefined,
  ): SeedCheck => ({
    kind,
    departmentId,
    seed,
    commitment,
    matches: commitment !== undefined && commitmentOf(seed) === commitment,
  });
  const seeds = record.seeds;
  if (!seeds) return [check('lead', task.leadDepartmentId, record.seed, task.seedCommitment)];
  return [
    check('lead', task.leadDepartmentId, seeds.lead, task.seedCommitment),
    ...Object.entries(seeds.contributions).map(([d, seed]) =>
      check('contribution', d, seed, task.contributionCommitments?.[d]),
    ),
    ...Object.entries(seeds.inspectors).map(([d, seed]) =>
      check('inspectors', d, seed, task.inspectorSeedCommitments[d]),
    ),
  ];
}
