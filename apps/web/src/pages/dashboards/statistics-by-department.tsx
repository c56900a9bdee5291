import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../plans/format';
import { useApiEach } from '../plans/use-api-each';
import type { Department } from '../../api/use-departments';
import {
  RATE_FIGURES,
  STATISTIC_FIGURES,
  type StatisticFigure,
  type Statistics,
  isRate,
  percentValue,
  statisticFigures,
} from './statistics-model';

/** The year's figures for each department (one read per department): its rates as bars, every figure in the table. */
export function StatisticsByDepartment({
  year,
  departments,
  nameOf,
}: {
  year: number;
  departments: Department[];
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const loaded = useApiEach<Statistics>(
    departments.map((d) => ({ path: '/api/statistics', query: { year, departmentId: d.id } })),
  );
  const show = (figure: StatisticFigure, s: Statistics) => {
    const value = statisticFigures(s)[figure];
    return isRate(figure) ? percent(value) : String(value ?? '—');
  };
  const departmentOf = (s: Statistics) => nameOf(s.departmentId ?? '');
  const option = useMemo<EChartsOption | undefined>(() => {
    const rows = loaded.data;
    if (!rows) return undefined;
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (v === null || v === undefined ? '—' : `${String(v)}%`),
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: rows.map((s) => nameOf(s.departmentId ?? '')),
        axisLabel: { interval: 0 },
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: RATE_FIGURES.map((figure) => ({
        type: 'bar',
        name: t(`dashboards.figure.${figure}`),
        data: rows.map((s) => percentValue(statisticFigures(s)[figure])),
      })),
    };
  }, [loaded.data, nameOf, t]);
  return (
    <Async loaded={loaded}>
      {(rows) => (
        <>
          {option ? (
            <Chart option={option} label={t('dashboards.ratesChart', { year })} height={320} />
          ) : null}
          <div className="plans-wide">
            <DataTable
              caption={t('dashboards.byDepartmentCaption', { year })}
              columns={[
                { heading: t('common.department'), cell: departmentOf, csv: departmentOf },
                ...STATISTIC_FIGURES.filter((f) => f !== 'registered').map((f) => ({
                  heading: t(`dashboards.figure.${f}`),
                  cell: (s: Statistics) => show(f, s),
                  csv: (s: Statistics) => show(f, s),
                })),
              ]}
              rows={rows}
              rowKey={(s) => s.departmentId ?? ''}
              csvName={t('dashboards.byDepartmentCsv', { year })}
            />
          </div>
        </>
      )}
    </Async>
  );
}
