// The indicator over periods of one kind: a line with each point coloured by its status (and
// the icon in its label), the target as a dashed line named in the legend — a step series when
// targets change from period to period. (A target line's own label, at its end, sat on the last
// points' labels.)
import type { Locale } from '../i18n/messages';
import { STATUS_ICON } from '../i18n/messages';
import { formatPeriod } from '../i18n/format';
import type { TrendPoint, TrendView } from '../model/views/trend';
import { escapeHtml } from './escape';
import { axisLabelFormatter, baseOption, barColor, figureLines, targetLine, targetText, valueText } from './common';
import type { ChartContext, ChartOption } from './option';
import type { Theme } from './theme';

export function trendSummary(points: readonly TrendPoint[], locale: Locale): string {
  if (points.length === 0) return locale.m.trendEmpty;
  const text = (p: TrendPoint) => `${formatPeriod(p.period, locale.lang)} ${valueText(p.value, locale)}`;
  return locale.m.summaryTrend(text(points[0]), text(points[points.length - 1]), points.length);
}

export function trendOption(view: TrendView, theme: Theme, locale: Locale, ctx: ChartContext): ChartOption {
  const points = view.points;
  const kind = points[0]?.value.kind ?? 'rate';
  const labels = points.map((p) => formatPeriod(p.period, locale.lang));
  const tips = points.map((p, i) => [`<strong>${escapeHtml(labels[i])}</strong>`, escapeHtml(ctx.indicatorName), ...figureLines(p.value, p.status, locale).map(escapeHtml)].join('<br/>'));
  const stepTargets = !view.target && points.some((p) => p.status.target);
  const max = Math.max(0, ...points.map((p) => p.value.value), ...points.map((p) => p.status.target?.value ?? 0));
  const series: unknown[] = [{
    type: 'line', name: ctx.indicatorName, symbolSize: 10, lineStyle: { color: theme.accent, width: 2 },
    itemStyle: { color: theme.accent },
    data: points.map((p, i) => ({
      value: p.value.value, itemStyle: { color: barColor(p.status, theme), borderColor: '#fff', borderWidth: 1 }, symbolSize: p.current ? 14 : 10,
      // Three points or more are drawn from the value axis to the plot's right edge: the first
      // label, centred on its point, sat on the axis's ticks ("98,12% ✓" over "98,5%", at 360 and
      // 1280 px), and the last, centred on the right edge, had only the grid's 24 px beside it.
      // They start at their point and end at it, as the time axis's end labels do.
      ...(points.length >= 3 && i === 0 ? { label: { align: 'left' } } : points.length >= 3 && i === points.length - 1 ? { label: { align: 'right' } } : {}),
    })),
    label: {
      show: true, position: 'top', color: theme.text,
      formatter: (p: { dataIndex: number }) => {
        const pt = points[p.dataIndex];
        return pt ? `${valueText(pt.value, locale)}${pt.status.status === 'none' ? '' : ` ${STATUS_ICON[pt.status.status]}`}` : '';
      },
    },
    // Seventeen months on a half-width chart put every label over its neighbours: a label that
    // would overlap one already placed is hidden (shown when its point is pointed at). ECharts
    // places the larger symbols' labels first, so the period on screen (symbol 14) keeps its own.
    labelLayout: { hideOverlap: true },
    // The shared target: a dashed line across, named in the legend (below), not by a label of its own.
    markLine: targetLine(view.target, kind, 'yAxis', theme, locale),
  }];
  const targetName = view.target ? targetText(view.target, kind, locale) : locale.m.seriesTarget;
  const dashed = { type: 'dashed', color: theme.text, width: 1.5 };
  // The legend's entry for the shared target (no data: the line above draws it), or the targets
  // that change from period to period, as a dashed step series.
  if (view.target) series.push({ type: 'line', name: targetName, symbol: 'none', silent: true, lineStyle: dashed, itemStyle: { color: theme.text }, data: [] });
  else if (stepTargets) series.push({ type: 'line', name: targetName, step: 'middle', symbol: 'none', lineStyle: dashed, itemStyle: { color: theme.text }, data: points.map((p) => p.status.target?.value ?? '-') });
  return {
    ...baseOption(theme, `${ctx.indicatorName}. ${trendSummary(points, locale)}`),
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tips[(p as { dataIndex: number }).dataIndex] ?? '' },
    legend: { show: series.length > 1, data: [{ name: targetName, itemStyle: { opacity: 0 } }], top: 0, right: 0, textStyle: { color: theme.muted } },
    xAxis: { type: 'category', data: labels, boundaryGap: points.length < 3, axisLabel: { color: theme.text, showMinLabel: true, showMaxLabel: true, alignMinLabel: 'left', alignMaxLabel: 'right', hideOverlap: true }, axisTick: { show: false } },
    yAxis: {
      type: 'value', scale: kind === 'rate', max: kind === 'rate' && max <= 100 ? 100 : undefined,
      axisLabel: { formatter: axisLabelFormatter(kind, locale), color: theme.muted, hideOverlap: true },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series,
  } as ChartOption;
}
