import type { KnownFields } from '../../api/server-types';
import type { PublicCheckItem } from '@app/contract';
import type { PublicPlanView } from '@app/projections/plans/public-plans.projection';
import type {
  PublicAnnouncementView,
  PublicResultView,
} from '@app/projections/disclosures/public-disclosures.projection';

/** The public disclosures as `GET /api/public/*` answers them: masked by the api, shown as they are. */
export type PublicResult = KnownFields<PublicResultView> & { taskName?: string };

export interface PublicResults {
  entities: { id: string; code: string; name: string }[];
  results: PublicResult[];
}

export type PublicPlan = PublicPlanView;

export type PublicAnnouncement = KnownFields<PublicAnnouncementView>;

export type { PublicCheckItem };

/** A plan's sampling ratios in credit-risk order (A, lowest risk, first). */
export function ratiosInOrder(ratios: Partial<Record<string, number>>): [string, number][] {
  return Object.entries(ratios)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The `GET /api/public/results` query from the search form: blanks left out, or undefined when both are blank. */
export function resultsQuery(
  entityCode: string,
  name: string,
): { entityCode?: string; name?: string } | undefined {
  const code = entityCode.trim();
  const start = name.trim();
  if (!code && !start) return undefined;
  return { ...(code ? { entityCode: code } : {}), ...(start ? { name: start } : {}) };
}
