import type { ReferralFigures } from '@app/contract';
import { REFERRAL_STATES } from '@app/domain';
import type { ReferralView } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import type { Stores } from '@app/runtime';
import type { DeadlineCount } from '../calendar/deadline-count';
import { everything } from '../common/read-all';
import { overdueOf } from './overdue-referrals.controller';

/**
 * The year's referrals (sent in it) by state, and how many are overdue as of the day (past a
 * deadline, not done); with a department, those it sent or received.
 */
export async function referralFigures(
  stores: Stores,
  count: DeadlineCount,
  year: number,
  asOf: string,
  departmentId: string | undefined,
): Promise<ReferralFigures> {
  const collection = stores.projections.collection<ReferralView>('referrals', 'referrals');
  const filters: DocumentFilter[] = departmentId
    ? [{ fromDepartmentId: departmentId }, { toDepartmentId: departmentId }]
    : [{}];
  const found = new Map<string, ReferralView>();
  for (const filter of filters) for (const r of await everything(collection, filter)) found.set(r.id, r);
  const ofYear = [...found.values()].filter(
    (r) => r.referredOn.startsWith(`${year}-`) && r.referredOn <= asOf,
  );
  const byState = Object.fromEntries(REFERRAL_STATES.map((s) => [s, 0])) as ReferralFigures['byState'];
  let overdue = 0;
  for (const r of ofYear) {
    byState[r.state] += 1;
    const open = overdueOf(r, asOf, count).some(
      (i) => i.state === 'not-answered' || i.state === 'no-outcome',
    );
    if (open) overdue += 1;
  }
  return { sent: ofYear.length, byState, overdue };
}
