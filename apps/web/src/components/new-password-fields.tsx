import { fieldRuleMessage } from '@app/domain/refusals/refusal-messages';
import type { ApiFailure } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Field } from './field';

/** A new password by the policy, typed twice; `differ` says the two were not the same. */
export function NewPasswordFields({
  labels,
  next,
  again,
  onNext,
  onAgain,
  differ,
  error,
}: {
  labels: { next: string; again: string; notSame: string };
  next: string;
  again: string;
  onNext: (value: string) => void;
  onAgain: (value: string) => void;
  differ: boolean;
  error?: ApiFailure;
}) {
  const { locale } = useI18n();
  return (
    <>
      <Field
        label={labels.next}
        name="newPassword"
        error={error}
        hint={fieldRuleMessage(locale, 'passwordPolicy')}
        required
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            maxLength={128}
            value={next}
            onChange={(e) => onNext(e.target.value)}
            required
          />
        )}
      </Field>
      <Field label={labels.again} required>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            maxLength={128}
            value={again}
            onChange={(e) => onAgain(e.target.value)}
            aria-invalid={differ || undefined}
            required
          />
        )}
      </Field>
      {differ ? (
        <p className="field-error" role="alert">
          {labels.notSame}
        </p>
      ) : null}
    </>
  );
}
