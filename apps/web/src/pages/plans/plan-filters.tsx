import { beijingYear } from '@app/domain/calendar/calendar-date';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { PLAN_STATUSES, type PlanStatus } from '../../api/vocabulary';
import type { Department } from '../../api/use-departments';

/** The list's filters, kept in the address (so that back and reload keep them): year, department, status. */
export function usePlanFilters() {
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? String(beijingYear(new Date())); // absent: this year; blank: every year
  const departmentId = params.get('departmentId') ?? '';
  const status = (params.get('status') ?? '') as PlanStatus | '';
  const set = (key: 'year' | 'departmentId' | 'status', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return { year, departmentId, status, set };
}

export function PlanFilters({
  filters,
  departments,
}: {
  filters: ReturnType<typeof usePlanFilters>;
  departments: Department[];
}) {
  const { t } = useI18n();
  return (
    <form
      className="form-row card"
      role="search"
      aria-label={t('plans.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="plan-year">{t('plans.year')}</label>
        <input
          id="plan-year"
          type="number"
          min={2000}
          max={2100}
          value={filters.year}
          placeholder={t('plans.everyYear')}
          onChange={(e) => filters.set('year', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="plan-department">{t('common.department')}</label>
        <select
          id="plan-department"
          value={filters.departmentId}
          onChange={(e) => filters.set('departmentId', e.target.value)}
        >
          <option value="">{t('plans.everyDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-status">{t('common.status')}</label>
        <select
          id="plan-status"
          value={filters.status}
          onChange={(e) => filters.set('status', e.target.value)}
        >
          <option value="">{t('plans.everyStatus')}</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plans.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
