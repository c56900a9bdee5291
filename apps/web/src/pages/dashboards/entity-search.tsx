import type { Page } from '@app/contract';
import { type FormEvent, useState } from 'react';
import { useApi } from '../../api/use-api';
import { useCursorPaging } from '../../components/paging';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import type { EntityFlags } from './entity-checks-model';

export interface EntitySummary extends EntityFlags {
  id: string;
  code: string;
  name: string;
  kind: string;
  creditRisk: string;
  status: 'registered' | 'deregistered';
}

/** Finds entities by the start of the name or an exact unified social credit code, a page at a time. */
export function EntitySearch({
  query,
  onSearch,
  onChoose,
}: {
  query: string;
  onSearch: (query: string) => void;
  onChoose: (entityId: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(query);
  const paging = useCursorPaging(query);
  const loaded = useApi<Page<EntitySummary>>(query ? '/api/entities' : undefined, {
    q: query,
    limit: 10,
    cursor: paging.cursor,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <section className="card" aria-labelledby="entity-search">
      <h2 id="entity-search">{t('dashboards.findEntity')}</h2>
      <form className="form-row" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="entity-query">{t('dashboards.entityQuery')}</label>
          <input
            id="entity-query"
            value={text}
            onChange={(e) => setText(e.target.value)}
            size={36}
            aria-describedby="entity-query-hint"
          />
        </div>
        <div className="field">
          <button type="submit" className="primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      <small id="entity-query-hint" className="field-hint">
        {t('dashboards.entityQueryHint')}
      </small>
      {query ? (
        <Async loaded={loaded}>
          {(page) => (
            <DataTable
              caption={t('dashboards.entitiesFound', { query })}
              columns={[
                { heading: t('dashboards.entityName'), cell: (e) => e.name },
                { heading: t('dashboards.uscc'), cell: (e) => <span className="mono">{e.code}</span> },
                { heading: t('dashboards.creditRisk'), cell: (e) => e.creditRisk },
                {
                  heading: t('common.status'),
                  cell: (e) => t(`dashboards.entityStatus.${e.status}`),
                },
                {
                  heading: t('common.actions'),
                  cell: (e) => (
                    <button
                      type="button"
                      onClick={() => onChoose(e.id)}
                      aria-label={t('dashboards.showChecksOf', { name: e.name })}
                    >
                      {t('dashboards.showChecks')}
                    </button>
                  ),
                },
              ]}
              rows={page.items}
              rowKey={(e) => e.id}
              onNextPage={page.nextCursor ? () => paging.next(page.nextCursor!) : undefined}
              onPreviousPage={paging.previous}
            />
          )}
        </Async>
      ) : null}
    </section>
  );
}
