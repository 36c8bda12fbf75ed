// Children ranked on one indicator, drawn as HTML bars rather than on a canvas: what an embedded
// comparison shows. A portal page gets the figures without ECharts (about 170 KB gzip of code for
// one bar chart), as text a screen reader reads row by row and a phone lays out at any width, with
// no canvas as tall as 166 communes. The same view, colours, labels and target as compareOption.
import type { Locale } from '../i18n/messages';
import type { ComparisonView } from '../model/views/compare';
import { axisLabelFormatter, barColor, figureLines, targetText } from './common';
import { barLabel, compareSummary } from './compare';
import type { ChartContext } from './option';
import type { Theme } from './theme';

export interface BarListRow {
  unit: string;
  name: string;
  /** The bar's length, a share of the scale (0 to 1). */
  share: number;
  color: string;
  /** The value as on the canvas chart's label: the figure, the status icon, a check's mark. */
  label: string;
  /** What the canvas chart's tooltip says: indicator, value, target, status, gap, printed, checks. */
  detail: string[];
  /** Of those, what the label does not say (target, status, gap, printed, checks): read out after it. */
  more: string[];
}

export interface BarListMark {
  /** Where on the scale, a share (0 to 1). */
  at: number;
  text: string;
}

export interface BarListSpec {
  rows: BarListRow[];
  /** The scale's marks, evenly spaced from 0 to its top (the grid lines). */
  ticks: BarListMark[];
  /** The shared target, drawn as a dashed line across the bars. */
  target: BarListMark | null;
  /** The longest label, in characters: the labels' column is that wide in every row. */
  labelChars: number;
  /** The sentence screen readers get first. */
  description: string;
}

/** A scale from 0 with about `splits` round steps (1, 2, 2.5, 5 × 10ⁿ) reaching at least `max`. */
export function niceScale(max: number, splits = 4): { top: number; step: number } {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, step: 1 / splits };
  const raw = max / splits;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
  // 1e-9: a max that is a whole number of steps (100 = 4 × 25) is the top, not one step below it.
  return { top: Math.ceil(max / step - 1e-9) * step, step };
}

export function compareBars(view: ComparisonView, theme: Theme, locale: Locale, ctx: ChartContext): BarListSpec {
  const rows = view.rows;
  const kind = rows[0]?.value?.kind ?? 'rate';
  const maxValue = Math.max(0, ...rows.map((r) => r.value!.value), view.target?.value ?? 0);
  // A rate's scale is 0–100% as on the canvas chart, unless a rate above 100 is printed.
  const { top, step } = kind === 'rate' && maxValue <= 100 ? { top: 100, step: 25 } : niceScale(maxValue);
  const share = (v: number) => Math.min(1, Math.max(0, v / top));
  const tick = axisLabelFormatter(kind, locale);
  const ticks: BarListMark[] = [];
  for (let k = 0; k * step <= top + step / 1e6; k++) ticks.push({ at: share(k * step), text: tick(Number((k * step).toPrecision(12))) });
  const out = rows.map((r) => ({
    unit: r.unit,
    name: r.name,
    share: share(r.value!.value),
    color: barColor(r.status, theme),
    label: barLabel(r, locale),
    detail: [ctx.indicatorName, ...figureLines(r.value, r.status, locale)],
    more: figureLines(r.value, r.status, locale).slice(1),
  }));
  return {
    rows: out,
    ticks,
    target: view.target ? { at: share(view.target.value), text: targetText(view.target, kind, locale) } : null,
    labelChars: Math.max(0, ...out.map((r) => [...r.label].length)),
    description: `${ctx.indicatorName}. ${compareSummary(rows, locale)}`,
  };
}
