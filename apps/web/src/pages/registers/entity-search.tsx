import type { ApiFailure } from '../../api/client';
import { CREDIT_RISK_CLASSES, ENTITY_KINDS, ENTITY_STATUSES } from '../../api/vocabulary';
import { useI18n } from '../../i18n/i18n';
import { RegisterSearch, noFilters } from './register-search';

const KEYS = ['q', 'regionCode', 'industryCode', 'tag', 'creditRisk', 'kind', 'status'] as const;

/** The directory search (`GET /api/entities`): blank fields are left out of the query. */
export type EntityQuery = Record<(typeof KEYS)[number], string>;

export const NO_ENTITY_QUERY: EntityQuery = noFilters(KEYS);

/** The search form; the api's reason for a refused filter shows beside it. */
export function EntitySearch({
  error,
  onSearch,
}: {
  error?: ApiFailure;
  onSearch: (query: EntityQuery) => void;
}) {
  const { t } = useI18n();
  return (
    <RegisterSearch
      error={error}
      onSearch={onSearch}
      filters={[
        { key: 'q', label: t('registers.entities.q') },
        { key: 'regionCode', label: t('registers.regionCode') },
        { key: 'industryCode', label: t('registers.industryCode') },
        { key: 'tag', label: t('registers.entities.tag') },
        {
          key: 'creditRisk',
          label: t('registers.entities.creditRisk'),
          options: CREDIT_RISK_CLASSES.map((c) => [c, t(`registers.creditRisk.${c}`)]),
        },
        {
          key: 'kind',
          label: t('registers.entities.kind'),
          options: ENTITY_KINDS.map((k) => [k, t(`registers.kind.${k}`)]),
        },
        {
          key: 'status',
          label: t('registers.entities.status'),
          options: ENTITY_STATUSES.map((s) => [s, t(`registers.entityStatus.${s}`)]),
        },
      ]}
    />
  );
}
