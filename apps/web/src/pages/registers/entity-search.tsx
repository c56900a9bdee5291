import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { CREDIT_RISK_CLASSES, ENTITY_KINDS, ENTITY_STATUSES } from '../../api/vocabulary';

/** The directory search (`GET /api/entities`): blank fields are left out of the query. */
export interface EntityQuery {
  q: string;
  regionCode: string;
  industryCode: string;
  creditRisk: string;
  kind: string;
  status: string;
  tag: string;
}

export const NO_ENTITY_QUERY: EntityQuery = {
  q: '',
  regionCode: '',
  industryCode: '',
  creditRisk: '',
  kind: '',
  status: '',
  tag: '',
};

/** The search form; the api's reason for a refused filter shows beside it. */
export function EntitySearch({
  error,
  onSearch,
}: {
  error?: ApiFailure;
  onSearch: (query: EntityQuery) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(NO_ENTITY_QUERY);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { ...draft };
    for (const key of Object.keys(trimmed) as (keyof EntityQuery)[]) trimmed[key] = trimmed[key].trim();
    onSearch(trimmed);
  };
  const text = (key: 'q' | 'regionCode' | 'industryCode' | 'tag', label: string) => (
    <Field label={label} name={key} error={error}>
      {(props) => (
        <input
          {...props}
          type="search"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const choice = (key: 'creditRisk' | 'kind' | 'status', label: string, options: [string, string][]) => (
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
        {text('q', t('registers.entities.q'))}
        {text('regionCode', t('registers.regionCode'))}
        {text('industryCode', t('registers.industryCode'))}
        {text('tag', t('registers.entities.tag'))}
        {choice(
          'creditRisk',
          t('registers.entities.creditRisk'),
          CREDIT_RISK_CLASSES.map((c) => [c, t(`registers.creditRisk.${c}`)]),
        )}
        {choice(
          'kind',
          t('registers.entities.kind'),
          ENTITY_KINDS.map((k) => [k, t(`registers.kind.${k}`)]),
        )}
        {choice(
          'status',
          t('registers.entities.status'),
          ENTITY_STATUSES.map((s) => [s, t(`registers.entityStatus.${s}`)]),
        )}
        <div className="field rx-actions">
          <button type="submit" className="primary">
            {t('registers.applyFilters')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(NO_ENTITY_QUERY);
              onSearch(NO_ENTITY_QUERY);
            }}
          >
            {t('registers.resetFilters')}
          </button>
        </div>
      </div>
    </form>
  );
}
