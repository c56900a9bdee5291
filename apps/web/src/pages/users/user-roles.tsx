import type { PendingRoleRequest, RoleGrantAnswer, UserAccount } from '@app/contract';
import { ROLES, type Role } from '@app/domain/roles';
import { useState } from 'react';
import { useCommand } from '../../api/use-api';
import { useUserNames } from '../../api/use-user-names';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { ActionError } from '../../components/field';
import { Person } from '../../components/person';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { beijingTime } from '../registers/format';
import { ActionPanel } from '../registers/action-panel';
import { WordSelect } from '../registers/form-parts';
import { ReasonForm } from '../registers/reason-form';
import { useRoleTitles } from './user-words';

type Panel = { act: 'revoke'; role: Role } | { act: 'reject'; request: PendingRoleRequest };

/**
 * 角色: the roles held, with revoke; a grant, at once or as a request (admin, principal) that
 * another administrator approves here. The requester sees their own request waiting, never an
 * approve button (the api refuses it anyway).
 */
export function UserRoles({ user, onDone }: { user: UserAccount; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const me = useSession().session?.userId;
  const roles = useRoleTitles();
  const users = useUserNames(user.pendingRoleRequests.map((r) => r.requesterId));
  const command = useCommand<RoleGrantAnswer | UserAccount>();
  const confirmation = useConfirmation();
  const [panel, setPanel] = useState<Panel>();
  const grantable = ROLES.filter(
    (r) => !user.roles.includes(r) && !user.pendingRoleRequests.some((p) => p.role === r),
  );
  const [role, setRole] = useState<Role | undefined>(grantable[0]);
  const chosen = role && grantable.includes(role) ? role : grantable[0];
  const path = (rest: string) => `/api/users/${encodeURIComponent(user.id)}${rest}`;

  const grant = async () => {
    if (!chosen) return;
    const answer = (await command.run('POST', path('/roles'), { role: chosen })) as
      RoleGrantAnswer | undefined;
    if (!answer) return;
    const key = answer.status === 'requested' ? 'users.roles.requested' : 'users.roles.granted';
    onDone(t(key, { role: roles.title(chosen) }));
  };
  const revoke = async (revoked: Role, reason: string) => {
    if (await command.run('DELETE', path(`/roles/${revoked}`), { reason })) {
      setPanel(undefined);
      onDone(t('users.roles.revoked', { role: roles.title(revoked) }));
    }
  };
  const approve = async (request: PendingRoleRequest) => {
    if (await command.run('POST', path(`/role-requests/${encodeURIComponent(request.requestId)}/approve`)))
      onDone(t('users.requests.approved', { name: user.name, role: roles.title(request.role) }));
  };
  const reject = async (request: PendingRoleRequest, reason: string) => {
    const sent = await command.run(
      'POST',
      path(`/role-requests/${encodeURIComponent(request.requestId)}/reject`),
      { reason },
    );
    if (sent) {
      setPanel(undefined);
      onDone(t('users.requests.rejected'));
    }
  };
  const [approving, setApproving] = useState<PendingRoleRequest>();

  const requestColumns: Column<PendingRoleRequest>[] = [
    { heading: t('users.requests.role'), cell: (r) => roles.title(r.role) },
    {
      heading: t('users.requests.requester'),
      cell: (r) => <Person id={r.requesterId} name={users.nameOf} />,
    },
    { heading: t('users.requests.requestedAt'), cell: (r) => beijingTime(r.requestedAt) },
    {
      heading: t('users.requests.actions'),
      cell: (r) =>
        r.requesterId === me ? (
          <>
            <span className="badge badge-warn">{t('users.requests.ownPending')}</span>{' '}
            <button type="button" onClick={() => open({ act: 'reject', request: r })}>
              {t('users.requests.withdraw')}
            </button>
          </>
        ) : (
          <span className="action-row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                command.clear();
                setApproving(r);
                confirmation.ask(() => void approve(r));
              }}
            >
              {t('users.requests.approve')}
            </button>
            <button type="button" onClick={() => open({ act: 'reject', request: r })}>
              {t('users.requests.reject')}
            </button>
          </span>
        ),
    },
  ];
  const open = (next: Panel) => {
    command.clear();
    setPanel(next);
  };

  return (
    <section className="card" aria-labelledby="user-roles">
      <h2 id="user-roles">{t('users.roles.title')}</h2>
      {user.roles.length === 0 ? (
        <p>{t('users.noRoles')}</p>
      ) : (
        <ul className="rx-role-list">
          {user.roles.map((r) => (
            <li key={r}>
              {roles.title(r)}{' '}
              <button
                type="button"
                aria-label={t('users.roles.revokeOf', { role: roles.title(r) })}
                onClick={() => open({ act: 'revoke', role: r })}
              >
                {t('users.roles.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {user.pendingRoleRequests.length ? (
        <>
          <h3>{t('users.requests.title')}</h3>
          <DataTable
            caption={t('users.requests.caption')}
            columns={requestColumns}
            rows={user.pendingRoleRequests}
            rowKey={(r) => r.requestId}
          />
        </>
      ) : null}
      {panel?.act === 'revoke' ? (
        <ActionPanel
          title={t('users.roles.revokeOf', { role: roles.title(panel.role) })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            reasonLabel={t('users.roles.revokeReason')}
            confirmLabel={t('users.roles.revoke')}
            error={command.error}
            busy={command.busy}
            onSubmit={(reason) => void revoke(panel.role, reason)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'reject' ? (
        <ActionPanel
          title={t(
            panel.request.requesterId === me ? 'users.requests.withdrawOf' : 'users.requests.rejectOf',
            {
              role: roles.title(panel.request.role),
            },
          )}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            reasonLabel={t('users.requests.rejectReason')}
            confirmLabel={t(
              panel.request.requesterId === me ? 'users.requests.withdraw' : 'users.requests.reject',
            )}
            error={command.error}
            busy={command.busy}
            onSubmit={(reason) => void reject(panel.request, reason)}
          />
        </ActionPanel>
      ) : null}
      <h3>{t('users.roles.grant')}</h3>
      <p className="field-hint">{t('users.roles.needsApproval')}</p>
      {chosen ? (
        <form
          className="action-row"
          onSubmit={(e) => {
            e.preventDefault();
            void grant();
          }}
        >
          <WordSelect
            name="role"
            label={t('users.roles.grant')}
            words={grantable}
            wordLabel={roles.title}
            value={chosen}
            error={panel ? undefined : command.error}
            onChange={setRole}
          />
          <button type="submit" className="primary" disabled={command.busy}>
            {t('users.roles.grantSubmit')}
          </button>
        </form>
      ) : (
        <p>{t('users.roles.noneToGrant')}</p>
      )}
      {panel ? null : <ActionError error={command.error} />}
      {approving ? (
        <ConfirmDialog
          control={confirmation}
          title={t('users.requests.approveTitle', { role: roles.title(approving.role) })}
          confirmLabel={t('users.requests.approve')}
        >
          <p>{t('users.requests.approveBody', { name: user.name, role: roles.title(approving.role) })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
