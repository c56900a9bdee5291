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
  | { kind: 'SetDepartmentParent'; departmentId: string; parentId: string | null; parent?: ParentFacts }
  /** A unit that no longer works (merged, dissolved): nothing new is addressed to it (ADR 50). */
  | { kind: 'DisableDepartment'; departmentId: string; reason: string }
  | { kind: 'EnableDepartment'; departmentId: string };

export type DepartmentEvent =
  | DomainEvent<'DepartmentRegistered', { departmentId: string } & DepartmentProfile>
  | DomainEvent<
      'DepartmentParentSet',
      { departmentId: string; parentId: string | null; previousParentId: string | null }
    >
  | DomainEvent<'DepartmentDisabled', { departmentId: string; reason: string }>
  | DomainEvent<'DepartmentEnabled', { departmentId: string }>;

export type DepartmentState =
  { registered: false } | ({ registered: true; disabled?: boolean } & DepartmentProfile);

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
    if (event.type === 'DepartmentDisabled' || event.type === 'DepartmentEnabled') {
      if (!state.registered) return state;
      const { disabled: _was, ...rest } = state;
      return event.type === 'DepartmentDisabled' ? { ...rest, disabled: true } : rest;
    }
    if (event.type === 'DepartmentParentSet') {
      if (!state.registered) return state;
      const { parentId: _old, ...rest } = state;
      return event.data.parentId === null ? rest : { ...rest, parentId: event.data.parentId };
    }
    const { departmentId: _id, ...profile } = event.data;
    return { registered: true, ...profile };
  },
  decide(command, state) {
    if (command.kind === 'DisableDepartment' || command.kind === 'EnableDepartment') {
      if (!state.registered) {
        throw new DomainError('DEPARTMENT_NOT_FOUND', `No department ${command.departmentId}`);
      }
      const disable = command.kind === 'DisableDepartment';
      // Already so: a retry, nothing to record.
      if ((state.disabled ?? false) === disable) return [];
      if (!disable) return [{ type: 'DepartmentEnabled', data: { departmentId: command.departmentId } }];
      if (command.reason.trim() === '') {
        throw new DomainError('DEPARTMENT_DISABLE_REASON_REQUIRED', 'Disabling a department says why');
      }
      return [
        { type: 'DepartmentDisabled', data: { departmentId: command.departmentId, reason: command.reason } },
      ];
    }
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
