import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { regionCovers } from '../draws/candidate-pool';

/** An organisation unit: a department, or a joint office (联席办) of several departments. */
export const ORGANISATION_KINDS = ['department', 'joint-office'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface DepartmentProfile {
  name: string;
  /** 6-digit administrative division code (GB/T 2260). */
  regionCode: string;
  /** Absent on units registered before kinds: a department. */
  kind?: OrganisationKind;
  /** The unit above (province → city → county); absent: top level. */
  parentId?: string;
}

/**
 * What the api read of the would-be parent, from its stream and its ancestors' streams (the decider is
 * pure and sees one stream): absent when the parent is not registered.
 */
export interface ParentFacts {
  departmentId: string;
  regionCode: string;
  /** The parent's own ancestors, nearest first. */
  ancestorIds: readonly string[];
}

export type DepartmentCommand =
  | ({ kind: 'RegisterDepartment'; departmentId: string; parent?: ParentFacts } & Omit<
      DepartmentProfile,
      'kind'
    > & { unitKind?: OrganisationKind })
  | { kind: 'SetDepartmentParent'; departmentId: string; parentId: string | null; parent?: ParentFacts };

export type DepartmentEvent =
  | DomainEvent<'DepartmentRegistered', { departmentId: string } & DepartmentProfile>
  | DomainEvent<
      'DepartmentParentSet',
      { departmentId: string; parentId: string | null; previousParentId: string | null }
    >;

export type DepartmentState = { registered: false } | ({ registered: true } & DepartmentProfile);

/** A parent exists, is not the unit itself or below it, and its region covers the unit's. */
function assertParent(
  departmentId: string,
  regionCode: string,
  parentId: string,
  parent: ParentFacts | undefined,
): void {
  if (!parent || parent.departmentId !== parentId) {
    throw new DomainError('PARENT_DEPARTMENT_NOT_FOUND', `No department ${parentId}`, { parentId });
  }
  if (parentId === departmentId || parent.ancestorIds.includes(departmentId)) {
    throw new DomainError(
      'DEPARTMENT_HIERARCHY_CYCLE',
      `${parentId} is ${departmentId} or below it; a department is not its own ancestor`,
      { parentId },
    );
  }
  if (!regionCovers(parent.regionCode, regionCode)) {
    throw new DomainError(
      'REGION_OUTSIDE_PARENT',
      `Region ${regionCode} does not lie within ${parentId}'s region ${parent.regionCode}`,
      { regionCode, parentRegionCode: parent.regionCode },
    );
  }
}

function sameRegistration(state: DepartmentProfile, command: DepartmentProfile): boolean {
  return (
    state.name === command.name &&
    state.regionCode === command.regionCode &&
    (state.kind ?? 'department') === (command.kind ?? 'department') &&
    state.parentId === command.parentId
  );
}

export const departmentDecider: Decider<DepartmentCommand, DepartmentEvent, DepartmentState> = {
  initialState: () => ({ registered: false }),
  evolve: (state, event) => {
    if (event.type === 'DepartmentParentSet') {
      if (!state.registered) return state;
      const { parentId: _old, ...rest } = state;
      return event.data.parentId === null ? rest : { ...rest, parentId: event.data.parentId };
    }
    const { departmentId: _id, ...profile } = event.data;
    return { registered: true, ...profile };
  },
  decide(command, state) {
    if (command.kind === 'SetDepartmentParent') {
      if (!state.registered) {
        throw new DomainError('DEPARTMENT_NOT_FOUND', `No department ${command.departmentId}`);
      }
      const previousParentId = state.parentId ?? null;
      if (previousParentId === command.parentId) return [];
      if (command.parentId !== null) {
        assertParent(command.departmentId, state.regionCode, command.parentId, command.parent);
      }
      return [
        {
          type: 'DepartmentParentSet',
          data: { departmentId: command.departmentId, parentId: command.parentId, previousParentId },
        },
      ];
    }
    const profile: DepartmentProfile = {
      name: command.name,
      regionCode: command.regionCode,
      ...(command.unitKind && command.unitKind !== 'department' ? { kind: command.unitKind } : {}),
      ...(command.parentId !== undefined ? { parentId: command.parentId } : {}),
    };
    if (state.registered) {
      // The same registration again is a retry and changes nothing.
      if (sameRegistration(state, profile)) return [];
      throw new DomainError(
        'DEPARTMENT_ALREADY_REGISTERED',
        `Department ${command.departmentId} is already registered with other details`,
      );
    }
    if (command.parentId !== undefined) {
      assertParent(command.departmentId, command.regionCode, command.parentId, command.parent);
    }
    return [{ type: 'DepartmentRegistered', data: { departmentId: command.departmentId, ...profile } }];
  },
};
