import { type FormEvent, useState } from 'react';
import { type ApiFailure, callApi } from '../../api/client';
import { asFailure } from '../../api/use-api';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { DepartmentField } from './department-field';
import { NewPasswordStep } from './new-password-step';
import { signInRefusalWords } from './sign-in-words';

export interface Credentials {
  department: string;
  employeeNumber: string;
  password: string;
}

/**
 * Department, employee number and password → POST /api/auth/sign-in (cookie delivery). At the first
 * sign-in after a reset the api asks for a new password first (PASSWORD_CHANGE_REQUIRED): the same
 * sign-in is sent again with it.
 */
export function PasswordForm({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const [credentials, setCredentials] = useState<Credentials>({
    department: '',
    employeeNumber: '',
    password: '',
  });
  const [mustChange, setMustChange] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);

  const send = async (newPassword?: string) => {
    setBusy(true);
    setProblem(undefined);
    setFailure(undefined);
    try {
      await callApi('POST', '/api/auth/sign-in', {
        body: { ...credentials, delivery: 'cookie', ...(newPassword ? { newPassword } : {}) },
      });
      await onSignedIn();
    } catch (error) {
      const refusal = asFailure(error);
      if (refusal.code === 'PASSWORD_CHANGE_REQUIRED') {
        setMustChange(true);
      } else if (refusal.status === 400 && refusal.problemFor('newPassword')) {
        setFailure(refusal);
      } else {
        // A refusal of the sign-in itself goes back to the first step, which shows it.
        if (newPassword) setMustChange(false);
        setProblem(signInRefusalWords(locale, refusal, new Date()));
      }
    } finally {
      setBusy(false);
    }
  };

  if (mustChange) {
    return (
      <NewPasswordStep
        busy={busy}
        failure={failure}
        onSubmit={(newPassword) => void send(newPassword)}
        onBack={() => {
          setMustChange(false);
          setCredentials((c) => ({ ...c, password: '' }));
        }}
      />
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const set = (key: keyof Credentials) => (value: string) => setCredentials((c) => ({ ...c, [key]: value }));
  return (
    <form onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('nav.signInTitle')}</h1>
      <DepartmentField value={credentials.department} onChange={set('department')} />
      <Field label={t('signIn.employeeNumber')} required>
        {(props) => (
          <input
            {...props}
            name="employeeNumber"
            autoComplete="username"
            maxLength={64}
            value={credentials.employeeNumber}
            onChange={(e) => set('employeeNumber')(e.target.value)}
            required
          />
        )}
      </Field>
      <Field label={t('signIn.password')} required>
        {(props) => (
          <input
            {...props}
            type="password"
            name="password"
            autoComplete="current-password"
            maxLength={128}
            value={credentials.password}
            onChange={(e) => set('password')(e.target.value)}
            required
          />
        )}
      </Field>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
