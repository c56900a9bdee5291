import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';

/** One filter of a register's list route, by the query parameter the api reads. */
export interface SearchFilter<K extends string> {
  key: K;
  label: string;
  /** The choices as [value, text], after "any"; a search box when there are none. */
  options?: readonly (readonly [string, string])[];
}

/** Every filter blank: the whole register. */
export function noFilters<K extends string>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;
}

/**
 * A register's search form: applied on submit, trimmed (blank fields are left out of the query);
 * the api's reason for a refused filter shows beside it.
 */
export function RegisterSearch<K extends string>({
  filters,
  error,
  onSearch,
}: {
  filters: readonly SearchFilter<K>[];
  error?: ApiFailure;
  onSearch: (query: Record<K, string>) => void;
}) {
  const { t } = useI18n();
  const empty = noFilters(filters.map((f) => f.key));
  const [draft, setDraft] = useState(empty);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { ...draft };
    for (const { key } of filters) trimmed[key] = trimmed[key].trim();
    onSearch(trimmed);
  };
  return (
    <form className="card rx-filters" role="search" onSubmit={submit} aria-label={t('registers.filters')}>
      <div className="form-row">
        {filters.map(({ key, label, options }) => (
          <Field key={key} label={label} name={key} error={error}>
            {(props) =>
              options ? (
                <select
                  {...props}
                  value={draft[key]}
                  onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                >
                  <option value="">{t('registers.any')}</option>
                  {options.map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...props}
                  type="search"
                  value={draft[key]}
                  onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                />
              )
            }
          </Field>
        ))}
        <div className="field action-row">
          <button type="submit" className="primary">
            {t('registers.applyFilters')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(empty);
              onSearch(empty);
            }}
          >
            {t('registers.resetFilters')}
          </button>
        </div>
      </div>
    </form>
  );
}
