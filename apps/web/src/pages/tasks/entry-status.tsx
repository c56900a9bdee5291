import { useI18n } from '../../i18n/i18n';
import type { EntryPhase } from './use-result-entry';

/**
 * Where a result entry stands, said plainly (and read out as it changes): waiting on this phone for
 * the connection, being sent, or confirmed by the api.
 */
export function EntryStatus({ phase, onRetry }: { phase: EntryPhase; onRetry: () => void }) {
  const { t } = useI18n();
  const words =
    phase.kind === 'queued'
      ? t('tasks.entryQueued')
      : phase.kind === 'sending'
        ? t('tasks.entrySending')
        : phase.kind === 'sent'
          ? t(phase.replayed ? 'tasks.entrySentReplayed' : 'tasks.entrySent')
          : '';
  return (
    <div className="actions">
      <p
        role="status"
        aria-live="polite"
        className={words ? `entry-status entry-status-${phase.kind}` : 'visually-hidden'}
      >
        {words}
      </p>
      {phase.kind === 'queued' ? (
        <button type="button" onClick={onRetry}>
          {t('tasks.entryRetryNow')}
        </button>
      ) : null}
    </div>
  );
}
