// ECharts' core with what every chart uses (tree-shaken), the canvas renderer, and its Vietnamese
// locale (toolbox, aria and date words) registered as 'VI'.
//
// Only the functions the app calls are imported, by name: `import * as echarts` kept every export
// of echarts/core (its `graphic` and `helper` namespaces, parseGeoJSON and its geometry, …) in the
// chunk every chart and every embed loads first. The map's chunk imports registerMap itself.
import { dispose, getInstanceByDom, init, registerLocale, setPlatformAPI, use } from 'echarts/core';
import { AriaComponent, GridSimpleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import langVI from 'echarts/lib/i18n/langVI.js';
import type { Lang } from '../i18n/format';
import { measureTextOn } from './lineHeight';

// The core every chart needs to draw: the grid without its axis pointer, aria, canvas. Series
// types, target lines and legends are parts loaded before a chart draws, and the tooltip (with
// the axis pointer it installs) a part loaded after the first chart has drawn (parts.ts).
use([GridSimpleComponent, AriaComponent, CanvasRenderer]);
registerLocale('VI', langVI);
// A line of text one em high on a machine without CJK fonts too (lineHeight.ts).
const measuring = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
if (measuring) setPlatformAPI({ measureText: measureTextOn(measuring) });

/** What the charts and echarts-for-react (init, getInstanceByDom, dispose) call. */
export const echarts = { init, use, getInstanceByDom, dispose };

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
