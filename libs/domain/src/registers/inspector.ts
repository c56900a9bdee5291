import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { changedFields, previousValues } from './changed-fields';
import type { InspectionMethod, InspectorCategory, InspectorStatus, SealedPersonalData } from './vocabulary';

/**
 * An entry of the inspector directory (执法检查人员名录库). The name and certificate are an
 * official's, acting in office; the ID-card number and phone are personal data and reach the
 * log only sealed with the person's own key (`personalData`), so erasing the key erases them.
 */
export interface InspectorProfile {
  departmentId: string;
  name: string;
  category: InspectorCategory;
  /**
   * Legacy: the enforcement certificate number as recorded in clear before it became personal
   * data. New registrations seal it in `personalData` (docs/event-store.md, "Upcasting").
   */
  certificateNo?: string;
  /** 执法资格: the last day the enforcement certificate is valid (the number itself is sealed). */
  enforcementValidUntil?: string;
  regionCode: string;
  specialties: string[];
  methods: InspectionMethod[];
}

export type InspectorChanges = Partial<Omit<InspectorProfile, 'departmentId'>>;

export type InspectorCommand =
  | {
      kind: 'RegisterInspector';
      inspectorId: string;
      profile: InspectorProfile;
      personalData: SealedPersonalData;
      /** The registration gives personal fields (a phone) other than those on record. */
      personalDataChanged?: boolean;
      departmentRegistered: boolean;
    }
  /** A row of a bulk import; `personalDataChanged` says whether the row's personal fields differ. */
  | {
      kind: 'ImportInspector';
      inspectorId: string;
      profile: InspectorProfile;
      personalData: SealedPersonalData;
      personalDataChanged: boolean;
      departmentRegistered: boolean;
    }
  | {
      kind: 'UpdateInspector';
      inspectorId: string;
      changes: InspectorChanges;
      personalData?: SealedPersonalData;
    }
  | { kind: 'ChangeInspectorStatus'; inspectorId: string; status: InspectorStatus; reason: string }
  | {
      kind: 'DeclareConflictOfInterest';
      inspectorId: string;
      entityId: string;
      reason: string;
      entityRegistered: boolean;
    }
  | { kind: 'EraseInspectorPersonalData'; inspectorId: string; reason: string };

export type InspectorEvent =
  | DomainEvent<
      'InspectorRegistered',
      { inspectorId: string } & InspectorProfile & { personalData: SealedPersonalData }
    >
  | DomainEvent<
      'InspectorUpdated',
      {
        inspectorId: string;
        changes: InspectorChanges;
        previous: InspectorChanges;
        personalData?: SealedPersonalData;
      }
    >
  | DomainEvent<
      'InspectorStatusChanged',
      { inspectorId: string; from: InspectorStatus; to: InspectorStatus; reason: string }
    >
  | DomainEvent<'InspectorConflictDeclared', { inspectorId: string; entityId: string; reason: string }>
  | DomainEvent<'InspectorPersonalDataErased', { inspectorId: string; reason: string }>;

export interface RegisteredInspector {
  profile: InspectorProfile;
  /** The latest sealed personal data (null once erased). */
  personalData: SealedPersonalData | null;
  status: InspectorStatus;
  conflicts: string[];
  erased: boolean;
}

export type InspectorState = { registered: false } | ({ registered: true } & RegisteredInspector);

/**
 * The refusal of an ID-card number held by an inspector of another department. It says no more
 * than that, since it answers whoever guesses a number (docs/record-store.md, "Unique natural keys").
 */
export const ID_CARD_NUMBER_UNAVAILABLE = 'ID_CARD_NUMBER_UNAVAILABLE';

function registered(state: InspectorState, inspectorId: string): RegisteredInspector {
  if (!state.registered) throw new DomainError('INSPECTOR_NOT_FOUND', `No inspector ${inspectorId}`);
  return state;
}

function changeable(state: InspectorState, inspectorId: string): RegisteredInspector {
  const inspector = registered(state, inspectorId);
  if (inspector.erased) {
    throw new DomainError('INSPECTOR_ERASED', `Inspector ${inspectorId}'s personal data was erased`);
  }
  return inspector;
}

function assertDepartment(registeredDepartment: boolean, profile: InspectorProfile): void {
  if (!registeredDepartment) {
    throw new DomainError(
      'DEPARTMENT_NOT_REGISTERED',
      `Department ${profile.departmentId} is not registered`,
    );
  }
}

export const inspectorDecider: Decider<InspectorCommand, InspectorEvent, InspectorState> = {
  initialState: () => ({ registered: false }),
  evolve(state, event) {
    if (event.type === 'InspectorRegistered') {
      const { inspectorId: _id, personalData, ...profile } = event.data;
      return { registered: true, profile, personalData, status: 'active', conflicts: [], erased: false };
    }
    if (!state.registered) return state;
    switch (event.type) {
      case 'InspectorUpdated':
        return {
          ...state,
          profile: { ...state.profile, ...event.data.changes },
          personalData: event.data.personalData ?? state.personalData,
        };
      case 'InspectorStatusChanged':
        return { ...state, status: event.data.to };
      case 'InspectorConflictDeclared':
        return { ...state, conflicts: [...state.conflicts, event.data.entityId] };
      case 'InspectorPersonalDataErased':
        return { ...state, erased: true, personalData: null };
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterInspector':
      case 'ImportInspector': {
        const { inspectorId, profile, personalData } = command;
        if (!state.registered) {
          assertDepartment(command.departmentRegistered, profile);
          return [{ type: 'InspectorRegistered', data: { inspectorId, ...profile, personalData } }];
        }
        // Before anything that names or describes the holder: the refusal must not tell whose
        // number it is, nor where it is registered (a masked number would otherwise be confirmed).
        if (profile.departmentId !== state.profile.departmentId) {
          throw new DomainError(
            ID_CARD_NUMBER_UNAVAILABLE,
            'This ID-card number cannot be registered for this department; ask an administrator',
          );
        }
        const current = changeable(state, inspectorId);
        const { departmentId: _d, ...rest } = profile;
        const changes = changedFields<InspectorChanges>(current.profile, rest);
        const personalDataChanged = command.personalDataChanged === true;
        if (Object.keys(changes).length === 0 && !personalDataChanged) return [];
        if (command.kind === 'RegisterInspector') {
          throw new DomainError(
            'INSPECTOR_ALREADY_REGISTERED',
            'This ID-card number is already registered with other details; update the inspector instead',
            { inspectorId },
          );
        }
        return [
          {
            type: 'InspectorUpdated',
            data: {
              inspectorId,
              changes,
              previous: previousValues<InspectorChanges>(current.profile, changes),
              ...(personalDataChanged ? { personalData } : {}),
            },
          },
        ];
      }
      case 'UpdateInspector': {
        const current = changeable(state, command.inspectorId);
        const changes = changedFields(current.profile, command.changes);
        if (Object.keys(changes).length === 0 && !command.personalData) return [];
        return [
          {
            type: 'InspectorUpdated',
            data: {
              inspectorId: command.inspectorId,
              changes,
              previous: previousValues<InspectorChanges>(current.profile, changes),
              ...(command.personalData ? { personalData: command.personalData } : {}),
            },
          },
        ];
      }
      case 'ChangeInspectorStatus': {
        const current = changeable(state, command.inspectorId);
        if (current.status === command.status) return [];
        return [
          {
            type: 'InspectorStatusChanged',
            data: {
              inspectorId: command.inspectorId,
              from: current.status,
              to: command.status,
              reason: command.reason,
            },
          },
        ];
      }
      case 'DeclareConflictOfInterest': {
        const current = changeable(state, command.inspectorId);
        if (!command.entityRegistered) {
          throw new DomainError('ENTITY_NOT_FOUND', `No entity ${command.entityId}`);
        }
        if (current.conflicts.includes(command.entityId)) {
          throw new DomainError(
            'CONFLICT_ALREADY_DECLARED',
            `Inspector ${command.inspectorId} already declared a conflict with ${command.entityId}`,
          );
        }
        return [
          {
            type: 'InspectorConflictDeclared',
            data: { inspectorId: command.inspectorId, entityId: command.entityId, reason: command.reason },
          },
        ];
      }
      case 'EraseInspectorPersonalData': {
        const current = registered(state, command.inspectorId);
        if (current.erased) {
          throw new DomainError('INSPECTOR_ERASED', `Inspector ${command.inspectorId} is already erased`);
        }
        if (current.status !== 'left') {
          throw new DomainError(
            'INSPECTOR_NOT_LEFT',
            `Only the personal data of an inspector who has left is erased; ${command.inspectorId} is ${current.status}`,
          );
        }
        return [
          {
            type: 'InspectorPersonalDataErased',
            data: { inspectorId: command.inspectorId, reason: command.reason },
          },
        ];
      }
    }
  },
};
