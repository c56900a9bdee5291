import { useI18n } from '../../i18n/i18n';
import type { TaskStatus } from '../../api/vocabulary';
import type { ResultStatus } from './task-view';

const TASK_TONE: Record<TaskStatus, string> = { initiated: 'warn', locked: 'ok', cancelled: 'bad' };

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${TASK_TONE[status]}`}>{t(`tasks.status.${status}`)}</span>;
}

const RESULT_TONE: Record<ResultStatus, string> = {
  'not-entered': 'warn',
  entered: '',
  published: 'ok',
  corrected: 'ok',
  stopped: '',
  withheld: '',
};

export function ResultStatusBadge({ status, entries }: { status: ResultStatus; entries?: number }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${RESULT_TONE[status] ? `badge-${RESULT_TONE[status]}` : ''}`}>
      {t(`tasks.result.${status}`)}
      {status === 'entered' && entries && entries > 1 ? ` ×${entries}` : ''}
    </span>
  );
}
