import type { ApiFailure } from '../../api/client';
import type { Department } from '../../api/use-departments';
import { INSPECTOR_CATEGORIES, INSPECTOR_STATUSES } from '../../api/vocabulary';
import { useI18n } from '../../i18n/i18n';
import { RegisterSearch, noFilters } from './register-search';

const KEYS = ['departmentId', 'regionCode', 'category', 'status'] as const;

/** The inspector filters (`GET /api/inspectors`): blank fields are left out of the query. */
export type InspectorQuery = Record<(typeof KEYS)[number], string>;

export const NO_INSPECTOR_QUERY: InspectorQuery = noFilters(KEYS);

export function InspectorSearch({
  departments,
  error,
  onSearch,
}: {
  departments: Department[];
  error?: ApiFailure;
  onSearch: (query: InspectorQuery) => void;
}) {
  const { t } = useI18n();
  return (
    <RegisterSearch
      error={error}
      onSearch={onSearch}
      filters={[
        {
          key: 'departmentId',
          label: t('registers.department'),
          options: departments.map((d) => [d.id, d.name]),
        },
        { key: 'regionCode', label: t('registers.regionCode') },
        {
          key: 'category',
          label: t('registers.inspectors.category'),
          options: INSPECTOR_CATEGORIES.map((c) => [c, t(`registers.category.${c}`)]),
        },
        {
          key: 'status',
          label: t('registers.inspectors.status'),
          options: INSPECTOR_STATUSES.map((s) => [s, t(`registers.inspectorStatus.${s}`)]),
        },
      ]}
    />
  );
}
