// Stacked horizontal bars for counts split into parts: dossier status (early / on time / late /
// pending) and online-service coverage (fully / partly / not online).
import type { Locale } from '../i18n/messages';
import { levelName } from '../i18n/messages';
import { formatNumber } from '../i18n/format';
import type { DossierStatusView } from '../model/views/dossierStatus';
import { STATUS_SEGMENTS } from '../model/views/dossierStatus';
import type { OnlineCoverageView } from '../model/views/onlineCoverage';
import { ONLINE_SEGMENTS } from '../model/views/onlineCoverage';
import { escapeHtml } from './escape';
import { baseOption } from './common';
import type { ChartOption } from './option';
import type { Theme } from './theme';
import { PAGED_ABOVE, type RowPage } from '../model/views/rowPage';
import { niceCeil } from './compare';

export interface StackedRow {
  key: string;
  unit: string;
  name: string;
  hasChildren: boolean;
  segments: Partial<Record<string, number>>;
}

export interface StackedSpec {
  rows: StackedRow[];
  /** Segment ids in stacking order, with their names and colours. */
  segments: { id: string; name: string; color: string }[];
  unitWord: string;
  /** The panel's title, which the chart's description to screen readers starts with. */
  title: string;
  description: string;
}

/** The chart's height in CSS px for `rows` bars (a picture draws its legend in the top 36 px). */
export const stackedHeight = (rows: number) => Math.max(120, rows * 40 + 56);

/** Row names: units by name, levels by their words. */
export function rowName(row: { level: string; name: string; key: string }, locale: Locale): string {
  return row.key.startsWith('level:') ? levelName(row.level, locale.m) : row.name;
}

/** Each row's counts in words; for a long list (a province's wards), how many rows and where they are. */
export function stackedSummary(spec: Pick<StackedSpec, 'rows' | 'segments' | 'unitWord'>, locale: Locale): string {
  if (spec.rows.length > PAGED_ABOVE) return locale.m.stackedLong(spec.rows.length);
  return rowSentences(spec.rows, spec, locale);
}

function rowSentences(rows: readonly StackedRow[], spec: Pick<StackedSpec, 'segments'>, locale: Locale): string {
  return rows.map((r) => `${r.name}: ${spec.segments.filter((s) => r.segments[s.id] !== undefined).map((s) => `${s.name} ${formatNumber(r.segments[s.id]!, locale.lang)}`).join(', ')}`).join('. ');
}

/** The parts some row has, in stacking order: what the legend names (the whole list's, on every
 * page). */
export function stackedLegend(spec: Pick<StackedSpec, 'rows' | 'segments'>): StackedSpec['segments'] {
  return spec.segments.filter((s) => spec.rows.some((r) => r.segments[s.id] !== undefined));
}

/**
 * The stacked bars of every row, or of the page a long list is drawn by (`page`, from rowPage),
 * on the whole list's scale. On the screen the legend is the panel's, in HTML (stackedLegend): an
 * ECharts legend wraps to a second line on a phone (four names at 336 px) but the plot does not
 * move down for it, and the fourth name sat on the first bar. The picture draws it
 * (stackedPictureOption).
 */
export function stackedOption(spec: StackedSpec, theme: Theme, locale: Locale, page?: Pick<RowPage, 'from' | 'to'>): ChartOption {
  const rows = page ? spec.rows.slice(page.from, page.to) : spec.rows;
  const used = stackedLegend(spec);
  let max = 0;
  if (rows.length < spec.rows.length) for (const r of spec.rows) max = Math.max(max, used.reduce((sum, s) => sum + (r.segments[s.id] ?? 0), 0));
  const tips = rows.map((r) => {
    const total = used.reduce((sum, s) => sum + (r.segments[s.id] ?? 0), 0);
    return [`<strong>${escapeHtml(r.name)}</strong>`, ...used.filter((s) => r.segments[s.id] !== undefined).map((s) => {
      const v = r.segments[s.id]!;
      const share = total > 0 ? ` (${formatNumber((v / total) * 100, locale.lang, 1)}%)` : '';
      return escapeHtml(`${s.name}: ${formatNumber(v, locale.lang)} ${spec.unitWord}${share}`);
    })].join('<br/>');
  });
  // A page is read out as drawn: where it is in the list, then its rows.
  const description = rows.length < spec.rows.length
    ? `${spec.title}. ${locale.m.rowsOfList(page!.from + 1, page!.to, spec.rows.length)}. ${rowSentences(rows, spec, locale)}`
    : spec.description;
  return {
    ...baseOption(theme, description),
    grid: { left: 8, right: 24, top: 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: (p: unknown) => tips[(Array.isArray(p) ? p[0] : p as { dataIndex: number }).dataIndex] ?? '' },
    xAxis: { type: 'value', splitNumber: 4, max: max > 0 ? niceCeil(max) : undefined, axisLabel: { formatter: (v: number) => formatNumber(v, locale.lang), color: theme.muted, hideOverlap: true }, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { color: theme.text, width: 160, overflow: 'truncate' }, axisTick: { show: false } },
    series: used.map((s) => ({
      type: 'bar', name: s.name, stack: 'total', barMaxWidth: 28, itemStyle: { color: s.color },
      cursor: 'pointer',
      data: rows.map((r) => ({ value: r.segments[s.id] ?? 0, unit: r.unit, drill: r.hasChildren })),
    })),
  } as ChartOption;
}

/** Every row with the legend drawn above the bars, for a picture (1200 px wide: one line holds
 * the names). */
export function stackedPictureOption(spec: StackedSpec, theme: Theme, locale: Locale): ChartOption {
  const o = stackedOption(spec, theme, locale) as ChartOption & { grid: object };
  return {
    ...o,
    grid: { ...o.grid, top: 36 },
    legend: { top: 0, left: 0, data: stackedLegend(spec).map((s) => s.name), textStyle: { color: theme.muted } },
  } as ChartOption;
}

export function dossierStatusSpec(view: DossierStatusView, theme: Theme, locale: Locale): StackedSpec {
  const rows = view.rows.map((r) => ({ key: r.key, unit: r.unit, name: rowName(r, locale), hasChildren: r.hasChildren, segments: r.segments }));
  const segments = STATUS_SEGMENTS.map((id) => ({ id, name: locale.m.segments[id], color: theme.segments[id] }));
  const spec = { rows, segments, unitWord: locale.m.dossiers, title: locale.m.statusTitle, description: '' };
  return { ...spec, description: `${spec.title}. ${stackedSummary(spec, locale)}` };
}

export function onlineSpec(view: OnlineCoverageView, theme: Theme, locale: Locale): StackedSpec {
  const rows = view.rows.map((r) => ({ key: r.key, unit: r.unit, name: rowName(r, locale), hasChildren: r.hasChildren, segments: r.segments }));
  const segments = ONLINE_SEGMENTS.map((id) => ({ id, name: locale.m.onlineSegments[id], color: theme.online[id] }));
  const spec = { rows, segments, unitWord: locale.lang === 'vi' ? 'thủ tục' : 'procedures', title: locale.m.onlineTitle, description: '' };
  return { ...spec, description: `${spec.title}. ${stackedSummary(spec, locale)}` };
}
