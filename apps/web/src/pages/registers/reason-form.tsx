import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { FormActions } from './form-parts';

/** An act that needs a stated reason (retire, deregister, re-rate, erase…), with any other fields it takes. */
export function ReasonForm({
  reasonLabel,
  confirmLabel,
  hint,
  error,
  busy,
  onSubmit,
  reasonField = 'reason',
  fields = {},
  children,
}: {
  reasonLabel: string;
  confirmLabel: string;
  hint?: string;
  error?: ApiFailure;
  busy: boolean;
  onSubmit: (reason: string) => void;
  /** The field's name as the api names it. */
  reasonField?: string;
  /** The other fields the children show, by the api's names, with their labels. */
  fields?: Readonly<Record<string, string>>;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(reason.trim());
  };
  return (
    <form className="rx-reason-form" onSubmit={submit} noValidate>
      {hint ? <p className="rx-muted">{hint}</p> : null}
      {children}
      <Field label={reasonLabel} name={reasonField} error={error} required>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            cols={60}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
          />
        )}
      </Field>
      <FormActions
        label={confirmLabel}
        busy={busy}
        error={error}
        fields={[reasonField, ...Object.keys(fields)]}
        labels={{ [reasonField]: reasonLabel, ...fields }}
      />
    </form>
  );
}
