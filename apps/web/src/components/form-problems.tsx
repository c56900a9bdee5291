import type { ApiFailure } from '../api/client';
import { problemsElsewhere } from './problems';
import { useRefusals } from './refusals/use-refusals';

/**
 * The api's 400 reasons that the form's controls do not show beside them (see problemsElsewhere),
 * listed by the form's action, each after the field's name. `fields`: the names of the fields the
 * form renders a control for; `labels`: the form's own names for fields (the shared table in
 * i18n/messages/fields.ts names the others).
 */
export function FormProblems({
  error,
  fields,
  labels,
}: {
  error?: ApiFailure;
  fields: readonly string[];
  labels?: Readonly<Record<string, string>>;
}) {
  const { listed } = useRefusals();
  if (!error || error.status !== 400) return null;
  const others = problemsElsewhere(error.details, fields);
  if (others.length === 0) return null;
  return (
    <ul className="action-error" role="alert">
      {others.map((p, i) => (
        <li key={`${i}:${p.field}:${p.reason}`}>{listed(p, labels)}</li>
      ))}
    </ul>
  );
}
