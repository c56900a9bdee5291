import type { SessionView } from '@app/projections/registers/sessions.projection';
import { useState } from 'react';
import { useApi, useCommand } from '../../api/use-api';
import { Async } from '../../components/states';
import { beijingTime } from '../../components/dates';
import { ActionError } from '../../components/field';
import { DataTable } from '../../components/table';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';

type OwnSession = SessionView & { current: boolean };

/** The official's sign-in sessions (GET /api/auth/sessions): end another, or sign out of this one. */
export function OwnSessions() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const sessions = useApi<{ items: OwnSession[] }>('/api/auth/sessions');
  const command = useCommand();
  const [done, setDone] = useState<string>();
  const end = async (s: OwnSession) => {
    setDone(undefined);
    await command.run('DELETE', `/api/auth/sessions/${encodeURIComponent(s.id)}`);
    setDone(t('account.ended'));
    sessions.reload();
  };
  const state = (s: OwnSession) => {
    if (s.endedAt) {
      const why = s.endReason ? t(`account.why.${s.endReason}` as MessageKey) : '';
      return t('account.endedAt', { time: beijingTime(s.endedAt), why });
    }
    return s.current ? t('account.current') : t('account.active');
  };
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessionsTitle')}</h2>
      <p className={done ? 'act-outcome' : 'visually-hidden'} role="status" aria-live="polite">
        {done}
      </p>
      <ActionError error={command.error} />
      <Async loaded={sessions} keep>
        {(data) => (
          <DataTable
            caption={t('account.sessionsCaption')}
            rows={data.items}
            rowKey={(s) => s.id}
            actionsLast
            columns={[
              { heading: t('account.started'), cell: (s) => beijingTime(s.startedAt) },
              { heading: t('account.method'), cell: (s) => t(`account.method.${s.method}` as MessageKey) },
              { heading: t('account.state'), cell: state },
              {
                heading: t('account.actions'),
                cell: (s) =>
                  s.endedAt ? null : s.current ? (
                    <button type="button" onClick={signOut}>
                      {t('account.signOut')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      onClick={() => void end(s)}
                      disabled={command.busy}
                      aria-label={t('account.endLabel', { time: beijingTime(s.startedAt) })}
                    >
                      {t('account.end')}
                    </button>
                  ),
              },
            ]}
          />
        )}
      </Async>
    </section>
  );
}
