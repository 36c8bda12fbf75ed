// Children ranked on one indicator: horizontal bars (long Vietnamese names read well), best on
// top, coloured by target status with the icon in the label, the target as a dashed line.
import type { Locale } from '../i18n/messages';
import type { ComparisonView, UnitRow } from '../model/views/compare';
import { escapeHtml } from './escape';
import { FLAG_MARK, axisLabelFormatter, baseOption, barColor, figureLines, targetLine, valueText } from './common';
import { STATUS_ICON } from '../i18n/messages';
import type { ChartContext, ChartOption } from './option';
import type { Theme } from './theme';

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

export function compareOption(view: ComparisonView, theme: Theme, locale: Locale, ctx: ChartContext): ChartOption {
  const rows = view.rows;
  const kind = rows[0]?.value?.kind ?? 'rate';
  const labels = rows.map((r) => barLabel(r, locale));
  const tips = rows.map((r) => [`<strong>${escapeHtml(r.name)}</strong>`, escapeHtml(ctx.indicatorName), ...figureLines(r.value, r.status, locale).map(escapeHtml)].join('<br/>'));
  const maxValue = Math.max(0, ...rows.map((r) => r.value!.value), view.target?.value ?? 0);
  return {
    ...baseOption(theme, `${ctx.indicatorName}. ${compareSummary(rows, locale)}`),
    grid: { left: 8, right: rows.some((r) => r.value?.flags.length) ? 150 : 72, top: view.target ? 28 : 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tips[(p as { dataIndex: number }).dataIndex] ?? '' },
    xAxis: {
      type: 'value', min: 0, max: kind === 'rate' && maxValue <= 100 ? 100 : undefined, splitNumber: 4,
      axisLabel: { formatter: axisLabelFormatter(kind, locale), color: theme.muted, hideOverlap: true },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.name),
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
