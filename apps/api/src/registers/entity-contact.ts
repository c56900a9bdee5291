import {
  type EntityProfile,
  type EntityState,
  type SealedContactMobile,
  type SealedPersonalData,
  entityContactSubject,
} from '@app/domain';
import type { EntityView } from '@app/projections';
import type { PersonalDataVault } from '@app/record-store';

/** The vault, or a keyring for the answer of a page. */
type Opener = Pick<PersonalDataVault, 'open'>;

/** An entry as answered: the contact's mobile opened and masked, its sealed bytes left out. */
export type EntityAnswer = Omit<EntityView, 'contactMobileSealed'>;

/** 138****5678: enough for the business to recognise its number, not enough to call it. */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****';
}

/**
 * The contact's mobile in clear: opened from its seal, or (an entry recorded before sealing) as
 * recorded; undefined when there is none or its key was erased.
 */
export async function openContactMobile(
  vault: Opener,
  profile: Pick<EntityProfile, 'contactMobile' | 'contactMobileSealed'>,
): Promise<string | undefined> {
  const sealed = profile.contactMobileSealed;
  if (!sealed) return profile.contactMobile;
  const opened = await vault.open(sealed.subject, sealed.sealed as never);
  return opened?.mobile;
}

/**
 * The mobile sealed under the key of the entity's current contact. The seal already recorded is
 * kept when it holds the same number, so the same registration again changes nothing.
 */
export async function sealContactMobile(
  vault: PersonalDataVault,
  entityId: string,
  mobile: string,
  state: EntityState,
): Promise<SealedContactMobile> {
  const current = state.status === 'absent' ? undefined : state.profile;
  if (current?.contactMobileSealed && (await openContactMobile(vault, current)) === mobile) {
    return current.contactMobileSealed;
  }
  const erasures = state.status === 'absent' ? 0 : (state.contactErasures ?? 0);
  const subject = entityContactSubject(entityId, erasures);
  const sealed = (await vault.seal(subject, { mobile })) as unknown as SealedPersonalData;
  return { subject, sealed };
}

/** The fields with the mobile, if given, sealed in (what a register or update command writes). */
export async function withSealedContact<T extends object>(
  vault: PersonalDataVault,
  entityId: string,
  mobile: string | undefined,
  state: EntityState,
  fields: T,
): Promise<T & { contactMobileSealed?: SealedContactMobile }> {
  if (mobile === undefined) return fields;
  return { ...fields, contactMobileSealed: await sealContactMobile(vault, entityId, mobile, state) };
}

/**
 * The vault subject an erasure destroys: the current contact's, or, when the entry records the
 * erasure already (a retry after a crash before the key went), the one it erased.
 */
export function erasedContactSubject(entityId: string, state: EntityState): string {
  if (state.status === 'absent') return entityContactSubject(entityId, 0);
  const erasures = state.contactErasures ?? 0;
  const held = state.profile.contactMobileSealed ?? state.profile.contactMobile;
  return entityContactSubject(entityId, held === undefined && erasures > 0 ? erasures - 1 : erasures);
}

/** The entry for an official: the mobile masked for everyone (answers are kept for replays). */
export async function entityAnswer(vault: Opener, view: EntityView): Promise<EntityAnswer> {
  const { contactMobileSealed: _sealed, contactMobile: _clear, ...rest } = view;
  const mobile = await openContactMobile(vault, view);
  return { ...rest, ...(mobile !== undefined ? { contactMobile: maskMobile(mobile) } : {}) };
}
