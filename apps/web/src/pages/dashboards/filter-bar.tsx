import type { ReactNode } from 'react';
import type { Department } from '../../api/use-departments';
import { useI18n } from '../../i18n/i18n';

/** A dashboard's filters: applied as they change (kept in the address), so never submitted. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="form-row card" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

/** The year a dashboard counts; `year` is undefined while what is typed is not a year. */
export function YearFilter({
  id,
  value,
  year,
  onChange,
}: {
  id: string;
  value: string;
  year: number | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('dashboards.year')}</label>
      <input
        id={id}
        type="number"
        min={2000}
        max={2100}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={year === undefined ? true : undefined}
        aria-describedby={year === undefined ? `${id}-error` : undefined}
      />
      {year === undefined ? (
        <small id={`${id}-error`} className="field-error" role="alert">
          {t('dashboards.yearNeeded')}
        </small>
      ) : null}
    </div>
  );
}

/** One department, or every department (blank). */
export function DepartmentFilter({
  id,
  value,
  departments,
  onChange,
}: {
  id: string;
  value: string;
  departments: readonly Department[];
  onChange: (departmentId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('common.department')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('dashboards.everyDepartment')}</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}
