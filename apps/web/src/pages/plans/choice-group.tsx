import { type ReactNode, useId } from 'react';
import type { ApiFailure } from '../../api/client';

/**
 * Checkboxes under one legend, with the api's reason for refusing the field (its name in the 400's
 * details) beside them, as Field does for a single control.
 */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  error,
  options,
  chosen,
  onChange,
  labelOf,
  hint,
  children,
}: {
  legend: string;
  name?: string;
  error?: ApiFailure;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  labelOf: (option: T) => ReactNode;
  hint?: string;
  children?: ReactNode;
}) {
  const id = useId();
  const reason = name ? error?.reasonFor(name) : undefined;
  const toggle = (option: T, on: boolean) =>
    onChange(on ? [...chosen, option] : chosen.filter((c) => c !== option));
  return (
    <fieldset
      className={`plans-choices${reason ? ' field-invalid' : ''}`}
      aria-describedby={
        [hint ? `${id}-hint` : '', reason ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
      }
      aria-invalid={reason ? true : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="plans-choice">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(e) => toggle(option, e.target.checked)}
          />{' '}
          {labelOf(option)}
        </label>
      ))}
      {children}
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
