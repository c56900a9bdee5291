import type { UserAccount } from '@app/contract';
import { useState } from 'react';
import { useCommand } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { ReasonForm } from '../registers/reason-form';
import { useInspectors } from '../tasks/use-names';

/** 账号状态: disable with a reason (effective on the user's next request), or enable again. */
export function UserStatus({ user, onDone }: { user: UserAccount; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const command = useCommand();
  const path = (act: string) => `/api/users/${encodeURIComponent(user.id)}/${act}`;
  return (
    <section className="card" aria-labelledby="user-status">
      <h2 id="user-status">{t('users.status.title')}</h2>
      {user.status === 'active' ? (
        <ReasonForm
          reasonLabel={t('users.status.disableReason')}
          confirmLabel={t('users.status.disable')}
          error={command.error}
          busy={command.busy}
          onSubmit={(reason) =>
            void command.run('POST', path('disable'), { reason }).then((ok) => {
              if (ok) onDone(t('users.status.disabledDone'));
            })
          }
        />
      ) : (
        <div className="action-row">
          <button
            type="button"
            className="primary"
            disabled={command.busy}
            onClick={() =>
              void command.run('POST', path('enable')).then((ok) => {
                if (ok) onDone(t('users.status.enabledDone'));
              })
            }
          >
            {t('users.status.enable')}
          </button>
          <ActionError error={command.error} />
        </div>
      )}
    </section>
  );
}

/** 关联执法检查人员: one inspector of the user's own department's directory. */
export function InspectorLink({ user, onDone }: { user: UserAccount; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const command = useCommand();
  const inspectors = useInspectors([user.departmentId]);
  const choices = [...inspectors.byId.values()];
  const [chosen, setChosen] = useState(user.inspectorId ?? '');
  const inspectorId = chosen || choices[0]?.id || '';
  const link = async () => {
    const sent = await command.run('POST', `/api/users/${encodeURIComponent(user.id)}/inspector-link`, {
      inspectorId,
    });
    if (sent) onDone(t('users.inspector.linked', { name: inspectors.name(inspectorId) }));
  };
  return (
    <section className="card" aria-labelledby="user-inspector">
      <h2 id="user-inspector">{t('users.inspector.title')}</h2>
      <p className="field-hint">{t('users.inspector.intro')}</p>
      <p>
        {t('users.inspector')}：
        {user.inspectorId ? (
          <span title={user.inspectorId}>{inspectors.name(user.inspectorId)}</span>
        ) : (
          t('users.noInspector')
        )}
      </p>
      {choices.length === 0 ? (
        inspectors.loaded.loading ? null : (
          <p>{t('users.inspector.none')}</p>
        )
      ) : (
        <form
          className="action-row"
          onSubmit={(e) => {
            e.preventDefault();
            void link();
          }}
        >
          <Field label={t('users.inspector.choose')} name="inspectorId" error={command.error} required>
            {(props) => (
              <select {...props} value={inspectorId} onChange={(e) => setChosen(e.target.value)}>
                {choices.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="primary" disabled={command.busy}>
            {t('users.inspector.link')}
          </button>
        </form>
      )}
      <ActionError error={command.error} />
    </section>
  );
}

/** 删除个人信息: a disabled account's mobile number, by destroying its key. */
export function EraseUser({ user, onDone }: { user: UserAccount; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const command = useCommand();
  if (user.erased) return null;
  return (
    <section className="card" aria-labelledby="user-erase">
      <h2 id="user-erase">{t('users.erase.title')}</h2>
      <ReasonForm
        hint={t('users.erase.intro')}
        reasonLabel={t('users.erase.reason')}
        confirmLabel={t('users.erase.submit')}
        error={command.error}
        busy={command.busy}
        onSubmit={(reason) =>
          void command
            .run('POST', `/api/users/${encodeURIComponent(user.id)}/erase`, { reason })
            .then((ok) => {
              if (ok) onDone(t('users.erase.done'));
            })
        }
      />
    </section>
  );
}
