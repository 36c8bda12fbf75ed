// ECharts' core with what every chart uses (tree-shaken), the canvas renderer, and its Vietnamese
// locale (toolbox, aria and date words) registered as 'VI'.
import * as echarts from 'echarts/core';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import langVI from 'echarts/lib/i18n/langVI.js';
import type { Lang } from '../i18n/format';

// The core every chart needs; series types, target lines and legends are parts loaded as needed (parts.ts).
echarts.use([GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);
echarts.registerLocale('VI', langVI);

export { echarts };

export function echartsLocale(lang: Lang): string {
  return lang === 'vi' ? 'VI' : 'EN';
}

/**
 * How a chart takes its next option: the components a view draws are replaced (those the new
 * option lacks are removed), while the tooltip is kept — with `notMerge` ECharts would build a
 * new tooltip on every update, and each new one measures the page (a forced layout per chart
 * per drill).
 */
export const REPLACED_COMPONENTS = ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'visualMap', 'geo', 'title', 'graphic', 'dataZoom', 'dataset'];
