import type { ApiFailure } from '../../api/client';
import { isOneOf } from '../../api/vocabulary';
import { ActionError, Field } from '../../components/field';
import { FormProblems } from '../../components/form-problems';

/** A one-line text field of a register form, by the api's name for it. */
export function TextField({
  name,
  label,
  hint,
  value,
  error,
  required,
  type,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: ApiFailure;
  required?: boolean;
  /** `date` for a day (YYYY-MM-DD); text otherwise. */
  type?: 'date';
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} name={name} error={error} hint={hint} required={required}>
      {(props) => <input {...props} type={type} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A choice of one word of the vocabulary (kind, class, category…), each named by `wordLabel`. */
export function WordSelect<W extends string>({
  name,
  label,
  words,
  wordLabel,
  value,
  error,
  required,
  onChange,
}: {
  required?: boolean;
  name: string;
  label: string;
  words: readonly W[];
  wordLabel: (word: W) => string;
  value: W;
  error?: ApiFailure;
  onChange: (word: W) => void;
}) {
  return (
    <Field label={label} name={name} error={error} required={required}>
      {(props) => (
        <select
          {...props}
          value={value}
          onChange={(e) => isOneOf(words, e.target.value) && onChange(e.target.value)}
        >
          {words.map((w) => (
            <option key={w} value={w}>
              {wordLabel(w)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The end of a register form: its submit button, the refusal that concerns no one field, and the
 * api's reasons for fields the form shows no control for (`fields`: those it shows), each named by
 * the form's `labels`.
 */
export function FormActions({
  label,
  busy,
  error,
  fields,
  labels,
}: {
  label: string;
  busy: boolean;
  error?: ApiFailure;
  fields: readonly string[];
  labels: Readonly<Record<string, string>>;
}) {
  return (
    <>
      <div className="action-row">
        <button type="submit" className="primary" disabled={busy}>
          {label}
        </button>
        <ActionError error={error} />
      </div>
      <FormProblems error={error} fields={fields} labels={labels} />
    </>
  );
}
