import type { EventFilter } from '../event-store.port';
import { EVENT_COLUMNS } from './event-row';

/** A LIKE pattern for names beginning with `prefix`. */
export const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

/** The SQL condition for a filter, its parameter numbered `n`; and that parameter. */
export function filterClause(filter: EventFilter | undefined, n: number): { sql: string; args: unknown[] } {
  if (!filter) return { sql: '', args: [] };
  if ('streamPrefixes' in filter) {
    // LIKE on a "C" collated column: the escaped prefix and '%', any of them.
    const patterns = filter.streamPrefixes.map(likePrefix);
    return { sql: ` AND stream LIKE ANY ($${n}::text[])`, args: [patterns] };
  }
  return { sql: ` AND type = ANY ($${n}::text[])`, args: [[...filter.eventTypes]] };
}

export const readAllSql = (backwards: boolean, filterSql: string): string =>
  `SELECT ${EVENT_COLUMNS} FROM events WHERE position ${backwards ? '<=' : '>='} $1${filterSql}
   ORDER BY position ${backwards ? 'DESC' : ''} LIMIT $2`;

export const readStreamSql = (backwards: boolean): string =>
  `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = $1 AND revision ${backwards ? '<=' : '>='} $2
   ORDER BY revision ${backwards ? 'DESC' : ''} LIMIT $3`;

/** The events after a position and up to another, in order: a subscription's window. */
export const windowSql = (filterSql: string): string =>
  `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 AND position <= $2${filterSql}
   ORDER BY position LIMIT $3`;

/**
 * A page of the streams with a prefix, after a (stream, revision), up to a position: the query and
 * its parameters but the first two ($1, $2: the last stream and revision read). Names sort as
 * UTF-8 bytes (COLLATE "C"), so those with the prefix lie between it and its successor; a prefix
 * whose last code unit cannot be incremented is bounded only by the LIKE.
 */
export function streamsByPrefixQuery(
  prefix: string,
  maxPosition: number,
  types: readonly string[] | undefined,
  pageSize: number,
): { sql: string; args: unknown[] } {
  const args: unknown[] = [likePrefix(prefix), maxPosition, pageSize];
  let conditions = '';
  if (types) {
    args.push([...types]);
    conditions += ` AND type = ANY ($${args.length + 2}::text[])`;
  }
  const last = prefix.charCodeAt(prefix.length - 1);
  if (prefix !== '' && last < 0xd7ff) {
    args.push(prefix.slice(0, -1) + String.fromCharCode(last + 1));
    conditions += ` AND stream < $${args.length + 2}`;
  }
  const sql = `SELECT ${EVENT_COLUMNS} FROM events
    WHERE (stream, revision) > ($1, $2) AND stream LIKE $3 AND position <= $4${conditions}
    ORDER BY stream, revision LIMIT $5`;
  return { sql, args };
}
