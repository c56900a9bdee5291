import type { ApiFailure, FieldProblem } from '../../api/client';

/**
 * The api's 400 reasons for fields this form has no control for (so none is lost); those for
 * its own fields are shown beside them by Field.
 */
export function FormProblems({ error, fields }: { error?: ApiFailure; fields: readonly string[] }) {
  if (!error || error.status !== 400 || !Array.isArray(error.details)) return null;
  const covers = (problem: FieldProblem) =>
    fields.some(
      (f) => problem.field === f || problem.field?.startsWith(`${f}.`) || problem.field?.startsWith(`${f}[`),
    );
  const others = (error.details as FieldProblem[]).filter((p) => !covers(p));
  if (others.length === 0) return null;
  return (
    <ul className="action-error" role="alert">
      {others.map((p) => (
        <li key={`${p.field}:${p.reason}`}>
          <code>{p.field}</code> {p.reason}
        </li>
      ))}
    </ul>
  );
}
