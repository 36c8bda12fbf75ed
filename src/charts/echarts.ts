// ECharts with only what the charts use (tree-shaken), the canvas renderer, and its Vietnamese
// locale (toolbox, aria and date words) registered as 'VI'.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendPlainComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import langVI from 'echarts/lib/i18n/langVI.js';
import type { Lang } from '../i18n/format';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);
echarts.registerLocale('VI', langVI);

export { echarts };

export function echartsLocale(lang: Lang): string {
  return lang === 'vi' ? 'VI' : 'EN';
}
