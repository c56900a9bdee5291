import { addDays } from '@app/domain/calendar/calendar-date';

/** Which working days to count for a deadline: none (due today), those left, or those overdue. */
export type DeadlineSpan = { kind: 'today' } | { kind: 'left' | 'overdue'; from: string; to: string };

/**
 * Which working days to count for a deadline as of `today`: those left before it, or those it
 * is overdue by (GET /api/calendar/working-days-between counts after `from` up to `to`).
 */
export function deadlineSpan(today: string, due: string): DeadlineSpan {
  if (due === today) return { kind: 'today' };
  return due > today ? { kind: 'left', from: today, to: due } : { kind: 'overdue', from: due, to: today };
}

/** How urgent a deadline looks: overdue, close (two working days or fewer, or today), or not. */
export function deadlineTone(kind: DeadlineSpan['kind'], days: number): 'bad' | 'warn' | 'ok' {
  if (kind === 'overdue') return 'bad';
  if (kind === 'today' || days <= 2) return 'warn';
  return 'ok';
}

/**
 * A day far enough ahead that every result owed now has passed its deadline by then. Asked
 * `asOf` that day, GET /api/overdue-disclosures lists every result not yet published with its
 * deadline counted by the api (with the deployment's PUBLICATION_WORKING_DAYS).
 */
export function horizonOf(today: string, days = 400): string {
  return addDays(today, days);
}
