import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A service token pasted (integrations, automation, the browser tests). */
export function TokenForm({ problem, onToken }: { problem?: string; onToken: (token: string) => void }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onToken(token);
  };
  return (
    <form onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.tokenTitle')}</h1>
      <label htmlFor="token">{t('nav.tokenLabel')}</label>
      <textarea
        id="token"
        rows={5}
        value={token}
        onChange={(e) => setToken(e.target.value)}
        aria-describedby="token-help"
        aria-invalid={problem ? true : undefined}
        required
      />
      <small id="token-help">
        {t('nav.tokenHelp')} {t('signIn.tokenNote')}
      </small>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit">{t('nav.signIn')}</button>
    </form>
  );
}
