/** A year the calendar knows (GET /api/calendar/years). */
export interface KnownYear {
  year: number;
  source: string;
  holidays: number;
  workdays: number;
}

/**
 * The years deadlines counted now may reach whose holidays are not known: this year and the
 * next (a task's window and its publication deadline often run over the new year).
 */
export function missingYears(known: readonly KnownYear[], thisYear: number): number[] {
  const years = new Set(known.map((y) => y.year));
  return [thisYear, thisYear + 1].filter((year) => !years.has(year));
}

export type SetupStepName = 'departments' | 'calendar' | 'items' | 'directories' | 'plan';

export interface SetupStep {
  name: SetupStepName;
  /** The page where it is done. */
  path: string;
  /** Who does it. */
  by: 'admin' | 'operator';
  done: boolean;
}

/** What the platform holds so far: enough to tell which first steps are done. */
export interface SetupFacts {
  departments: number;
  missingYears: readonly number[];
  checkItems: number;
  entities: number;
  inspectors: number;
  publishedPlans: number;
}

/** The first steps on an empty platform, in the order they depend on each other. */
export function setupSteps(facts: SetupFacts): SetupStep[] {
  return [
    { name: 'departments', path: '/org/departments', by: 'admin', done: facts.departments > 0 },
    { name: 'calendar', path: '/org/calendar', by: 'admin', done: facts.missingYears.length === 0 },
    { name: 'items', path: '/registers/check-items', by: 'operator', done: facts.checkItems > 0 },
    {
      name: 'directories',
      path: '/registers/import',
      by: 'operator',
      done: facts.entities > 0 && facts.inspectors > 0,
    },
    { name: 'plan', path: '/plans', by: 'operator', done: facts.publishedPlans > 0 },
  ];
}
