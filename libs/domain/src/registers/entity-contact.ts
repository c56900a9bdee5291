import { DomainError } from '../domain-error';
import type { EntityProfile } from './entity';
import type { SealedPersonalData } from './vocabulary';

/**
 * The registered contact's mobile, sealed in the vault under a key of the entity's contact
 * (docs/security.md, "Personal data"): `subject` names that key, so a reader opens it from the
 * value alone. Erasing the contact destroys the key; a contact recorded afterwards gets a new one.
 */
export interface SealedContactMobile {
  subject: string;
  sealed: SealedPersonalData;
}

/** An erasure of the entity's contact (crypto-shredding): recorded, then its key destroyed. */
export interface EntityContactErasure {
  entityId: string;
  /** The vault subject whose key is destroyed. */
  subject: string;
  reason: string;
}

/**
 * The vault subject of the entity's contact after `erasures` erasures: `entityContact:<id>`, then
 * `entityContact:<id>#<n>`, since an erased key is never made again.
 */
export function entityContactSubject(entityId: string, erasures: number): string {
  return erasures === 0 ? `entityContact:${entityId}` : `entityContact:${entityId}#${erasures}`;
}

/** Whether the profile holds a contact, sealed or (entries from before sealing) in clear. */
export function hasContact(profile: EntityProfile): boolean {
  return profile.contactMobileSealed !== undefined || profile.contactMobile !== undefined;
}

/** The profile without its contact: what erasing leaves. */
export function withoutContact(profile: EntityProfile): EntityProfile {
  const { contactMobile: _clear, contactMobileSealed: _sealed, ...rest } = profile;
  return rest;
}

/**
 * The erasure's event data: refused when the contact was erased and none recorded since
 * (ENTITY_CONTACT_ALREADY_ERASED, so a retry after a crash destroys the key still), or when the
 * entry never held one (NO_REGISTERED_CONTACT).
 */
export function contactErasure(
  profile: EntityProfile,
  erasures: number,
  entityId: string,
  reason: string,
): EntityContactErasure {
  if (!hasContact(profile)) {
    if (erasures > 0) {
      throw new DomainError(
        'ENTITY_CONTACT_ALREADY_ERASED',
        `The contact of entity ${entityId} was erased already`,
      );
    }
    throw new DomainError('NO_REGISTERED_CONTACT', `Entity ${entityId} has no registered contact`);
  }
  return { entityId, subject: entityContactSubject(entityId, erasures), reason };
}
