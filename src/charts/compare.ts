// Children ranked on one indicator: horizontal bars (long Vietnamese names read well), best on
// top, coloured by target status with the icon in the label, the target as a dashed line.
import type { Locale } from '../i18n/messages';
import type { ComparisonView, UnitRow } from '../model/views/compare';
import { escapeHtml } from './escape';
import { FLAG_MARK, axisLabelFormatter, baseOption, barColor, figureLines, targetLine, valueText } from './common';
import { STATUS_ICON } from '../i18n/messages';
import type { ChartContext, ChartOption } from './option';
import type { Theme } from './theme';
import type { RowPage } from '../model/views/rowPage';

/** The sentence screen readers get, and the chart's text summary. */
export function compareSummary(rows: readonly UnitRow[], locale: Locale): string {
  if (rows.length === 0) return locale.m.compareEmpty;
  const best = rows[0];
  const worst = rows[rows.length - 1];
  const parts = [locale.m.summaryCompare(rows.length, `${best.name} (${valueText(best.value, locale)})`, `${worst.name} (${valueText(worst.value, locale)})`)];
  const count = (s: string) => rows.filter((r) => r.status.status === s).length;
  if (rows.some((r) => r.status.target)) parts.push(locale.m.summaryStatusCounts(count('met'), count('at-risk'), count('missed')));
  return parts.join(' ');
}

export function barLabel(row: UnitRow, locale: Locale): string {
  const icon = row.status.status === 'none' ? '' : ` ${STATUS_ICON[row.status.status]}`;
  // A flagged figure: the mark and the kind of problem, read out by the chart's keyboard too.
  const flag = row.value && row.value.flags.length > 0 ? ` ${FLAG_MARK} ${locale.m.flagSeverity[row.value.flags[0].severity]}` : '';
  return `${valueText(row.value, locale)}${icon}${flag}`;
}

/** The chart's height in CSS px for `rows` bars (and the target's label above them). */
export const compareHeight = (rows: number, target: boolean) => Math.max(140, rows * 36 + (target ? 56 : 32));

/** A round number at or above x (1, 1.5, 2, 2.5 … 10 times a power of ten), where a page's axis ends. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const scale = 10 ** Math.floor(Math.log10(x));
  return Number(((Math.ceil((x / scale) * 2 - 1e-9) / 2) * scale).toPrecision(12));
}

/**
 * The comparison's bars: every child, or the page of them a long list is drawn by (`page`, from
 * rowPage). A page's bars are named with their rank (`21. Phường …`); the axis and the summary
 * read to screen readers are the whole list's, so that pages compare.
 */
export function compareOption(view: ComparisonView, theme: Theme, locale: Locale, ctx: ChartContext, page?: Pick<RowPage, 'from' | 'to'>): ChartOption {
  const from = page?.from ?? 0;
  const rows = page ? view.rows.slice(from, page.to) : view.rows;
  const ranked = rows.length < view.rows.length;
  const kind = view.rows[0]?.value?.kind ?? 'rate';
  const labels = rows.map((r) => barLabel(r, locale));
  const tips = rows.map((r) => [`<strong>${escapeHtml(r.name)}</strong>`, escapeHtml(ctx.indicatorName), ...figureLines(r.value, r.status, locale).map(escapeHtml)].join('<br/>'));
  let maxValue = Math.max(0, view.target?.value ?? 0);
  for (const r of view.rows) maxValue = Math.max(maxValue, r.value!.value);
  return {
    ...baseOption(theme, `${ctx.indicatorName}. ${compareSummary(view.rows, locale)}`),
    grid: { left: 8, right: view.rows.some((r) => r.value?.flags.length) ? 150 : 72, top: view.target ? 28 : 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tips[(p as { dataIndex: number }).dataIndex] ?? '' },
    xAxis: {
      // A page's axis is the whole list's: the bars of page 1 and page 9 are drawn to one scale.
      type: 'value', min: 0, max: kind === 'rate' && maxValue <= 100 ? 100 : ranked ? niceCeil(maxValue) : undefined, splitNumber: 4,
      axisLabel: { formatter: axisLabelFormatter(kind, locale), color: theme.muted, hideOverlap: true },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r, i) => (ranked ? `${from + i + 1}. ${r.name}` : r.name)),
      axisLabel: { color: theme.text, width: 160, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: [{
      type: 'bar',
      name: ctx.indicatorName,
      barMaxWidth: 28,
      cursor: 'pointer',
      data: rows.map((r) => ({ value: r.value!.value, unit: r.unit, itemStyle: { color: barColor(r.status, theme) } })),
      label: { show: true, position: 'right', color: theme.text, formatter: (p: { dataIndex: number }) => labels[p.dataIndex] ?? '' },
      markLine: targetLine(view.target, kind, 'xAxis', theme, locale),
    }],
  } as ChartOption;
}
