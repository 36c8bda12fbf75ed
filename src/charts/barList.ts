// Bars drawn as HTML rather than on a canvas: what an embedded comparison (children ranked on one
// indicator) and the levels (in the app too) show. A portal page gets the figures without ECharts
// (about 170 KB gzip of code for one bar chart), as text a screen reader reads row by row and a
// phone lays out at any width, with no canvas as tall as 166 communes. The same views, colours,
// labels and targets as compareOption and levelsOption (the levels' in levelBars.ts).
import type { Locale } from '../i18n/messages';
import type { ComparisonView } from '../model/views/compare';
import type { ValueView } from '../model/views/value';
import { axisLabelFormatter, barColor, figureLines, targetText } from './common';
import { barLabel, compareSummary } from './compare';
import type { ChartContext } from './option';
import type { Theme } from './theme';

export interface BarListRow {
  /** What a click on the row selects: a unit's code (the comparison), a level (the levels). */
  key: string;
  name: string;
  /** The bar's length, a share of the scale (0 to 1); null: no figure, no bar. */
  share: number | null;
  color: string;
  /** The value as on the canvas chart's label: the figure, the status icon, a check's mark. */
  label: string;
  /** What the canvas chart's tooltip says: indicator, value, target, status, gap, printed, checks. */
  detail: string[];
  /** Of those, what the label does not say (target, status, gap, printed, checks): read out after it. */
  more: string[];
  /** The row's own target (each level has its own), drawn as a dash on its bar with its text. */
  target: BarListMark | null;
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
  /** The target the rows share, drawn as a dashed line across them (the comparison's). */
  target: BarListMark | null;
  /** The longest label (or row target's text), in characters: the labels' column is that wide in every row. */
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

/** The scale's share of a value and its marks: a rate's is 0–100% as on the canvas charts, unless a
 * rate above 100 is printed; others go in round steps past the largest value or target. */
export function scaleOf(kind: ValueView['kind'], maxValue: number, locale: Locale): { share: (v: number) => number; ticks: BarListMark[] } {
  const { top, step } = kind === 'rate' && maxValue <= 100 ? { top: 100, step: 25 } : niceScale(maxValue);
  const share = (v: number) => Math.min(1, Math.max(0, v / top));
  const tick = axisLabelFormatter(kind, locale);
  const ticks: BarListMark[] = [];
  for (let k = 0; k * step <= top + step / 1e6; k++) ticks.push({ at: share(k * step), text: tick(Number((k * step).toPrecision(12))) });
  return { share, ticks };
}

/** The value column's width: the longest label, or a row's own target text under it. */
export const widest = (rows: readonly BarListRow[]) => Math.max(0, ...rows.map((r) => Math.max([...r.label].length, r.target ? [...r.target.text].length : 0)));

export function compareBars(view: ComparisonView, theme: Theme, locale: Locale, ctx: ChartContext): BarListSpec {
  const rows = view.rows;
  const kind = rows[0]?.value?.kind ?? 'rate';
  const { share, ticks } = scaleOf(kind, Math.max(0, ...rows.map((r) => r.value!.value), view.target?.value ?? 0), locale);
  const out = rows.map((r) => {
    const lines = figureLines(r.value, r.status, locale);
    return { key: r.unit, name: r.name, share: share(r.value!.value), color: barColor(r.status, theme), label: barLabel(r, locale), detail: [ctx.indicatorName, ...lines], more: lines.slice(1), target: null };
  });
  return {
    rows: out,
    ticks,
    target: view.target ? { at: share(view.target.value), text: targetText(view.target, kind, locale) } : null,
    labelChars: widest(out),
    description: `${ctx.indicatorName}. ${compareSummary(rows, locale)}`,
  };
}
