import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { changedFields, previousValues } from './changed-fields';
import {
  type EntityContactErasure,
  type SealedContactMobile,
  contactErasure,
  withoutContact,
} from './entity-contact';
import { type EntityListing, listingChange, profileListed } from './entity-listing';
import { isUnifiedSocialCreditCode } from './unified-social-credit-code';
import { type CreditRisk, type EntityKind, type EntityStatus, KINDS_WITH_USCC } from './vocabulary';

/** An entry of the entity directory (检查对象名录库). */
export interface EntityProfile {
  code: string;
  name: string;
  kind: EntityKind;
  address: string;
  legalRepresentative?: string;
  /**
   * The registered contact's mobile (登记联系电话) in clear: only in entries recorded before it was
   * sealed (issue 24), read still, never written again; `contactMobileSealed` replaces it.
   */
  contactMobile?: string;
  /** The registered contact's mobile, sealed: where the portal sends the business its one-time codes. */
  contactMobileSealed?: SealedContactMobile;
  regionCode: string;
  /** GB/T 4754 industry code. */
  industryCode: string;
  scale?: string;
  tags: string[];
  creditRisk: CreditRisk;
  abnormalList: boolean;
  seriousViolationList: boolean;
  complaintsThisYear: number;
}

/** What an update may change: the code and kind identify the entry; the credit class is re-rated. */
export type EntityChanges = Partial<Omit<EntityProfile, 'code' | 'kind' | 'creditRisk'>>;

/** What a command writes: the contact only sealed, never in clear. */
export type EntityProfileInput = Omit<EntityProfile, 'contactMobile'>;
export type EntityChangesInput = Omit<EntityChanges, 'contactMobile'>;

export type EntityCommand =
  | { kind: 'RegisterEntity'; entityId: string; profile: EntityProfileInput }
  /** A row of a bulk import: registers, or brings the entry up to the row, or changes nothing. */
  | { kind: 'ImportEntity'; entityId: string; profile: EntityProfileInput }
  | { kind: 'UpdateEntity'; entityId: string; changes: EntityChangesInput }
  /** Erases the registered contact's mobile (crypto-shredding); allowed on a deregistered entry too. */
  | { kind: 'EraseEntityContact'; entityId: string; reason: string }
  | { kind: 'RerateEntity'; entityId: string; creditRisk: CreditRisk; reason: string }
  | { kind: 'DeregisterEntity'; entityId: string; reason: string }
  /** Put on, or taken off, the abnormal or serious-violation list (ADR 50). */
  | ({ kind: 'ListEntity' | 'DelistEntity' } & EntityListing);

export type EntityEvent =
  | DomainEvent<'EntityRegistered', { entityId: string } & EntityProfile>
  | DomainEvent<'EntityUpdated', { entityId: string; changes: EntityChanges; previous: EntityChanges }>
  | DomainEvent<
      'EntityCreditRiskRerated',
      { entityId: string; from: CreditRisk; to: CreditRisk; reason: string }
    >
  | DomainEvent<'EntityDeregistered', { entityId: string; reason: string }>
  | DomainEvent<'EntityListed', EntityListing>
  | DomainEvent<'EntityDelisted', EntityListing>
  | DomainEvent<'EntityContactErased', EntityContactErasure>;

export type EntityState =
  | { status: 'absent' }
  | {
      status: EntityStatus;
      profile: EntityProfile;
      /** How many times its contact was erased: names the key of the next one (entityContactSubject). */
      contactErasures?: number;
    };

/** The entity's id in the directory: its code (a credit code in capitals), unique by construction. */
export function entityIdOf(code: string, kind: EntityKind): string {
  return KINDS_WITH_USCC.includes(kind) ? code.toUpperCase() : code;
}

/** Every entry names the entity: the public portal and the officials find it by its name. */
function assertNamed(name: string | undefined): void {
  if (name !== undefined && name.trim() === '') {
    throw new DomainError('ENTITY_NAME_REQUIRED', 'An entity in the directory has a name');
  }
}

function assertCode(profile: EntityProfile): void {
  if (KINDS_WITH_USCC.includes(profile.kind) && !isUnifiedSocialCreditCode(profile.code)) {
    throw new DomainError(
      'ENTITY_CODE_INVALID',
      `${profile.code} is not a valid unified social credit code (GB 32100)`,
    );
  }
}

function registered(state: EntityState, entityId: string): EntityProfile {
  if (state.status === 'absent') throw new DomainError('ENTITY_NOT_FOUND', `No entity ${entityId}`);
  if (state.status === 'deregistered') {
    throw new DomainError('ENTITY_DEREGISTERED', `Entity ${entityId} is deregistered and cannot change`);
  }
  return state.profile;
}

const REIMPORT_REASON = 'bulk import';

function importChanges(entityId: string, current: EntityProfile, row: EntityProfileInput): EntityEvent[] {
  if (row.kind !== current.kind) {
    throw new DomainError(
      'ENTITY_KIND_MISMATCH',
      `Entity ${entityId} is a ${current.kind}, not a ${row.kind}`,
    );
  }
  const { code: _c, kind: _k, creditRisk, ...rest } = row;
  const changes = changedFields<EntityChanges>(current, rest);
  const events: EntityEvent[] = [];
  if (Object.keys(changes).length > 0) {
    events.push({
      type: 'EntityUpdated',
      data: { entityId, changes, previous: previousValues<EntityChanges>(current, changes) },
    });
  }
  if (creditRisk !== current.creditRisk) {
    events.push({
      type: 'EntityCreditRiskRerated',
      data: { entityId, from: current.creditRisk, to: creditRisk, reason: REIMPORT_REASON },
    });
  }
  return events;
}

export const entityDecider: Decider<EntityCommand, EntityEvent, EntityState> = {
  initialState: () => ({ status: 'absent' }),
  evolve(state, event) {
    switch (event.type) {
      case 'EntityRegistered': {
        const { entityId: _id, ...profile } = event.data;
        return { status: 'registered', profile };
      }
      case 'EntityUpdated': {
        if (state.status === 'absent') return state;
        const { changes } = event.data;
        // A sealed contact supersedes a clear one of an entry from before sealing.
        const base =
          changes.contactMobileSealed !== undefined ? withoutContact(state.profile) : state.profile;
        return { ...state, profile: { ...base, ...changes } };
      }
      case 'EntityCreditRiskRerated':
        return state.status === 'absent'
          ? state
          : { ...state, profile: { ...state.profile, creditRisk: event.data.to } };
      case 'EntityDeregistered':
        return state.status === 'absent' ? state : { ...state, status: 'deregistered' };
      case 'EntityListed':
      case 'EntityDelisted':
        return state.status === 'absent'
          ? state
          : {
              ...state,
              profile: profileListed(state.profile, event.data.list, event.type === 'EntityListed'),
            };
      case 'EntityContactErased':
        return state.status === 'absent'
          ? state
          : {
              ...state,
              profile: withoutContact(state.profile),
              contactErasures: (state.contactErasures ?? 0) + 1,
            };
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterEntity':
      case 'ImportEntity': {
        assertCode(command.profile);
        assertNamed(command.profile.name);
        if (state.status === 'absent') {
          return [{ type: 'EntityRegistered', data: { entityId: command.entityId, ...command.profile } }];
        }
        const current = registered(state, command.entityId);
        const changes = importChanges(command.entityId, current, command.profile);
        if (changes.length === 0) return [];
        if (command.kind === 'ImportEntity') return changes;
        throw new DomainError(
          'ENTITY_ALREADY_REGISTERED',
          `Entity ${command.entityId} is already registered with other details; update it instead`,
        );
      }
      case 'UpdateEntity': {
        const current = registered(state, command.entityId);
        assertNamed(command.changes.name);
        const changes = changedFields<EntityChanges>(current, command.changes);
        if (Object.keys(changes).length === 0) return [];
        const previous = previousValues<EntityChanges>(current, changes);
        return [{ type: 'EntityUpdated', data: { entityId: command.entityId, changes, previous } }];
      }
      case 'RerateEntity': {
        const current = registered(state, command.entityId);
        if (current.creditRisk === command.creditRisk) return [];
        return [
          {
            type: 'EntityCreditRiskRerated',
            data: {
              entityId: command.entityId,
              from: current.creditRisk,
              to: command.creditRisk,
              reason: command.reason,
            },
          },
        ];
      }
      case 'DeregisterEntity':
        registered(state, command.entityId);
        return [{ type: 'EntityDeregistered', data: { entityId: command.entityId, reason: command.reason } }];
      case 'EraseEntityContact': {
        if (state.status === 'absent') {
          throw new DomainError('ENTITY_NOT_FOUND', `No entity ${command.entityId}`);
        }
        const erasure = contactErasure(
          state.profile,
          state.contactErasures ?? 0,
          command.entityId,
          command.reason,
        );
        return [{ type: 'EntityContactErased', data: erasure }];
      }
      case 'ListEntity':
      case 'DelistEntity': {
        const { kind, ...listing } = command;
        const listed = kind === 'ListEntity';
        const data = listingChange(registered(state, command.entityId), listing, listed);
        return [{ type: listed ? 'EntityListed' : 'EntityDelisted', data }];
      }
    }
  },
};
