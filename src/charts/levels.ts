// Levels side by side: a bar per level (province / district / commune desks, departments) and,
// on each, a short dash at that level's own target.
import type { Locale } from '../i18n/messages';
import { levelName } from '../i18n/messages';
import type { LevelRow, LevelView } from '../model/views/levels';
import { escapeHtml } from './escape';
import { axisLabelFormatter, baseOption, barColor, figureLines, statusText, targetText, valueText } from './common';
import { STATUS_ICON } from '../i18n/messages';
import type { ChartContext, ChartOption } from './option';
import type { Theme } from './theme';

export function levelsSummary(rows: readonly LevelRow[], locale: Locale): string {
  if (rows.length === 0) return locale.m.levelsEmpty;
  return locale.m.summaryLevels(rows.map((r) => {
    const target = r.status.target ? `, ${targetText(r.status.target, r.value?.kind ?? 'rate', locale)}` : '';
    const status = r.status.status === 'none' ? '' : `, ${statusText(r.status, locale)}`;
    return `${levelName(r.level, locale.m)} ${valueText(r.value, locale)}${target}${status}`;
  }).join('; '));
}

/** A level's figure with its status icon: the label on its bar (canvas or HTML). */
export function levelLabel(r: LevelRow, locale: Locale): string {
  return `${valueText(r.value, locale)}${r.value && r.status.status !== 'none' ? ` ${STATUS_ICON[r.status.status]}` : ''}`;
}

export function levelsOption(view: LevelView, theme: Theme, locale: Locale, ctx: ChartContext): ChartOption {
  const rows = view.rows;
  const kind = rows.find((r) => r.value)?.value?.kind ?? 'rate';
  const names = rows.map((r) => levelName(r.level, locale.m));
  const tips = rows.map((r, i) => [`<strong>${escapeHtml(names[i])}</strong>`, escapeHtml(ctx.indicatorName), ...figureLines(r.value, r.status, locale).map(escapeHtml)].join('<br/>'));
  const targets = rows.map((r) => (r.status.target ? r.status.target.value : null));
  const targetLabels = rows.map((r) => (r.status.target ? targetText(r.status.target, kind, locale) : ''));
  const max = Math.max(0, ...rows.map((r) => r.value?.value ?? 0), ...targets.map((t) => t ?? 0));
  return {
    ...baseOption(theme, `${ctx.indicatorName}. ${levelsSummary(rows, locale)}`),
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tips[(p as { dataIndex: number }).dataIndex] ?? '' },
    legend: { show: targets.some((t) => t !== null), top: 0, right: 0, data: [locale.m.seriesValue, locale.m.seriesTarget], textStyle: { color: theme.muted } },
    xAxis: { type: 'category', data: names, axisLabel: { color: theme.text, interval: 0 }, axisTick: { show: false } },
    yAxis: {
      type: 'value', min: 0, max: kind === 'rate' && max <= 100 ? 100 : undefined,
      axisLabel: { formatter: axisLabelFormatter(kind, locale), color: theme.muted, hideOverlap: true },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series: [
      {
        type: 'bar', name: locale.m.seriesValue, barMaxWidth: 56, itemStyle: { color: theme.accent },
        data: rows.map((r) => (r.value ? { value: r.value.value, itemStyle: { color: barColor(r.status, theme) } } : { value: '-' as unknown as number })),
        label: {
          show: true, position: 'top', color: theme.text,
          formatter: (p: { dataIndex: number }) => {
            const r = rows[p.dataIndex];
            return r?.value ? levelLabel(r, locale) : '';
          },
        },
      },
      {
        type: 'line', name: locale.m.seriesTarget, data: targets.map((t) => t ?? '-') as number[],
        symbol: 'rect', symbolSize: [44, 3], lineStyle: { width: 0, opacity: 0 }, itemStyle: { color: theme.text }, z: 5,
        label: { show: true, position: 'right', color: theme.text, formatter: (p: { dataIndex: number }) => targetLabels[p.dataIndex] ?? '' },
        tooltip: { formatter: (p: unknown) => tips[(p as { dataIndex: number }).dataIndex] ?? '' },
      },
    ],
  } as ChartOption;
}
