import type { FieldProblem } from '@app/contract';

/** How many field problems a 400 lists; the others are counted (docs/api.md, "Errors"). */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * Field problems as they are found, keeping the first MAX_LISTED_PROBLEMS and counting the rest:
 * a body of 10,000 bad elements gives one bounded answer, not 80,000 reasons.
 */
export class ProblemList {
  readonly listed: FieldProblem[] = [];
  unlisted = 0;

  add(problem: FieldProblem): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
    else this.unlisted += 1;
  }

  /** Whether further problems are only counted. */
  get full(): boolean {
    return this.listed.length >= MAX_LISTED_PROBLEMS;
  }

  get empty(): boolean {
    return this.listed.length === 0;
  }
}
