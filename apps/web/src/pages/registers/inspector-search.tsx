import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import type { DepartmentView } from './views';
import { INSPECTOR_CATEGORIES, INSPECTOR_STATUSES } from '../../api/vocabulary';

/** The inspector filters (`GET /api/inspectors`): blank fields are left out of the query. */
export interface InspectorQuery {
  departmentId: string;
  regionCode: string;
  category: string;
  status: string;
}

export const NO_INSPECTOR_QUERY: InspectorQuery = {
  departmentId: '',
  regionCode: '',
  category: '',
  status: '',
};

export function InspectorSearch({
  departments,
  error,
  onSearch,
}: {
  departments: DepartmentView[];
  error?: ApiFailure;
  onSearch: (query: InspectorQuery) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(NO_INSPECTOR_QUERY);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, regionCode: draft.regionCode.trim() });
  };
  const choice = (
    key: 'departmentId' | 'category' | 'status',
    label: string,
    options: [string, string][],
  ) => (
    <Field label={label} name={key} error={error}>
      {(props) => (
        <select {...props} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}>
          <option value="">{t('registers.any')}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form className="card rx-filters" role="search" onSubmit={submit} aria-label={t('registers.filters')}>
      <div className="form-row">
        {choice(
          'departmentId',
          t('registers.department'),
          departments.map((d) => [d.id, d.name]),
        )}
        <Field label={t('registers.regionCode')} name="regionCode" error={error}>
          {(props) => (
            <input
              {...props}
              type="search"
              value={draft.regionCode}
              onChange={(e) => setDraft({ ...draft, regionCode: e.target.value })}
            />
          )}
        </Field>
        {choice(
          'category',
          t('registers.inspectors.category'),
          INSPECTOR_CATEGORIES.map((c) => [c, t(`registers.category.${c}`)]),
        )}
        {choice(
          'status',
          t('registers.inspectors.status'),
          INSPECTOR_STATUSES.map((s) => [s, t(`registers.inspectorStatus.${s}`)]),
        )}
        <div className="field rx-actions">
          <button type="submit" className="primary">
            {t('registers.applyFilters')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(NO_INSPECTOR_QUERY);
              onSearch(NO_INSPECTOR_QUERY);
            }}
          >
            {t('registers.resetFilters')}
          </button>
        </div>
      </div>
    </form>
  );
}
