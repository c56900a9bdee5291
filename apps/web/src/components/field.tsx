import { type ReactNode, useId } from 'react';
import type { ApiFailure } from '../api/client';
import { useRefusals } from './refusals/use-refusals';

/**
 * A labelled form control, with the api's reason for refusing this field next to it (matched on
 * the field's name in the 400's `details`).
 */
export function Field({
  label,
  name,
  error,
  hint,
  required,
  children,
}: {
  label: string;
  /** The api refuses the form without it: marked beside the label, and `aria-required` on the control. */
  required?: boolean;
  /** The field's name as the api names it, e.g. `sampling.count`. */
  name?: string;
  error?: ApiFailure;
  hint?: string;
  children: (props: {
    id: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
    'aria-required'?: boolean;
  }) => ReactNode;
}) {
  const id = useId();
  const { reasonFor } = useRefusals();
  const reason = name ? reasonFor(error, name) : undefined;
  const describedBy = [hint ? `${id}-hint` : '', reason ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${reason ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {children({
        id,
        ...(required ? { 'aria-required': true } : {}),
        ...(reason ? { 'aria-invalid': true } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
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
    </div>
  );
}

/** The visible mark of a required field (screen readers hear `aria-required` instead). */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      *
    </span>
  );
}

/** A refusal that concerns no one field (403, 409 naming the rule), shown by the action. */
export function ActionError({ error }: { error?: ApiFailure }) {
  const { message } = useRefusals();
  if (!error || (Array.isArray(error.details) && error.status === 400)) return null;
  return (
    <p className="action-error" role="alert" data-code={error.code} title={error.code}>
      {message(error)}
    </p>
  );
}
