import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { percent } from './format';
import type { PlanProgress } from './plan-model';
import { PROGRESS_FIGURES, type ProgressFigure, progressFigures, progressRates } from './plan-progress';

/** How far the plan has got: its figures as bars, publication as a gauge, and the numbers in a table. */
export function PlanProgressSection({ progress, planName }: { progress: PlanProgress; planName: string }) {
  const { t } = useI18n();
  const figures = progressFigures(progress);
  const rates = progressRates(progress);
  const label = (figure: ProgressFigure) => t(`plans.figure.${figure}`);
  const bars = useMemo<EChartsOption>(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: PROGRESS_FIGURES.map((f) => t(`plans.figure.${f}`)) },
      series: [
        {
          type: 'bar',
          name: planName,
          data: PROGRESS_FIGURES.map((f) => progressFigures(progress)[f]),
          label: { show: true, position: 'right' },
          itemStyle: { color: '#0b5cad' },
        },
      ],
    }),
    [progress, planName, t],
  );
  const gauge = useMemo<EChartsOption>(
    () => ({
      series: [
        {
          type: 'gauge',
          min: 0,
          max: 100,
          radius: '90%',
          progress: { show: true, width: 14 },
          axisLine: { lineStyle: { width: 14 } },
          pointer: { show: false },
          title: { offsetCenter: [0, '35%'], fontSize: 14 },
          detail: {
            offsetCenter: [0, '-5%'],
            formatter: rates.published === null ? '—' : '{value}%',
            fontSize: 24,
          },
          data: [
            {
              value: rates.published === null ? 0 : Math.round(rates.published * 1000) / 10,
              name: t('plans.publishedRate'),
            },
          ],
        },
      ],
    }),
    [rates.published, t],
  );
  const rows: { id: string; figure: string; value: string }[] = [
    ...PROGRESS_FIGURES.map((f) => ({ id: f, figure: label(f), value: String(figures[f]) })),
    { id: 'enteredRate', figure: t('plans.enteredRate'), value: percent(rates.entered) },
    { id: 'publishedRate', figure: t('plans.publishedRate'), value: percent(rates.published) },
    { id: 'onTimeRate', figure: t('plans.onTimeRate'), value: percent(rates.onTime) },
  ];
  return (
    <section className="card" aria-labelledby="plan-progress">
      <h2 id="plan-progress">{t('plans.progress')}</h2>
      <div className="grid">
        <Chart option={bars} label={t('plans.progressChart', { plan: planName })} height={300} />
        <Chart
          option={gauge}
          label={t('plans.publishedGauge', { rate: percent(rates.published) })}
          height={300}
        />
      </div>
      <DataTable
        caption={t('plans.progressTable', { plan: planName })}
        columns={[
          { heading: t('plans.figureHeading'), cell: (r) => r.figure, csv: (r) => r.figure },
          { heading: t('plans.valueHeading'), cell: (r) => r.value, csv: (r) => r.value },
        ]}
        rows={rows}
        rowKey={(r) => r.id}
        csvName={t('plans.progressCsv', { plan: planName })}
      />
    </section>
  );
}
