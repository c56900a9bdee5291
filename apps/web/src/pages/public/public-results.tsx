import { type FormEvent, useState } from 'react';
import { useApi } from '../../api/use-api';
import { Field } from '../../components/field';
import { Async, Empty } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { slicePage } from '../../components/paging';
import { type PublicResult, type PublicResults, resultsQuery } from './disclosures';
import { useDepartmentNames } from './use-department-names';
import { useItemNames } from './use-item-names';
import { categoryKey, methodKey } from './words';

const RESULTS_PER_PAGE = 20;

/** 抽查结果查询: an entity's published results, found by its credit code or the start of its name. */
export function PublicResultsSection() {
  const { t } = useI18n();
  const itemName = useItemNames();
  const departmentName = useDepartmentNames();
  const [entityCode, setEntityCode] = useState('');
  const [name, setName] = useState('');
  const [query, setQuery] = useState<{ entityCode?: string; name?: string }>();
  const [asked, setAsked] = useState(false);
  const [page, setPage] = useState(0);
  const found = useApi<PublicResults>(query ? '/api/public/results' : undefined, query);
  const category = (c: string) => {
    const key = categoryKey(c);
    return key ? t(key) : c;
  };
  const entityName = (entityId: string) =>
    found.data?.entities.find((e) => e.id === entityId)?.name ?? entityId;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setAsked(true);
    setPage(0);
    setQuery(resultsQuery(entityCode, name));
  };

  const findings = (r: PublicResult) =>
    r.items.map((i) =>
      i.compliant === undefined
        ? itemName(i.itemId)
        : t('public.results.finding', {
            item: itemName(i.itemId),
            verdict: i.compliant ? t('public.results.compliant') : t('public.results.nonCompliant'),
          }),
    );
  const method = (r: PublicResult) => {
    const key = r.method ? methodKey(r.method) : methodKey('unrecorded');
    return key ? t(key) : (r.method ?? '');
  };
  const rectifications = (r: PublicResult) =>
    (r.rectifications ?? [])
      .map((f) =>
        t('public.results.rectification', {
          date: f.rectifiedOn,
          verdict: f.rectified ? t('public.results.rectified') : t('public.results.notRectified'),
        }),
      )
      .join(t('registers.sepLong'));
  const correction = (r: PublicResult) =>
    r.correction
      ? t('public.results.corrected', {
          date: r.correction.correctedOn,
          previous: category(r.correction.previousCategory),
          reason: r.correction.reason,
        })
      : '';
  const columns: Column<PublicResult>[] = [
    {
      heading: t('public.results.entity'),
      cell: (r) => <span className="nowrap">{entityName(r.entityId)}</span>,
      csv: (r) => entityName(r.entityId),
    },
    {
      heading: t('public.results.code'),
      cell: (r) => <span className="mono nowrap">{r.entityId}</span>,
      csv: (r) => r.entityId,
    },
    {
      heading: t('public.results.category'),
      cell: (r) => category(r.category),
      csv: (r) => category(r.category),
    },
    { heading: t('public.results.method'), cell: method, csv: method },
    {
      heading: t('public.results.items'),
      cell: (r) => (
        <ul className="rx-plain">
          {findings(r).map((f, n) => (
            <li key={n}>{f}</li>
          ))}
        </ul>
      ),
      csv: (r) => findings(r).join(t('registers.sepLong')),
    },
    {
      heading: t('public.results.department'),
      cell: (r) => <span className="nowrap">{departmentName(r.departmentId)}</span>,
      csv: (r) => departmentName(r.departmentId),
    },
    {
      heading: t('public.results.inspectedOn'),
      cell: (r) => <span className="nowrap">{r.inspectedOn}</span>,
      csv: (r) => r.inspectedOn,
    },
    {
      heading: t('public.results.publishedOn'),
      cell: (r) => <span className="nowrap">{r.publishedOn}</span>,
      csv: (r) => r.publishedOn,
    },
    { heading: t('public.results.correction'), cell: correction, csv: correction },
    { heading: t('public.results.rectifications'), cell: rectifications, csv: rectifications },
    {
      heading: t('public.results.task'),
      cell: (r) => r.taskName ?? <span className="mono">{r.taskId}</span>,
      csv: (r) => r.taskName ?? r.taskId,
    },
  ];

  return (
    <section aria-labelledby="public-results">
      <h2 id="public-results">{t('public.results.title')}</h2>
      <form className="card" role="search" aria-labelledby="public-results" onSubmit={search} noValidate>
        <p className="rx-muted">{t('public.results.hint')}</p>
        <div className="form-row">
          <Field label={t('public.results.entityCode')} name="entityCode" error={found.error}>
            {(props) => (
              <input
                {...props}
                className="mono"
                size={24}
                value={entityCode}
                onChange={(e) => setEntityCode(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('public.results.name')} name="name" error={found.error}>
            {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <div className="field">
            <button type="submit" className="primary">
              {t('public.results.search')}
            </button>
          </div>
        </div>
      </form>
      {asked && !query ? <p role="alert">{t('public.results.askFirst')}</p> : null}
      {/* A refused query's reasons already show beside its fields. */}
      {query && !(found.error?.status === 400 && Array.isArray(found.error.details)) ? (
        <Async loaded={found}>
          {(data) => {
            if (data.entities.length === 0) return <Empty>{t('public.results.noEntity')}</Empty>;
            const shown = slicePage(data.results, page, RESULTS_PER_PAGE);
            return (
              <>
                <DataTable
                  caption={t('public.results.entities')}
                  columns={[
                    {
                      heading: t('public.results.code'),
                      cell: (e) => <span className="mono">{e.code}</span>,
                    },
                    { heading: t('public.results.entityName'), cell: (e) => e.name },
                  ]}
                  rows={data.entities}
                  rowKey={(e) => e.id}
                />
                {data.results.length === 0 ? (
                  <Empty>{t('public.results.none')}</Empty>
                ) : (
                  <>
                    <DataTable
                      caption={t('public.results.caption')}
                      columns={columns}
                      rows={shown.rows}
                      rowKey={(r) => r.id}
                      csvName="public-results"
                      csvRows={data.results}
                      onPreviousPage={shown.hasPrevious ? () => setPage(shown.page - 1) : undefined}
                      onNextPage={shown.hasNext ? () => setPage(shown.page + 1) : undefined}
                    />
                  </>
                )}
              </>
            );
          }}
        </Async>
      ) : null}
    </section>
  );
}
