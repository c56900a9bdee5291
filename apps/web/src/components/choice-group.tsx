import { type ReactNode, useId } from 'react';
import type { ApiFailure } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useRefusals } from './refusals/use-refusals';
import { toggled } from './toggled';

/**
 * Checkboxes under one legend, with the api's reason for refusing the field they fill (matched on
 * `name` in the 400's details) beside them, as Field does for a single control.
 */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  error,
  options,
  chosen,
  onChange,
  hint,
  required,
  children,
}: {
  legend: string;
  /** At least one box must be ticked. */
  required?: boolean;
  /** The field's name as the api names it. */
  name?: string;
  error?: ApiFailure;
  /** The boxes: each value and its label. */
  options: readonly { value: V; label: ReactNode }[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  hint?: string;
  /** More content inside the group, after the boxes. */
  children?: ReactNode;
}) {
  const id = useId();
  const { reasonFor } = useRefusals();
  const reason = name ? reasonFor(error, name) : undefined;
  return (
    <ChoiceFieldset legend={legend} id={id} hint={hint} reason={reason} required={required}>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(e) => onChange(toggled(chosen, option.value, e.target.checked))}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </ChoiceFieldset>
  );
}

/**
 * A fieldset of choices (checkboxes, radios) under its legend, with a hint and the api's reason;
 * ChoiceGroup fills it with checkboxes, and forms with other choices fill it themselves.
 */
export function ChoiceFieldset({
  legend,
  id,
  hint,
  reason,
  className,
  required,
  children,
}: {
  legend: string;
  /** Marked beside the legend, and said to screen readers (a group has no aria-required). */
  required?: boolean;
  /** The base of the hint's and the reason's ids (from useId). */
  id: string;
  hint?: ReactNode;
  reason?: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const describedBy = [hint ? `${id}-hint` : '', reason ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field choice-group${className ? ` ${className}` : ''}${reason ? ' field-invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={reason ? true : undefined}
    >
      <legend>
        {legend}
        {required ? (
          <>
            <span className="required-mark" aria-hidden="true">
              *
            </span>
            <span className="visually-hidden">{t('common.required')}</span>
          </>
        ) : null}
      </legend>
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
