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
  description: string;
}

/** Row names: units by name, levels by their words. */
export function rowName(row: { level: string; name: string; key: string }, locale: Locale): string {
  return row.key.startsWith('level:') ? levelName(row.level, locale.m) : row.name;
}

export function stackedSummary(spec: Pick<StackedSpec, 'rows' | 'segments' | 'unitWord'>, locale: Locale): string {
  return spec.rows.map((r) => `${r.name}: ${spec.segments.filter((s) => r.segments[s.id] !== undefined).map((s) => `${s.name} ${formatNumber(r.segments[s.id]!, locale.lang)}`).join(', ')}`).join('. ');
}

export function stackedOption(spec: StackedSpec, theme: Theme, locale: Locale): ChartOption {
  const { rows } = spec;
  const used = spec.segments.filter((s) => rows.some((r) => r.segments[s.id] !== undefined));
  const tips = rows.map((r) => {
    const total = used.reduce((sum, s) => sum + (r.segments[s.id] ?? 0), 0);
    return [`<strong>${escapeHtml(r.name)}</strong>`, ...used.filter((s) => r.segments[s.id] !== undefined).map((s) => {
      const v = r.segments[s.id]!;
      const share = total > 0 ? ` (${formatNumber((v / total) * 100, locale.lang, 1)}%)` : '';
      return escapeHtml(`${s.name}: ${formatNumber(v, locale.lang)} ${spec.unitWord}${share}`);
    })].join('<br/>');
  });
  return {
    ...baseOption(theme, spec.description),
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: used.map((s) => s.name), textStyle: { color: theme.muted } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: (p: unknown) => tips[(Array.isArray(p) ? p[0] : p as { dataIndex: number }).dataIndex] ?? '' },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: (v: number) => formatNumber(v, locale.lang), color: theme.muted, hideOverlap: true }, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { color: theme.text, width: 160, overflow: 'truncate' }, axisTick: { show: false } },
    series: used.map((s) => ({
      type: 'bar', name: s.name, stack: 'total', barMaxWidth: 28, itemStyle: { color: s.color },
      cursor: 'pointer',
      data: rows.map((r) => ({ value: r.segments[s.id] ?? 0, unit: r.unit, drill: r.hasChildren })),
    })),
  } as ChartOption;
}

export function dossierStatusSpec(view: DossierStatusView, theme: Theme, locale: Locale): StackedSpec {
  const rows = view.rows.map((r) => ({ key: r.key, unit: r.unit, name: rowName(r, locale), hasChildren: r.hasChildren, segments: r.segments }));
  const segments = STATUS_SEGMENTS.map((id) => ({ id, name: locale.m.segments[id], color: theme.segments[id] }));
  const spec = { rows, segments, unitWord: locale.m.dossiers, description: '' };
  return { ...spec, description: `${locale.m.statusTitle}. ${stackedSummary(spec, locale)}` };
}

export function onlineSpec(view: OnlineCoverageView, theme: Theme, locale: Locale): StackedSpec {
  const rows = view.rows.map((r) => ({ key: r.key, unit: r.unit, name: rowName(r, locale), hasChildren: r.hasChildren, segments: r.segments }));
  const segments = ONLINE_SEGMENTS.map((id) => ({ id, name: locale.m.onlineSegments[id], color: theme.online[id] }));
  const spec = { rows, segments, unitWord: locale.lang === 'vi' ? 'thủ tục' : 'procedures', description: '' };
  return { ...spec, description: `${locale.m.onlineTitle}. ${stackedSummary(spec, locale)}` };
}
