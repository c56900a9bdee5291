import { type ProblemAtField, concerns, fieldProblems } from '../api/client';

/**
 * The api's 400 reasons that no control of the form shows, so that none is lost: those for fields
 * the form has no control for, and those beyond the first for a field it has (a control, Field or
 * ChoiceGroup, shows the first reason for its field). `fields` are the names of the controls the
 * form renders.
 */
export function problemsElsewhere(details: unknown, fields: readonly string[]): ProblemAtField[] {
  const problems = fieldProblems(details);
  const besideControls = new Set(fields.map((f) => problems.find((p) => concerns(f, p))));
  return problems.filter((p) => !besideControls.has(p));
}
