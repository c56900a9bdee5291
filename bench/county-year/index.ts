import { drawUpJointList, drawAndLock, goOnWithoutSilentParticipant, initiateJointTask } from './joint-task';
import { handOverMovedBusiness, postpone } from './after-announcement';
import { type CountyYearApi, CountyYear } from './context';
import { checkFigures } from './figures';
import { officeInitiatesAndCancels } from './office-task';
import { filePlans, publishConsolidatedPlan } from './plans';
import { registerCounty } from './registers';
import { enterAndPublishResults } from './results';
import { checkSummaryReport } from './summary';
import { mergeOverlappingVisit } from './visit';

export { CountyYear, type CountyYearApi } from './context';

/** The county year's steps in order, named: test/county-year.e2e-spec.ts runs one per `it`. */
export const COUNTY_YEAR_STEPS: [string, (year: CountyYear) => Promise<void>][] = [
  ['the organisation: a joint office, its coordinator, departments, people, entities', registerCounty],
  ['plans filed with the joint office, one late', filePlans],
  ['the consolidated county plan published, on the portal', publishConsolidatedPlan],
  ['a 一业一单 joint list, on the portal', drawUpJointList],
  ['a joint task of the plan made from the list', initiateJointTask],
  [
    'the joint office initiates a joint task for scjg, then withdraws it before the draw',
    officeInitiatesAndCancels,
  ],
  ['a participant that never answers: the lead goes on without it', goOnWithoutSilentParticipant],
  ['the draw: a team of two certified inspectors and an expert beside it', drawAndLock],
  ['a postponement approved and published', postpone],
  ['a moved business handed over and taken into a task of its district', handOverMovedBusiness],
  ['two overlapping tasks merged into one visit, counted once', mergeOverlappingVisit],
  ['results: one not for publication, the others published, a rectification', enterAndPublishResults],
  ['the figures at the year’s end', checkFigures],
  ['the yearly summary report, and its XLSX', checkSummaryReport],
];

export interface CountyYearSummary {
  did: Record<string, number>;
  read: Record<string, unknown>;
  mismatches: string[];
}

/** Plays the whole county year (a fresh store: fixed department ids and year) and returns its figures. */
export async function runCountyYear(api: CountyYearApi): Promise<CountyYearSummary> {
  const year = new CountyYear(api);
  for (const [, step] of COUNTY_YEAR_STEPS) await step(year);
  return { did: year.did, read: year.read, mismatches: year.mismatches };
}
