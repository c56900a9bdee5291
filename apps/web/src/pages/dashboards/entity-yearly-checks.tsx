import type { EChartsOption } from 'echarts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useApiEach } from '../plans/use-api-each';
import { type EntityChecks, capExemptions, capState, yearsEnding } from './entity-checks-model';
import type { EntitySummary } from './entity-search';

const YEARS_SHOWN = 5;
const BADGE = { under: 'badge-ok', at: 'badge-warn', over: 'badge-bad' } as const;

/** How often the entity was drawn each year, by which tasks, against the yearly cap. */
export function EntityYearlyChecks({
  entityId,
  lastYear,
  onLastYear,
}: {
  entityId: string;
  lastYear: number;
  onLastYear: (year: number) => void;
}) {
  const { t } = useI18n();
  const [yearText, setYearText] = useState(String(lastYear));
  const heading = useRef<HTMLHeadingElement>(null);
  const entity = useApi<EntitySummary>(`/api/entities/${encodeURIComponent(entityId)}`);
  const years = yearsEnding(lastYear, YEARS_SHOWN);
  const checks = useApiEach<EntityChecks>(
    years.map((year) => ({ path: `/api/entities/${encodeURIComponent(entityId)}/checks`, query: { year } })),
  );
  const option = useMemo<EChartsOption | undefined>(() => {
    if (!checks.data) return undefined;
    const cap = checks.data[0]?.cap ?? 0;
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 80, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: checks.data.map((c) => String(c.year)) },
      yAxis: { type: 'value', minInterval: 1, max: (v: { max: number }) => Math.max(v.max, cap + 1) },
      series: [
        {
          type: 'bar',
          name: t('dashboards.checksCount'),
          data: checks.data.map((c) => ({
            value: c.count,
            itemStyle: { color: capState(c.count, c.cap) === 'under' ? '#0b5cad' : '#b71c1c' },
          })),
          label: { show: true, position: 'top' },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#a05a00', type: 'dashed' },
            label: { formatter: t('dashboards.capLine', { cap }) },
            data: [{ yAxis: cap }],
          },
        },
      ],
    };
  }, [checks.data, t]);

  // The entity just chosen: bring its checks into view, and the keyboard with them.
  const shown = entity.data !== undefined;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  return (
    <section className="card" aria-labelledby="entity-checks">
      <Async loaded={entity}>
        {(e) => {
          const exemptions = capExemptions(e);
          return (
            <>
              <h2 id="entity-checks" ref={heading} tabIndex={-1}>
                {t('dashboards.checksOf', { name: e.name, code: e.code })}
              </h2>
              {exemptions.length > 0 ? (
                <p className="badge badge-warn">
                  {t('dashboards.capLifted', {
                    why: exemptions
                      .map((x) => t(`dashboards.exemption.${x}`))
                      .join(t('common.listSeparator')),
                  })}
                </p>
              ) : null}
            </>
          );
        }}
      </Async>
      {entity.error ? null : (
        <>
          <div className="form-row">
            <div className="field">
              <label htmlFor="checks-last-year">{t('dashboards.lastYear')}</label>
              <input
                id="checks-last-year"
                type="number"
                min={2000 + YEARS_SHOWN - 1}
                max={2100}
                value={yearText}
                onChange={(ev) => {
                  setYearText(ev.target.value);
                  const year = Number(ev.target.value);
                  if (Number.isInteger(year) && year >= 2000 + YEARS_SHOWN - 1 && year <= 2100)
                    onLastYear(year);
                }}
              />
            </div>
          </div>
          <Async loaded={checks}>
            {(rows) => (
              <>
                {option ? (
                  <Chart
                    option={option}
                    label={t('dashboards.checksChart', { cap: rows[0]?.cap ?? 0 })}
                    height={240}
                  />
                ) : null}
                <DataTable
                  caption={t('dashboards.checksCaption', { from: years[0], to: lastYear })}
                  columns={[
                    { heading: t('dashboards.year'), cell: (c) => c.year, csv: (c) => c.year },
                    { heading: t('dashboards.checksCount'), cell: (c) => c.count, csv: (c) => c.count },
                    { heading: t('dashboards.yearlyCap'), cell: (c) => c.cap, csv: (c) => c.cap },
                    {
                      heading: t('dashboards.againstCap'),
                      cell: (c) => {
                        const state = capState(c.count, c.cap);
                        return (
                          <span className={`badge ${BADGE[state]}`}>{t(`dashboards.cap.${state}`)}</span>
                        );
                      },
                      csv: (c) => t(`dashboards.cap.${capState(c.count, c.cap)}`),
                    },
                    {
                      heading: t('dashboards.byTasks'),
                      cell: (c) =>
                        c.taskIds.length === 0 ? (
                          '—'
                        ) : (
                          <ul className="plans-cell-list">
                            {c.taskIds.map((id) => (
                              <li key={id}>
                                <Link to={`/tasks/${id}`} className="mono">
                                  {id}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        ),
                      csv: (c) => c.taskIds.join(' '),
                    },
                  ]}
                  rows={rows}
                  rowKey={(c) => String(c.year)}
                  csvName={t('dashboards.checksCsv', { id: entityId })}
                />
              </>
            )}
          </Async>
        </>
      )}
    </section>
  );
}
