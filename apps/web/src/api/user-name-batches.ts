/** At most this many ids in one `GET /api/users/names` (the api's MAX_NAME_IDS). */
export const MAX_NAME_IDS = 200;

/** The api's id shape (letters, digits, . _ - /): any other id cannot be a user's and is not asked. */
const USER_ID = /^[A-Za-z0-9._\-/]{1,64}$/;

/**
 * The look-ups a page needs for these ids: each id once, only the well-formed ones not already
 * known, in batches the api accepts.
 */
export function nameBatches(
  ids: readonly (string | null | undefined)[],
  known: ReadonlySet<string>,
): string[][] {
  const wanted = [...new Set(ids)]
    .filter((id): id is string => typeof id === 'string' && USER_ID.test(id) && !known.has(id))
    .sort();
  const batches: string[][] = [];
  for (let at = 0; at < wanted.length; at += MAX_NAME_IDS) batches.push(wanted.slice(at, at + MAX_NAME_IDS));
  return batches;
}
