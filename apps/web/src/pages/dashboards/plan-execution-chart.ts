import type { EChartsOption } from 'echarts';
import type { PlanExecution } from './plan-execution-model';

type NumericFigure = {
  [K in keyof PlanExecution]: PlanExecution[K] extends number ? K : never;
}[keyof PlanExecution];

/** Grouped bars per plan (plans down the side, where their names fit), one bar per figure. */
export function planBars<F extends NumericFigure>(
  rows: PlanExecution[],
  figures: readonly F[],
  nameOfFigure: (figure: F) => string,
  colors: readonly string[],
): EChartsOption {
  return {
    color: [...colors],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, width: 150, overflow: 'truncate' },
    },
    xAxis: { type: 'value', minInterval: 1 },
    series: figures.map((figure) => ({
      type: 'bar',
      name: nameOfFigure(figure),
      data: rows.map((r) => r[figure]),
    })),
  };
}

/** Tall enough for every plan's group of bars. */
export function planBarsHeight(plans: number, figures: number): number {
  return Math.max(200, 60 + plans * (figures * 8 + 12));
}
