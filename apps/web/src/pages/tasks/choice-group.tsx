import { useId } from 'react';
import type { ApiFailure } from '../../api/client';
import { toggled } from './task-form';

/**
 * Checkboxes under one legend, with the api's 400 reason for the field they fill (matched on
 * `name`, as Field does for a single control).
 */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  error,
  options,
  chosen,
  onChange,
  hint,
}: {
  legend: string;
  name?: string;
  error?: ApiFailure;
  options: readonly { value: V; label: string; hint?: string }[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  hint?: string;
}) {
  const id = useId();
  const reason = name ? error?.reasonFor(name) : undefined;
  const describedBy = [hint ? `${id}-hint` : '', reason ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field choice-group${reason ? ' field-invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={reason ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice" title={option.hint}>
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(e) => onChange(toggled(chosen, option.value, e.target.checked))}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
      {hint ? (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      ) : null}
      {reason ? (
        <small id={`${id}-error`} className="field-error" role="alert">
          {reason}
        </small>
      ) : null}
    </fieldset>
  );
}
