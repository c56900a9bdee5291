import type { ApiFailure } from '../../api/client';
import { problemsElsewhere } from './form-values';

/** The api's 400 reasons for fields this form has no control for, by the form's action. */
export function OtherProblems({ error, shown }: { error?: ApiFailure; shown: readonly string[] }) {
  if (!error || error.status !== 400) return null;
  const problems = problemsElsewhere(error.details, shown);
  if (problems.length === 0) return null;
  return (
    <ul className="action-error" role="alert">
      {problems.map((p) => (
        <li key={p.field}>
          <code>{p.field}</code> {p.reason}
        </li>
      ))}
    </ul>
  );
}
