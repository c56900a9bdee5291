import type { TeamExpert } from '@app/domain/tasks/task-vocabulary';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';

/** An entity's experts and auxiliaries, apart from its counted members; an appointed one shows why. */
export function TeamExperts({ experts }: { experts: readonly TeamExpert[] }) {
  const { t } = useI18n();
  const { inspectorName, departmentName } = useTaskDetail();
  if (experts.length === 0) return <>{t('tasks.noExperts')}</>;
  return (
    <ul className="member-list">
      {experts.map((e) => (
        <li key={e.inspectorId}>
          {inspectorName(e.inspectorId)}（{departmentName(e.departmentId)}）
          {e.appointedReason ? (
            <span className="badge badge-warn" title={e.appointedReason}>
              {t('tasks.appointed')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
