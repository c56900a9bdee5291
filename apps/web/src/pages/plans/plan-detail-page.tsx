import { Link, useParams } from 'react-router';
import { Async } from '../../components/states';
import './plans.css';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n';
import { PlanActions } from './plan-actions';
import { PlanAdjustments } from './plan-adjustments';
import { type Plan, adjustmentsByState } from './plan-model';
import { PlanPending } from './plan-pending';
import { PlanProgressSection } from './plan-progress-section';
import { PlanSummary } from './plan-summary';
import { PlanTasks } from './plan-tasks';
import { PlanVersions } from './plan-versions';
import { useDepartments } from '../../api/use-departments';

/**
 * One plan: what it is as published, its adjustment awaiting publication, publish / adjust /
 * close, its progress, its adjustments and its tasks.
 */
export function PlanDetailPage() {
  const { t } = useI18n();
  const { planId = '' } = useParams();
  const loaded = useApi<Plan>(`/api/plans/${encodeURIComponent(planId)}`);
  const { departments, nameOf } = useDepartments();
  return (
    <>
      <h1>{loaded.data?.id === planId ? loaded.data.name : t('plans.detailTitle')}</h1>
      <p>
        <Link to="/plans">{t('plans.backToList')}</Link>
      </p>
      <Async loaded={loaded} keep={(plan) => plan.id === planId}>
        {(plan) => {
          const adjustments = adjustmentsByState(plan);
          return (
            <>
              <PlanSummary plan={plan} nameOf={nameOf} />
              <PlanPending plan={plan} adjustments={adjustments.pending} nameOf={nameOf} />
              <PlanActions plan={plan} departments={departments} onChanged={loaded.reload} />
              {plan.progress ? <PlanProgressSection progress={plan.progress} planName={plan.name} /> : null}
              <PlanAdjustments adjustments={plan.pending ? adjustments.published : plan.adjustments} />
              <PlanVersions plan={plan} nameOf={nameOf} />
              <PlanTasks planId={plan.id} nameOf={nameOf} />
            </>
          );
        }}
      </Async>
    </>
  );
}
