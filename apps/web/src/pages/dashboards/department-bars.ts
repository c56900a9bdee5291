import type { EChartsOption } from 'echarts';
import type { DepartmentCounts } from './overdue-model';

const COLORS = ['#b71c1c', '#a05a00', '#0b5cad', '#1b7a3d', '#6b4fbb'];

/** A stacked bar per department, one stack part per state. */
export function departmentBars<S extends string>(
  counts: DepartmentCounts<S>[],
  states: readonly S[],
  nameOf: (departmentId: string) => string,
  stateName: (state: S) => string,
): EChartsOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: counts.map((c) => nameOf(c.departmentId)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: states.map((state) => ({
      type: 'bar',
      stack: 'overdue',
      name: stateName(state),
      data: counts.map((c) => c.counts[state]),
    })),
  };
}
