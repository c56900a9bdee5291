import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommended setting: 19 MiB of memory, 2 passes, 1 lane (ADR 27,
 * with the sign-ins per second it allows on this machine: `npm run bench:password`).
 * `algorithm: 2` is Argon2id (the library's const enum cannot be imported under isolated modules).
 */
export const PASSWORD_HASH_COST = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Long enough to resist guessing, short enough that hashing stays bounded. */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 128, minClasses: 3 } as const;

/** Why a new password is refused, or undefined: length, and three of lower, upper, digits, others. */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_POLICY.minLength || length > PASSWORD_POLICY.maxLength) {
    return `must be ${PASSWORD_POLICY.minLength} to ${PASSWORD_POLICY.maxLength} characters`;
  }
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((c) => c.test(password));
  if (classes.length < PASSWORD_POLICY.minClasses) {
    return 'must mix at least three of: lower-case letters, capitals, digits, other characters';
  }
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_COST);
}

let dummy: Promise<string> | undefined;

/**
 * Whether the password is the one stored. For an unknown user (no stored hash) it checks against a
 * dummy hash of the same cost, so an unknown user and a wrong password take the same time; a
 * malformed stored hash is a mismatch, never an error.
 */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  const against = stored ?? (await (dummy ??= hashPassword('not-a-password-of-anyone')));
  if ([...password].length > PASSWORD_POLICY.maxLength) return false;
  try {
    return (await verify(against, password)) && stored !== undefined;
  } catch {
    return false;
  }
}
