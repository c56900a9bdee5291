import { useId } from 'react';
import type { ApiFailure } from '../../api/client';
import { toggled } from './form-values';

/** A group of checkboxes (a fieldset with its legend), with the api's reason for the field it fills. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  words,
  chosen,
  label,
  onChange,
  error,
}: {
  legend: string;
  /** The field's name as the api names it. */
  name: string;
  words: readonly T[];
  chosen: readonly T[];
  label: (word: T) => string;
  onChange: (chosen: T[]) => void;
  error?: ApiFailure;
}) {
  const id = useId();
  const reason = error?.reasonFor(name);
  return (
    <fieldset
      className={`field rx-choice-group${reason ? ' field-invalid' : ''}`}
      aria-describedby={reason ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <span className="rx-choices">
        {words.map((word) => (
          <label key={word}>
            <input
              type="checkbox"
              name={name}
              value={word}
              checked={chosen.includes(word)}
              onChange={(e) => onChange(toggled(chosen, word, e.target.checked, words))}
            />{' '}
            {label(word)}
          </label>
        ))}
      </span>
      {reason ? (
        <small id={`${id}-error`} className="field-error" role="alert">
          {reason}
        </small>
      ) : null}
    </fieldset>
  );
}
