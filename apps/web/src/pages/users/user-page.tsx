import type { UserAccount } from '@app/contract';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { Async } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { beijingTime } from '../registers/format';
import { Done } from '../registers/action-panel';
import { PasswordReset } from './password-reset';
import { EraseUser, InspectorLink, UserStatus } from './user-acts';
import { UserRoles } from './user-roles';
import '../registers/registers.css';

/** One official's account: who they are, their roles and grants waiting, and the acts on it. */
export function UserPage() {
  const { t } = useI18n();
  const { userId = '' } = useParams();
  const user = useApi<UserAccount>(`/api/users/${encodeURIComponent(userId)}`);
  const departments = useDepartments();
  const [done, setDone] = useState<string>();
  const acted = (message: string) => {
    setDone(message);
    user.reload();
  };
  return (
    <div className="rx-page">
      <p>
        <Link to="/users">{t('users.page.back')}</Link>
      </p>
      <Async loaded={user} keep>
        {(u) => (
          <>
            <h1>{t('users.page.title', { name: u.name })}</h1>
            <Done message={done} />
            <section className="card" aria-labelledby="user-account">
              <h2 id="user-account">{t('users.page.account')}</h2>
              <dl className="facts">
                {(
                  [
                    [t('users.name'), u.name],
                    [t('users.department'), departments.nameOf(u.departmentId)],
                    [t('users.post'), u.post],
                    [t('users.employeeNumber'), u.employeeNumber],
                    [t('users.mobile'), u.erased ? t('users.erased') : (u.mobile ?? '')],
                    [t('users.status'), t(`users.status.${u.status}`)],
                    [t('users.registeredAt'), beijingTime(u.registeredAt)],
                  ] as const
                ).map(([label, value]) => (
                  <div key={label} style={{ display: 'contents' }}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
              <PasswordReset user={u} />
            </section>
            <UserRoles user={u} onDone={acted} />
            <UserStatus user={u} onDone={acted} />
            <InspectorLink key={u.inspectorId ?? ''} user={u} onDone={acted} />
            {u.status === 'disabled' ? <EraseUser user={u} onDone={acted} /> : null}
          </>
        )}
      </Async>
    </div>
  );
}
