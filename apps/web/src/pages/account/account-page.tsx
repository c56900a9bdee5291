import { useApi } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ChangePassword } from './change-password';
import { OwnSessions } from './own-sessions';

/** GET /api/auth/me: who the api says is signed in (a role granted since sign-in shows at once). */
interface Me {
  id: string;
  name: string;
  departmentId: string;
  roles: string[];
  sessionId: string | null;
}

/** An official's own page: who they are, their sign-in sessions, their password. */
export function AccountPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { nameOf } = useDepartments();
  const me = useApi<Me>('/api/auth/me');
  const who = me.data ?? (session ? { ...session, id: session.userId, sessionId: null } : undefined);
  const signedIn = session?.sessionId !== undefined;
  return (
    <>
      <h1>{t('account.title')}</h1>
      {who ? (
        <section className="card" aria-labelledby="who-title">
          <h2 id="who-title" className="visually-hidden">
            {t('account.name')}
          </h2>
          <dl className="facts">
            <dt>{t('account.name')}</dt>
            <dd>{who.name}</dd>
            <dt>{t('account.department')}</dt>
            <dd>{nameOf(who.departmentId)}</dd>
            <dt>{t('account.roles')}</dt>
            <dd>
              {who.roles.length > 0
                ? who.roles
                    .map((r) => t(`common.role.${r}` as 'common.role.admin'))
                    .join(t('common.listSeparator'))
                : t('account.noRoles')}
            </dd>
          </dl>
        </section>
      ) : null}
      {signedIn ? (
        <>
          <OwnSessions />
          <ChangePassword />
        </>
      ) : (
        <p className="state">{t('account.serviceToken')}</p>
      )}
    </>
  );
}
