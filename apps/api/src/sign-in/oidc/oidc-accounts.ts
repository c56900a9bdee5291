import type { OidcSettings } from '@app/runtime';
import type { UserView } from '@app/projections';
import type { OidcClaims } from './oidc-client';

/** Why a sign-in with the platform ends on the sign-in page; each has words in api-refusals.ts. */
export type OidcRefusal =
  | 'OIDC_REFUSED'
  | 'OIDC_UNAVAILABLE'
  | 'OIDC_CLAIM_MISSING'
  | 'OIDC_NO_ACCOUNT'
  | 'OIDC_AMBIGUOUS_ACCOUNT'
  | 'USER_DISABLED'
  | 'SIGN_IN_LOCKED';

/** The longest employee number or department id a claim may carry. */
const MAX_CLAIM_LENGTH = 64;

/** Which accounts the claims name: by employee number, within a department when one is claimed. */
export interface AccountQuery {
  employeeNumber: string;
  departmentId?: string;
}

/** The account query the claims make, or undefined when a configured claim is absent or unusable. */
export function accountQuery(claims: OidcClaims, settings: OidcSettings): AccountQuery | undefined {
  const employeeNumber = claimText(claims[settings.accountClaim]);
  if (employeeNumber === undefined) return undefined;
  if (settings.departmentClaim === undefined) return { employeeNumber };
  const departmentId = claimText(claims[settings.departmentClaim]);
  return departmentId === undefined ? undefined : { employeeNumber, departmentId };
}

function claimText(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.normalize('NFKC').trim();
  return trimmed.length > 0 && trimmed.length <= MAX_CLAIM_LENGTH ? trimmed : undefined;
}

export type AccountMatch =
  { kind: 'one'; user: UserView } | { kind: 'refused'; code: OidcRefusal; disabled: UserView[] };

/**
 * Exactly one active account signs in. None at all: no account; several active ones (the same
 * employee number in two departments and no department claim): ambiguous; only disabled ones:
 * disabled, and each of them records the failure. Erased accounts are not accounts any more.
 */
export function matchAccount(found: readonly UserView[]): AccountMatch {
  const accounts = found.filter((u) => !u.erased);
  const active = accounts.filter((u) => u.status === 'active');
  if (active.length === 1) return { kind: 'one', user: active[0] };
  if (active.length > 1) return { kind: 'refused', code: 'OIDC_AMBIGUOUS_ACCOUNT', disabled: [] };
  if (accounts.length === 0) return { kind: 'refused', code: 'OIDC_NO_ACCOUNT', disabled: [] };
  return { kind: 'refused', code: 'USER_DISABLED', disabled: accounts };
}
