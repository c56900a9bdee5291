import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { callApi } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';

/** Paste a token (the embedded default prints an administrator's when it starts). */
export function SignInPage() {
  const { t, locale, setLocale } = useI18n();
  const { signIn, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string>();

  const enter = useCallback(
    async (given: string) => {
      const session = signIn(given);
      if (!session) return setProblem(t('nav.tokenInvalid'));
      if (session.expiresAt !== undefined && session.expiresAt <= Date.now()) {
        signOut();
        return setProblem(t('nav.tokenExpired'));
      }
      try {
        // The api checks the signature: a token it did not sign is refused here, not on the next page.
        await callApi('GET', '/api/departments', { token: session.token });
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status === 401) {
          signOut();
          return setProblem(t('nav.tokenInvalid'));
        }
      }
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== '/sign-in' ? from : '/', { replace: true });
    },
    [signIn, signOut, navigate, location.state, t],
  );

  // A sign-in link (`/sign-in#token=…`, as the embedded default prints at start-up) signs in at
  // once; the fragment never reaches the server, and it is removed from the address bar.
  useEffect(() => {
    const given = new URLSearchParams(location.hash.slice(1)).get('token');
    if (!given) return;
    window.history.replaceState(null, '', location.pathname);
    void enter(given);
  }, [location.hash, location.pathname, enter]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void enter(token);
  };

  return (
    <div className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('nav.signInTitle')}</h1>
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
        <small id="token-help">{t('nav.tokenHelp')}</small>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit">{t('nav.signIn')}</button>
        <p>
          <Link to="/public">{t('nav.toPublicPortal')}</Link> ·{' '}
          <button type="button" className="link" onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
            {t('common.language')}
          </button>
        </p>
      </form>
    </div>
  );
}
