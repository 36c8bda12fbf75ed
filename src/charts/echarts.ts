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
