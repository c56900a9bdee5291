import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

/**
 * ECharts in a chunk of its own, loaded by the first chart: most pages draw none, and every page
 * load parsed it when it was in the console's one bundle.
 */
const loadECharts = () => import('./echarts-setup');

/**
 * An Apache ECharts chart. `label` names it for screen readers; the numbers it draws are always in
 * a table beside it too.
 */
export function Chart({
  option,
  label,
  height = 280,
}: {
  option: EChartsOption;
  label: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void loadECharts().then(({ echarts }) => {
      if (disposed || !element.current) return;
      const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
      chart.setOption(option);
      const resize = () => chart.resize();
      window.addEventListener('resize', resize);
      dispose = () => {
        window.removeEventListener('resize', resize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);
  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
