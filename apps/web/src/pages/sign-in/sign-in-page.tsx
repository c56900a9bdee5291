import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { callApi } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { PasswordForm } from './password-form';
import { endedWords, oidcErrorWords } from './sign-in-words';
import { TokenForm } from './token-form';

/**
 * Sign-in: department, employee number and password (or the unified identity platform, where the
 * deployment has one); `?with=token` pastes a service token instead, and a `#token=` link signs in
 * with one at once.
 */
export function SignInPage() {
  const { t, locale, setLocale } = useI18n();
  const { signIn, signOut, beginCookieSession, ended } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [tokenProblem, setTokenProblem] = useState<string>();
  const withToken = params.get('with') === 'token' || location.hash.includes('token=') || !!tokenProblem;
  // The route answers 404 until a deployment offers it: then there is no such button.
  const methods = useApi<{ oidc?: boolean }>('/api/auth/methods');

  const onward = useCallback(() => {
    const from = (location.state as { from?: string } | null)?.from;
    void navigate(from && !from.startsWith('/sign-in') ? from : '/', { replace: true });
  }, [navigate, location.state]);

  const enterWithToken = useCallback(
    async (given: string) => {
      const session = signIn(given);
      if (!session) return setTokenProblem(t('nav.tokenInvalid'));
      if (session.expiresAt !== undefined && session.expiresAt <= Date.now()) {
        signOut();
        return setTokenProblem(t('nav.tokenExpired'));
      }
      try {
        // The api checks the signature: a token it did not sign is refused here, not on the next page.
        await callApi('GET', '/api/departments', { token: session.token });
      } catch (error) {
        if ((error as { status?: number }).status === 401) {
          signOut();
          return setTokenProblem(t('nav.tokenInvalid'));
        }
      }
      onward();
    },
    [signIn, signOut, onward, t],
  );

  // A sign-in link (`/sign-in#token=…`) signs in at once; the fragment never reaches the server,
  // and it is removed from the address bar.
  useEffect(() => {
    const given = new URLSearchParams(location.hash.slice(1)).get('token');
    if (!given) return;
    window.history.replaceState(null, '', location.pathname);
    void enterWithToken(given);
  }, [location.hash, location.pathname, enterWithToken]);

  const afterPassword = useCallback(async () => {
    if (await beginCookieSession()) onward();
  }, [beginCookieSession, onward]);

  const notice = ended ? endedWords(locale, ended) : oidcErrorWords(locale, params.get('error'));
  return (
    <div className="sign-in">
      <div className="sign-in-card">
        {notice ? (
          <p className="sign-in-notice" role="status">
            {notice}
          </p>
        ) : null}
        {withToken ? (
          <TokenForm problem={tokenProblem} onToken={(token) => void enterWithToken(token)} />
        ) : (
          <PasswordForm onSignedIn={afterPassword} />
        )}
        {!withToken && methods.data?.oidc === true ? (
          <p className="sign-in-other">
            <span>{t('signIn.or')}</span>{' '}
            <a className="button" href="/api/auth/oidc/start">
              {t('signIn.oidc')}
            </a>
          </p>
        ) : null}
        <p className="sign-in-links">
          {withToken ? (
            <Link to="/sign-in" onClick={() => setTokenProblem(undefined)}>
              {t('signIn.withPassword')}
            </Link>
          ) : (
            <Link to="/sign-in?with=token">{t('signIn.withToken')}</Link>
          )}{' '}
          · <Link to="/public">{t('nav.toPublicPortal')}</Link> ·{' '}
          <button type="button" className="link" onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
            {t('common.language')}
          </button>
        </p>
      </div>
    </div>
  );
}
