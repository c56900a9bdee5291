import { fieldRuleMessage } from '@app/domain/refusals/refusal-messages';
import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';

/** The first sign-in's second step: a password of the official's own, by the policy, typed twice. */
export function NewPasswordStep({
  busy,
  failure,
  onSubmit,
  onBack,
}: {
  busy: boolean;
  failure?: ApiFailure;
  onSubmit: (newPassword: string) => void;
  onBack: () => void;
}) {
  const { t, locale } = useI18n();
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [differ, setDiffer] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const same = next === again;
    setDiffer(!same);
    if (same) onSubmit(next);
  };
  return (
    <form onSubmit={submit} aria-labelledby="new-password-title">
      <h1 id="new-password-title">{t('signIn.newPasswordTitle')}</h1>
      <p>{t('signIn.newPasswordIntro')}</p>
      <Field
        label={t('signIn.newPassword')}
        name="newPassword"
        error={failure}
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
            onChange={(e) => setNext(e.target.value)}
            required
          />
        )}
      </Field>
      <Field label={t('signIn.confirmPassword')} required>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            maxLength={128}
            value={again}
            onChange={(e) => setAgain(e.target.value)}
            aria-invalid={differ || undefined}
            required
          />
        )}
      </Field>
      {differ ? (
        <p className="field-error" role="alert">
          {t('signIn.notSame')}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {t('signIn.setAndSignIn')}
      </button>
      <button type="button" className="link align-start" onClick={onBack}>
        {t('signIn.back')}
      </button>
    </form>
  );
}
