import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';

export interface DepartmentProfile {
  name: string;
  /** 6-digit administrative division code (GB/T 2260). */
  regionCode: string;
}

export type DepartmentCommand = { kind: 'RegisterDepartment'; departmentId: string } & DepartmentProfile;

export type DepartmentEvent = DomainEvent<
  'DepartmentRegistered',
  { departmentId: string } & DepartmentProfile
>;

export type DepartmentState = { registered: false } | ({ registered: true } & DepartmentProfile);

export const departmentDecider: Decider<DepartmentCommand, DepartmentEvent, DepartmentState> = {
  initialState: () => ({ registered: false }),
  evolve: (_state, event) => ({ registered: true, name: event.data.name, regionCode: event.data.regionCode }),
  decide(command, state) {
    if (state.registered) {
      // The same registration again is a retry and changes nothing.
      if (state.name === command.name && state.regionCode === command.regionCode) return [];
      throw new DomainError(
        'DEPARTMENT_ALREADY_REGISTERED',
        `Department ${command.departmentId} is already registered with other details`,
      );
    }
    return [
      {
        type: 'DepartmentRegistered',
        data: { departmentId: command.departmentId, name: command.name, regionCode: command.regionCode },
      },
    ];
  },
};
