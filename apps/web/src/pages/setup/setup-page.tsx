import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiFailure, callApi } from '../../api/client';
import { refusalWords } from '../../components/refusals/wording';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';

const FIELDS = [
  ['departmentId', 'setup.departmentId', 'text'],
  ['departmentName', 'setup.departmentName', 'text'],
  ['regionCode', 'setup.regionCode', 'text'],
  ['name', 'setup.name', 'text'],
  ['post', 'setup.post', 'text'],
  ['employeeNumber', 'setup.employeeNumber', 'text'],
  ['mobile', 'setup.mobile', 'tel'],
] as const satisfies readonly (readonly [string, MessageKey, string])[];
type Field = (typeof FIELDS)[number][0];

/**
 * The first start (`/setup#code=…`, printed once at start-up): the first administrator registers
 * their unit and account and sets their own password, then is signed in (the console's cookies).
 */
export function SetupPage() {
  const { t, locale } = useI18n();
  const location = useLocation();
  const [code] = useState(() => new URLSearchParams(location.hash.slice(1)).get('code') ?? '');
  const [done, setDone] = useState<boolean>();
  const [values, setValues] = useState<Record<Field | 'password' | 'again', string>>({
    departmentId: '',
    departmentName: '',
    regionCode: '',
    name: '',
    post: '',
    employeeNumber: '',
    mobile: '',
    password: '',
    again: '',
  });
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    // The code stays in this page's memory only: off the address bar and out of the history.
    if (location.hash) window.history.replaceState(null, '', location.pathname);
    void callApi<{ done: boolean }>('GET', '/api/auth/setup').then((answer) => setDone(answer.done));
  }, [location.hash, location.pathname]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.password !== values.again) return setProblem(t('setup.mismatch'));
    const { again: _again, ...body } = values;
    try {
      await callApi('POST', '/api/auth/setup', { body: { ...body, code } });
      window.location.assign('/');
    } catch (error) {
      setProblem(error instanceof ApiFailure ? refusalWords(locale, error) : String(error));
    }
  };

  const input = (field: Field | 'password' | 'again', label: MessageKey, type: string) => (
    <p key={field}>
      <label htmlFor={`setup-${field}`}>{t(label)}</label>
      <input
        id={`setup-${field}`}
        type={type}
        value={values[field]}
        autoComplete={field === 'password' || field === 'again' ? 'new-password' : 'off'}
        onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        required
      />
    </p>
  );

  return (
    <div className="sign-in">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        {done ? (
          <p role="status">
            {t('setup.done')} <Link to="/sign-in">{t('setup.toSignIn')}</Link>
          </p>
        ) : !code ? (
          <p role="alert">{t('setup.noCode')}</p>
        ) : (
          <>
            <p>{t('setup.intro')}</p>
            <fieldset>
              <legend>{t('setup.unit')}</legend>
              {FIELDS.slice(0, 3).map(([field, label, type]) => input(field, label, type))}
            </fieldset>
            <fieldset>
              <legend>{t('setup.person')}</legend>
              {FIELDS.slice(3).map(([field, label, type]) => input(field, label, type))}
              {input('password', 'setup.password', 'password')}
              <small>{t('setup.passwordHelp')}</small>
              {input('again', 'setup.passwordAgain', 'password')}
            </fieldset>
            {problem ? (
              <p className="field-error" role="alert">
                {problem}
              </p>
            ) : null}
            <button type="submit">{t('setup.submit')}</button>
          </>
        )}
      </form>
    </div>
  );
}
