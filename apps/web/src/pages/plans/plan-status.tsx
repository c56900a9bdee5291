import { useI18n } from '../../i18n/i18n';
import type { Plan } from './plan-model';

const BADGE = { draft: 'badge-warn', published: 'badge-ok', closed: '' } as const;

/** The plan's status, and whether an adjustment awaits publishing again. */
export function PlanStatusBadge({
  plan,
}: {
  plan: Pick<Plan, 'status' | 'unpublishedChanges' | 'everPublished'>;
}) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge ${BADGE[plan.status]}`}>{t(`plans.status.${plan.status}`)}</span>
      {plan.status === 'published' && plan.unpublishedChanges ? (
        <>
          {' '}
          <span className="badge badge-warn">{t('plans.adjustedUnpublished')}</span>
        </>
      ) : null}
    </>
  );
}
