import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { NewPasswordFields } from '../../components/new-password-fields';
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
  const { t } = useI18n();
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
      <NewPasswordFields
        labels={{
          next: t('signIn.newPassword'),
          again: t('signIn.confirmPassword'),
          notSame: t('signIn.notSame'),
        }}
        next={next}
        again={again}
        onNext={setNext}
        onAgain={setAgain}
        differ={differ}
        error={failure}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('signIn.setAndSignIn')}
      </button>
      <button type="button" className="link align-start" onClick={onBack}>
        {t('signIn.back')}
      </button>
    </form>
  );
}
