// One ECharts canvas. The instance is also put on its element (`echartsInstance`) so browser
// tests can find a bar's pixel with convertToPixel.
import EChartsReactCore from 'echarts-for-react/esm/core';
import { echarts, echartsLocale } from '../charts/echarts';
import type { ChartOption } from '../charts/option';
import type { Lang } from '../i18n/format';

export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  data: unknown;
}

export function EChart({ option, height, lang, name, onClick }: { option: ChartOption; height: number; lang: Lang; name: string; onClick?: (p: ChartClick) => void }) {
  return (
    <div className="chart" data-chart={name}>
      <EChartsReactCore
        key={lang}
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas', locale: echartsLocale(lang) }}
        onEvents={onClick ? { click: onClick } : {}}
        onChartReady={(chart) => {
          (chart.getDom() as HTMLElement & { echartsInstance?: unknown }).echartsInstance = chart;
        }}
      />
    </div>
  );
}
