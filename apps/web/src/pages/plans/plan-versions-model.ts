import type { Plan } from './plan-model';

/** One published version of a plan: when, the adjustments' reasons that made it, its filing. */
export interface PlanVersionRow {
  version: number;
  publishedAt: string;
  reasons: string[];
  filing?: { jointOfficeId: string; filedOn: string; late: boolean };
}

/**
 * The plan's published versions, newest first (Yuanqu 二(三); Gui'an 第27条): each publication, the
 * reasons of the adjustments it published (none for version 1: drafting), and its 备案.
 */
export function publishedVersions(
  plan: Pick<Plan, 'publications' | 'adjustments' | 'filings'>,
): PlanVersionRow[] {
  return plan.publications
    .map((publication) => {
      const filing = plan.filings?.find((f) => f.version === publication.version);
      return {
        version: publication.version,
        publishedAt: publication.at,
        reasons:
          publication.version === 1
            ? []
            : plan.adjustments.filter((a) => a.version === publication.version).map((a) => a.reason),
        ...(filing
          ? { filing: { jointOfficeId: filing.jointOfficeId, filedOn: filing.filedOn, late: filing.late } }
          : {}),
      };
    })
    .sort((a, b) => b.version - a.version);
}
