import '../plans/plans.css';
import { useI18n } from '../../i18n/i18n';
import { useDepartments } from '../plans/use-departments';
import { OverdueDisclosures } from './overdue-disclosures';
import { OverdueResponses } from './overdue-responses';
import { useQueryParams } from './use-query-params';

/** 逾期公示与响应: overdue results and late responses by department, as of a chosen date. */
export function OverduePage() {
  const { t } = useI18n();
  const { departments, nameOf } = useDepartments();
  const { values, set } = useQueryParams({ asOf: '', departmentId: '' });
  return (
    <>
      <h1>{t('dashboards.overdueTitle')}</h1>
      <p className="field-hint">{t('dashboards.overdueIntro')}</p>
      <form
        className="form-row card"
        role="search"
        aria-label={t('dashboards.overdueFilters')}
        onSubmit={(e) => e.preventDefault()}
      >
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
        <div className="field">
          <label htmlFor="overdue-department">{t('common.department')}</label>
          <select
            id="overdue-department"
            value={values.departmentId}
            onChange={(e) => set({ departmentId: e.target.value })}
          >
            <option value="">{t('dashboards.everyDepartment')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <OverdueDisclosures asOf={values.asOf} departmentId={values.departmentId} nameOf={nameOf} />
      <OverdueResponses asOf={values.asOf} departmentId={values.departmentId} nameOf={nameOf} />
    </>
  );
}
