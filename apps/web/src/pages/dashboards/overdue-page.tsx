import '../plans/plans.css';
import { useI18n } from '../../i18n/i18n';
import { useDepartments } from '../../api/use-departments';
import { DepartmentFilter, FilterBar } from './filter-bar';
import { OverdueDisclosures } from './overdue-disclosures';
import { OverdueResponses } from './overdue-responses';
import { OverdueObjections } from './overdue-objections';
import { OverdueReferrals } from './overdue-referrals';
import { useQueryParams } from './use-query-params';

/** 逾期公示、响应与异议: overdue results, late responses and overdue objections by department, as of a chosen date. */
export function OverduePage() {
  const { t } = useI18n();
  const { departments, nameOf } = useDepartments();
  const { values, set } = useQueryParams({ asOf: '', departmentId: '' });
  return (
    <>
      <h1>{t('dashboards.overdueTitle')}</h1>
      <p className="field-hint">{t('dashboards.overdueIntro')}</p>
      <FilterBar label={t('dashboards.overdueFilters')}>
        <div className="field">
          <label htmlFor="overdue-as-of">{t('dashboards.asOf')}</label>
          <input
            id="overdue-as-of"
            type="date"
            value={values.asOf}
            onChange={(e) => set({ asOf: e.target.value })}
            aria-describedby="overdue-as-of-hint"
          />
          <small id="overdue-as-of-hint" className="field-hint">
            {t('dashboards.asOfHint')}
          </small>
        </div>
        <DepartmentFilter
          id="overdue-department"
          value={values.departmentId}
          departments={departments}
          onChange={(v) => set({ departmentId: v })}
        />
      </FilterBar>
      <OverdueDisclosures asOf={values.asOf} departmentId={values.departmentId} nameOf={nameOf} />
      <OverdueResponses asOf={values.asOf} departmentId={values.departmentId} nameOf={nameOf} />
      <OverdueObjections asOf={values.asOf} departmentId={values.departmentId} nameOf={nameOf} />
      <OverdueReferrals asOf={values.asOf} departmentId={values.departmentId} nameOf={nameOf} />
    </>
  );
}
