import type { UserAccount } from '@app/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { useCommand } from '../../api/use-api';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { ActionError } from '../../components/field';
import { useI18n } from '../../i18n/i18n';

/**
 * 重置密码: the api makes a temporary password (POST /api/users/:id/password-reset), shown here
 * once in a modal dialog and then forgotten; the official must change it at sign-in.
 */
export function PasswordReset({ user }: { user: UserAccount }) {
  const { t } = useI18n();
  const command = useCommand<{ temporaryPassword: string }>();
  const confirmation = useConfirmation();
  const [temporary, setTemporary] = useState<string>();
  const reset = async () => {
    const answer = await command.run('POST', `/api/users/${encodeURIComponent(user.id)}/password-reset`);
    if (answer) setTemporary(answer.temporaryPassword);
  };
  return (
    <div className="action-row">
      <button type="button" onClick={() => confirmation.ask(() => void reset())} disabled={command.busy}>
        {t('users.password.reset')}
      </button>
      {command.error?.status === 404 && command.error.code !== 'USER_NOT_FOUND' ? (
        <p className="action-error" role="alert">
          {t('users.password.unavailable')}
        </p>
      ) : (
        <ActionError error={command.error} />
      )}
      <ConfirmDialog
        control={confirmation}
        title={t('users.password.confirmTitle', { name: user.name })}
        confirmLabel={t('users.password.reset')}
      >
        <p>{t('users.password.confirmBody')}</p>
      </ConfirmDialog>
      {temporary ? (
        <TemporaryPassword name={user.name} password={temporary} onClose={() => setTemporary(undefined)} />
      ) : null}
    </div>
  );
}

function TemporaryPassword({
  name,
  password,
  onClose,
}: {
  name: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    close.current?.focus();
    return () => {
      if (element?.open) element.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('users.password.title')}</h2>
      <p id={`${id}-body`}>{t('users.password.intro', { name })}</p>
      <p>
        <output className="mono temporary-password" aria-label={t('users.password.title')}>
          {password}
        </output>
      </p>
      <div className="confirm-actions">
        <button type="button" ref={close} className="primary" onClick={onClose}>
          {t('users.password.close')}
        </button>
      </div>
    </dialog>
  );
}
