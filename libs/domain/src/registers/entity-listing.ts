import { DomainError } from '../domain-error';
import type { EntityProfile } from './entity';

/**
 * The two lists a finding can put an entity on (经营异常名录, 严重违法失信名单): either lifts the
 * yearly cap and makes it a candidate of the draws for listed entities (docs/draw.md).
 */
export const ENTITY_LISTS = ['abnormal', 'seriousViolation'] as const;
export type EntityList = (typeof ENTITY_LISTS)[number];

/** The profile's flag for each list. */
export const LIST_FLAG = {
  abnormal: 'abnormalList',
  seriousViolation: 'seriousViolationList',
} as const satisfies Record<EntityList, keyof EntityProfile>;

/** A listing or removal: why, and the referral whose outcome it follows, if any. */
export interface EntityListing {
  entityId: string;
  list: EntityList;
  reason: string;
  referralId?: string;
}

/** Listed or removed: the event's data, once the entity's state allows it. */
export function listingChange(
  profile: EntityProfile,
  listing: EntityListing,
  listed: boolean,
): EntityListing {
  if (listing.reason.trim() === '') {
    throw new DomainError('ENTITY_LISTING_REASON_REQUIRED', 'A listing, or its removal, says why');
  }
  if (profile[LIST_FLAG[listing.list]] === listed) {
    throw new DomainError(
      listed ? 'ENTITY_ALREADY_LISTED' : 'ENTITY_NOT_LISTED',
      `Entity ${listing.entityId} is ${listed ? 'already' : 'not'} on the ${listing.list} list`,
      { list: listing.list },
    );
  }
  return {
    entityId: listing.entityId,
    list: listing.list,
    reason: listing.reason,
    ...(listing.referralId ? { referralId: listing.referralId } : {}),
  };
}

/** The profile after a listing or removal. */
export function profileListed(profile: EntityProfile, list: EntityList, listed: boolean): EntityProfile {
  return { ...profile, [LIST_FLAG[list]]: listed };
}
