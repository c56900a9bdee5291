import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import './confirm-dialog.css';

/** The state of one confirmation: whether it is asked, and what to do when the user agrees. */
export interface Confirmation {
  open: boolean;
  /** Asks; `act` runs only if the user confirms. */
  ask: (act: () => void) => void;
  confirm: () => void;
  dismiss: () => void;
}

/**
 * Asks before an act that cannot be undone. The focus goes back to the control that asked, whether
 * the user confirms or not (after a success the task page moves it on to the section's heading).
 */
export function useConfirmation(): Confirmation {
  const [pending, setPending] = useState<{ act: () => void }>();
  const opener = useRef<HTMLElement | null>(null);
  const confirmed = useRef<(() => void) | undefined>(undefined);
  // Once the dialog has closed (the page is no longer inert): the focus back, then the act.
  useEffect(() => {
    if (pending) return;
    const element = opener.current;
    opener.current = null;
    if (element?.isConnected) element.focus();
    const act = confirmed.current;
    confirmed.current = undefined;
    act?.();
  }, [pending]);
  const ask = useCallback((act: () => void) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending({ act });
  }, []);
  return {
    open: pending !== undefined,
    ask,
    confirm: () => {
      confirmed.current = pending?.act;
      setPending(undefined);
    },
    dismiss: () => setPending(undefined),
  };
}

/**
 * A modal dialog (the native <dialog>: the page behind is inert, Esc cancels) that names the act,
 * what it does and what cannot be taken back. Cancelling is the default: it has the focus first.
 */
export function ConfirmDialog({
  control,
  title,
  confirmLabel,
  children,
}: {
  control: Confirmation;
  title: string;
  confirmLabel: string;
  /** What will happen, and what cannot be taken back. */
  children: ReactNode;
}) {
  if (!control.open) return null;
  return (
    <OpenDialog control={control} title={title} confirmLabel={confirmLabel}>
      {children}
    </OpenDialog>
  );
}

function OpenDialog({
  control,
  title,
  confirmLabel,
  children,
}: {
  control: Confirmation;
  title: string;
  confirmLabel: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        // Esc: the dialog is closed by React's state, not by the browser, so both agree.
        event.preventDefault();
        control.dismiss();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="confirm-actions">
        <button type="button" ref={cancel} onClick={control.dismiss}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={control.confirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
