import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import './registers.css';

/**
 * The form for one act on a row (change, retire, re-rate…), shown above the list: its heading
 * takes the focus when it opens, so keyboard and screen-reader users land on it.
 */
export function ActionPanel({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  return (
    <section className="card" aria-label={title}>
      <div className="rx-panel-head">
        <h2 ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" onClick={onClose}>
          {t('registers.close')}
        </button>
      </div>
      {children}
    </section>
  );
}

/** A short confirmation after an act; the live region is always there so that it is read out. */
export function Done({ message }: { message?: string }) {
  return (
    <p role="status" className="rx-done">
      {message ?? ''}
    </p>
  );
}
