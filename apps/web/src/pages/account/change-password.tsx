import { type FormEvent, useState } from 'react';
import { type ApiFailure, callApi } from '../../api/client';
import { asFailure } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { NewPasswordFields } from '../../components/new-password-fields';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';

/** PUT /api/auth/password: the current password, and a new one by the policy, typed twice. */
export function ChangePassword() {
  const { t } = useI18n();
  const { session } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure>();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [differ, setDiffer] = useState(false);
  const [done, setDone] = useState(false);
  const change = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await callApi('PUT', '/api/auth/password', {
        token: session?.token,
        body: { currentPassword: current, newPassword: next },
      });
      setDone(true);
      setCurrent('');
      setNext('');
      setAgain('');
    } catch (failure) {
      setError(asFailure(failure));
    } finally {
      setBusy(false);
    }
  };
  const run = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setDiffer(next !== again);
    if (next === again) void change();
  };
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.passwordTitle')}</h2>
      <form onSubmit={run} className="grid">
        <Field label={t('account.currentPassword')} name="currentPassword" error={error} required>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              maxLength={128}
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              required
            />
          )}
        </Field>
        <NewPasswordFields
          labels={{
            next: t('account.newPassword'),
            again: t('account.confirmPassword'),
            notSame: t('account.notSame'),
          }}
          next={next}
          again={again}
          onNext={setNext}
          onAgain={setAgain}
          differ={differ}
          error={error}
        />
        <div>
          <button type="submit" disabled={busy}>
            {t('account.change')}
          </button>
        </div>
        <ActionError error={error} />
        <p className={done ? 'act-outcome' : 'visually-hidden'} role="status" aria-live="polite">
          {done ? t('account.changed') : ''}
        </p>
      </form>
    </section>
  );
}
