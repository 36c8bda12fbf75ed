// The service index drawn: the six groups of each unit stacked on a scale of 100 (what is left to
// 100 in grey, "points not scored"), and one unit's groups against their maxima. Pure option
// builders; the names of the groups come from the catalogue through the context.
import type { Locale } from '../i18n/messages';
import { serviceIndexMessages } from '../i18n/serviceIndex';
import { formatFigure, formatNumber, roundTo } from '../i18n/format';
import { SERVICE_INDEX_PARTS } from '../model/catalogueCore';
import type { ServiceIndexRow, ServiceIndexView } from '../model/serviceIndex/serviceIndex';
import { baseOption } from './common';
import { escapeHtml } from './escape';
import type { ChartOption } from './option';
import type { Theme } from './theme';

/** Names of the six groups (and of the total) in the reader's language. */
export interface IndexNames {
  groups: Readonly<Record<string, string>>;
}

/** One colour per group, after Okabe–Ito (told apart by colour-blind readers); the table, the
 * legend and the tooltip carry every figure in words too. */
export const GROUP_COLOURS: Readonly<Record<string, string>> = {
  service_index_transparency: '#0072b2',
  service_index_progress: '#009e73',
  service_index_online: '#cc79a7',
  service_index_payment: '#e69f00',
  service_index_satisfaction: '#56b4e9',
  service_index_digitization: '#6a3d9a',
};
export const NOT_SCORED = '#dde1e6';

/** The legend of the ranking chart, drawn in HTML by the panel (it wraps on a phone): each group
 * and the grey "points not scored", with their colours. */
export function rankingLegend(locale: Locale, names: IndexNames): { name: string; color: string }[] {
  return [...SERVICE_INDEX_PARTS.map((id) => ({ name: names.groups[id], color: GROUP_COLOURS[id] })), { name: serviceIndexMessages(locale.lang).lostSegment, color: NOT_SCORED }];
}

/** Scores as printed, up to two decimals: 17,5; 19,25; 11. */
export function pointsText(x: number, locale: Locale): string {
  const d = roundTo(x, 0) === roundTo(x, 2) ? 0 : roundTo(x, 1) === roundTo(x, 2) ? 1 : 2;
  return formatNumber(x, locale.lang, d);
}

export function bandText(row: Pick<ServiceIndexRow, 'band'>, locale: Locale): string {
  return row.band ? serviceIndexMessages(locale.lang).bands[row.band] : '—';
}

/** "Thành phố Hà Nội: 91,25 điểm/100, xếp loại Xuất sắc, hạng 1/8." and where it loses most. */
export function unitSummary(row: ServiceIndexRow, locale: Locale, names: IndexNames): string {
  const s = serviceIndexMessages(locale.lang);
  if (!row.total) return `${row.name}: ${s.noGroups}`;
  const rank = row.rank !== null ? s.rankOf(row.rank, row.of) : '';
  const first = row.lostOrder[0];
  const most = first && first.lost !== null && first.lost > 0 ? ` ${s.mostLost(names.groups[first.indicator], pointsText(first.lost, locale))}` : '';
  return `${s.summaryUnit(row.name, formatFigure(row.total, locale.lang), bandText(row, locale), rank)}${most}`;
}

export function serviceIndexSummary(view: ServiceIndexView, locale: Locale, names: IndexNames): string {
  const s = serviceIndexMessages(locale.lang);
  if (!view.hasData) return s.empty;
  const parts: string[] = [];
  if (view.self?.total) parts.push(unitSummary(view.self, locale, names));
  const ranked = view.rows.filter((r) => r.total);
  if (ranked.length > 0) {
    const label = (r: ServiceIndexRow) => `${r.name} (${formatFigure(r.total!, locale.lang)})`;
    parts.push(s.summaryUnits(ranked.length, label(ranked[0]), label(ranked[ranked.length - 1])));
  }
  return parts.join(' ');
}

/** The lines of a unit's tooltip: total and band, then each group against its maximum. */
function unitLines(row: ServiceIndexRow, locale: Locale, names: IndexNames): string[] {
  const s = serviceIndexMessages(locale.lang);
  const head = row.total ? `${s.total}: ${formatFigure(row.total, locale.lang)}/100 · ${bandText(row, locale)}${row.rank !== null ? ` · ${s.rankOf(row.rank, row.of)}` : ''}` : '';
  return [
    `<strong>${escapeHtml(row.name)}</strong>`,
    ...(head ? [escapeHtml(head)] : []),
    ...row.groups.filter((g) => g.score).map((g) => escapeHtml(`${names.groups[g.indicator]}: ${s.ofMax(formatFigure(g.score!, locale.lang), pointsText(g.max, locale))}${g.overMax ? ' (!)' : ''}`)),
  ];
}

/** Each unit's six groups stacked on a scale of 100, best total first; a bar drills into its unit. */
export function serviceIndexRankingOption(view: ServiceIndexView, theme: Theme, locale: Locale, names: IndexNames): ChartOption {
  const s = serviceIndexMessages(locale.lang);
  const rows = view.rows.filter((r) => r.total || r.groups.some((g) => g.score));
  const tips = rows.map((r) => unitLines(r, locale, names).join('<br/>'));
  const scored = (r: ServiceIndexRow) => r.groups.reduce((sum, g) => sum + (g.score?.value ?? 0), 0);
  const spoken = rows.map((r) => `${r.total ? `${formatFigure(r.total, locale.lang)}/100, ${bandText(r, locale)}` : s.noGroups}${r.rank !== null ? `, ${s.rankOf(r.rank, r.of)}` : ''}`);
  const groupSeries = SERVICE_INDEX_PARTS.map((id, i) => ({
    type: 'bar' as const, name: names.groups[id], stack: 'index', barMaxWidth: 26, cursor: 'pointer',
    itemStyle: { color: GROUP_COLOURS[id] },
    // The first series also carries what a keyboard user hears for each bar (src/charts/keyboard.ts).
    ...(i === 0 ? { label: { show: false, formatter: (p: { dataIndex: number }) => spoken[p.dataIndex] ?? '' } } : {}),
    data: rows.map((r) => ({ value: r.groups.find((g) => g.indicator === id)?.score?.value ?? 0, unit: r.unit, drill: true })),
  }));
  const rest = {
    type: 'bar' as const, name: s.lostSegment, stack: 'index', barMaxWidth: 26, cursor: 'pointer',
    itemStyle: { color: NOT_SCORED },
    label: { show: true, position: 'right' as const, color: theme.text, formatter: (p: { dataIndex: number }) => (rows[p.dataIndex]?.total ? formatFigure(rows[p.dataIndex].total!, locale.lang) : '') },
    data: rows.map((r) => ({ value: Math.max(0, roundTo(100 - scored(r), 6)), unit: r.unit, drill: true })),
  };
  return {
    ...baseOption(theme, `${s.rankingChart}. ${serviceIndexSummary({ ...view, self: null }, locale, names)}`),
    grid: { left: 8, right: 52, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: (p: unknown) => tips[(Array.isArray(p) ? p[0] : p as { dataIndex: number }).dataIndex] ?? '' },
    xAxis: { type: 'value', min: 0, max: 100, interval: 20, axisLabel: { formatter: (v: number) => formatNumber(v, locale.lang), color: theme.muted }, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { color: theme.text, width: 130, overflow: 'truncate' }, axisTick: { show: false } },
    series: [...groupSeries, rest],
  } as ChartOption;
}

/** One unit's six groups, each bar as long as the group's maximum: the score in the group's
 * colour, the points lost in grey, the score and maximum written at its end. */
export function serviceIndexGroupsOption(row: ServiceIndexRow, theme: Theme, locale: Locale, names: IndexNames): ChartOption {
  const s = serviceIndexMessages(locale.lang);
  const groups = row.groups;
  const label = (i: number) => {
    const g = groups[i];
    return g.score ? `${s.ofMax(formatFigure(g.score, locale.lang), pointsText(g.max, locale))}${g.overMax ? ' (!)' : ''}` : `—/${pointsText(g.max, locale)}`;
  };
  const tips = groups.map((g, i) => escapeHtml(`${names.groups[g.indicator]}: ${label(i)}${g.lost !== null && g.lost > 0 ? ` · ${s.lost}: ${pointsText(g.lost, locale)}` : ''}`));
  const description = `${s.groupsTitle}: ${groups.map((g, i) => `${names.groups[g.indicator]} ${label(i)}`).join('; ')}.`;
  return {
    ...baseOption(theme, description),
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: (p: unknown) => tips[(Array.isArray(p) ? p[0] : p as { dataIndex: number }).dataIndex] ?? '' },
    xAxis: { type: 'value', min: 0, max: Math.max(...groups.map((g) => Math.max(g.max, g.score?.value ?? 0))), axisLabel: { formatter: (v: number) => formatNumber(v, locale.lang), color: theme.muted }, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: { type: 'category', inverse: true, data: groups.map((g) => names.groups[g.indicator]), axisLabel: { color: theme.text, width: 120, overflow: 'break', lineHeight: 14 }, axisTick: { show: false } },
    series: [
      {
        type: 'bar', name: s.score, stack: 'group', barMaxWidth: 22,
        label: { show: false, formatter: (p: { dataIndex: number }) => label(p.dataIndex) },
        data: groups.map((g) => ({ value: g.score?.value ?? 0, itemStyle: { color: GROUP_COLOURS[g.indicator] } })),
      },
      {
        type: 'bar', name: s.lostSegment, stack: 'group', barMaxWidth: 22, itemStyle: { color: NOT_SCORED },
        label: { show: true, position: 'right', color: theme.text, formatter: (p: { dataIndex: number }) => label(p.dataIndex) },
        data: groups.map((g) => ({ value: g.lost !== null ? Math.max(0, g.lost) : g.max })),
      },
    ],
  } as ChartOption;
}
