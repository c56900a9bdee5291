import type { ApiFailure } from '../api/client';
import { problemsElsewhere } from './problems';

/**
 * The api's 400 reasons that the form's controls do not show beside them (see problemsElsewhere),
 * listed by the form's action. `fields`: the names of the fields the form renders a control for.
 */
export function FormProblems({ error, fields }: { error?: ApiFailure; fields: readonly string[] }) {
  if (!error || error.status !== 400) return null;
  const others = problemsElsewhere(error.details, fields);
  if (others.length === 0) return null;
  return (
    <ul className="action-error" role="alert">
      {others.map((p, i) => (
        <li key={`${i}:${p.field}:${p.reason}`}>
          <code>{p.field}</code> {p.reason}
        </li>
      ))}
    </ul>
  );
}
