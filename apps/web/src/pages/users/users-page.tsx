import type { UserAccount } from '@app/contract';
import { USER_STATUSES } from '@app/domain/users/user-events';
import { useState } from 'react';
import { Link } from 'react-router';
import { isOneOf } from '../../api/vocabulary';
import { useDepartments } from '../../api/use-departments';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { ActionPanel, Done } from '../registers/action-panel';
import { usePagedList } from '../registers/use-paged-list';
import { useInspectors } from '../tasks/use-names';
import { RegisterUserForm } from './register-user-form';
import { useRoleTitles } from './user-words';
import '../registers/registers.css';

type Status = (typeof USER_STATUSES)[number];

/** 用户与角色: the officials' accounts by department and status; registering one (administrators). */
export function UsersPage() {
  const { t } = useI18n();
  const departments = useDepartments();
  const roles = useRoleTitles();
  const [departmentId, setDepartmentId] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const list = usePagedList<UserAccount>('/api/users', {
    departmentId: departmentId || undefined,
    status: status || undefined,
  });
  const inspectors = useInspectors(list.rows.flatMap((u) => (u.inspectorId ? [u.departmentId] : [])));
  const inspectorName = (u: UserAccount) => (u.inspectorId ? inspectors.name(u.inspectorId) : '');
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string>();

  const columns: Column<UserAccount>[] = [
    {
      heading: t('users.name'),
      cell: (u) => <Link to={`/users/${encodeURIComponent(u.id)}`}>{u.name}</Link>,
      csv: (u) => u.name,
    },
    {
      heading: t('users.department'),
      cell: (u) => <span title={u.departmentId}>{departments.nameOf(u.departmentId)}</span>,
      csv: (u) => departments.nameOf(u.departmentId),
    },
    { heading: t('users.post'), cell: (u) => u.post, csv: (u) => u.post },
    {
      heading: t('users.roles'),
      cell: (u) => (
        <>
          {roles.titles(u)}
          {u.pendingRoleRequests.length ? (
            <>
              {' '}
              <span className="badge badge-warn">
                {t('users.pendingBadge', { n: u.pendingRoleRequests.length })}
              </span>
            </>
          ) : null}
        </>
      ),
      csv: (u) => roles.titles(u),
    },
    {
      heading: t('users.status'),
      cell: (u) => (
        <span className={`badge ${u.status === 'active' ? 'badge-ok' : 'badge-warn'}`}>
          {t(`users.status.${u.status}`)}
        </span>
      ),
      csv: (u) => t(`users.status.${u.status}`),
    },
    {
      heading: t('users.inspector'),
      cell: (u) =>
        u.inspectorId ? <span title={u.inspectorId}>{inspectorName(u)}</span> : t('users.noInspector'),
      csv: inspectorName,
    },
  ];

  return (
    <div className="rx-page">
      <h1>{t('users.list.title')}</h1>
      <p className="rx-intro">{t('users.list.intro')}</p>
      <p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setDone(undefined);
            setAdding(true);
          }}
        >
          {t('users.register.open')}
        </button>
      </p>
      <Done message={done} />
      {adding ? (
        <ActionPanel title={t('users.register.open')} onClose={() => setAdding(false)}>
          <RegisterUserForm
            departments={departments.departments}
            onDone={(name) => {
              setAdding(false);
              setDone(t('users.register.done', { name }));
              list.reload();
            }}
          />
        </ActionPanel>
      ) : null}
      <div className="card rx-filters" role="search" aria-label={t('users.list.filter')}>
        <Field label={t('users.department')} name="departmentId">
          {(props) => (
            <select {...props} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
              <option value="">{t('users.list.allDepartments')}</option>
              {departments.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('users.status')} name="status">
          {(props) => (
            <select
              {...props}
              value={status}
              onChange={(e) => setStatus(isOneOf(USER_STATUSES, e.target.value) ? e.target.value : '')}
            >
              <option value="">{t('users.list.allStatuses')}</option>
              {USER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`users.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Async loaded={list} keep>
        {() => (
          <DataTable
            caption={t('users.list.caption', { n: list.rows.length })}
            columns={columns}
            rows={list.rows}
            rowKey={(u) => u.id}
            csvName="users"
            onNextPage={list.onNextPage}
            onPreviousPage={list.onPreviousPage}
          />
        )}
      </Async>
    </div>
  );
}
