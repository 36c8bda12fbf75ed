// The choropleth: each child unit's region coloured by its figure (a sequential scale with a
// legend) or by its status against the target (with a pattern per status, never colour alone);
// "no data" is hatched grey. Hoàng Sa and Trường Sa are drawn and named on the national maps.
import type { ComposeOption } from 'echarts/core';
import type { MapSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, MarkPointComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { Locale } from '../i18n/messages';
import type { MapRegion, MapView } from '../model/views/map';
import type { StatusKind } from '../model/views/value';
import { formatFigure } from '../i18n/format';
import { escapeHtml } from './escape';
import { baseOption, figureLines, statusText } from './common';
import type { ChartContext } from './option';
import type { Theme } from './theme';

export type MapOption = ComposeOption<MapSeriesOption | VisualMapComponentOption | TooltipComponentOption | AriaComponentOption | MarkPointComponentOption>;

export type MapColouring = 'value' | 'status';

/** The name the geometry is registered under: one per layer. */
export function mapName(view: Pick<MapView, 'layer'>): string {
  const l = view.layer;
  return !l ? '' : l.kind === 'provinces' ? `vn-provinces-${l.era}` : `dataset-${l.index}`;
}

/** The feature property that names each region. */
export function nameProperty(view: Pick<MapView, 'layer'>): string {
  return view.layer?.kind === 'dataset' ? '__feature' : 'code';
}

type Decal = { symbol: string; symbolSize: number; dashArrayX: number[] | number[][]; dashArrayY: number[]; rotation: number; color: string };

/** Patterns that tell statuses apart without colour: none (met), dots, lines one way, lines the other. */
export const STATUS_DECAL: Record<StatusKind, Decal | null> = {
  met: null,
  'at-risk': { symbol: 'circle', symbolSize: 0.5, dashArrayX: [3, 3], dashArrayY: [3, 3], rotation: 0, color: 'rgba(0,0,0,0.45)' },
  missed: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [1, 3], rotation: Math.PI / 4, color: 'rgba(255,255,255,0.7)' },
  'no-data': { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [1, 4], rotation: -Math.PI / 4, color: 'rgba(0,0,0,0.35)' },
  none: null,
};

/** Light to dark: the scale of values (no data stays grey and hatched). */
export const VALUE_SCALE = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];

/** Approximate label points of the two archipelagos (WGS84 longitude, latitude). */
const ISLANDS = { paracel: [112.0, 16.55], spratly: [114.2, 9.4] } as const;

export function mapSummary(view: MapView, locale: Locale): string {
  const { m } = locale;
  const withValue = view.regions.filter((r) => r.value);
  if (withValue.length === 0) return m.compareEmpty;
  const best = [...withValue].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const first = best[0];
  const last = best[best.length - 1];
  const parts = [m.summaryCompare(withValue.length, `${first.name} (${formatFigure(first.value!, locale.lang)})`, `${last.name} (${formatFigure(last.value!, locale.lang)})`)];
  if (view.hasTargets) {
    const n = (s: string) => view.regions.filter((r) => r.status.status === s).length;
    parts.push(m.summaryStatusCounts(n('met'), n('at-risk'), n('missed')));
  }
  return parts.join(' ');
}

function tooltipHtml(r: MapRegion, view: MapView, indicatorName: string, locale: Locale): string {
  const lines = [`<strong>${escapeHtml(r.name)}</strong>`, escapeHtml(indicatorName), ...figureLines(r.value, r.status, locale).map(escapeHtml)];
  if (r.rank !== null) lines.push(escapeHtml(locale.m.mapRank(r.rank, view.ranked)));
  return lines.join('<br/>');
}

export function mapOption(view: MapView, colouring: MapColouring, theme: Theme, locale: Locale, ctx: ChartContext): MapOption {
  const byStatus = colouring === 'status' && view.hasTargets;
  const values = view.regions.filter((r) => r.value).map((r) => r.value!.value);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const tips = view.regions.map((r) => tooltipHtml(r, view, ctx.indicatorName, locale));
  const noData = { areaColor: '#e6e8eb', decal: STATUS_DECAL['no-data'] };
  const data = view.regions.map((r) => {
    const style = !r.value
      ? noData
      : byStatus
        ? { areaColor: theme.status[r.status.status], ...(STATUS_DECAL[r.status.status] ? { decal: STATUS_DECAL[r.status.status] } : {}) }
        : {};
    return { name: r.feature, value: r.value ? r.value.value : Number.NaN, unit: r.unit, itemStyle: style };
  });
  const islands = view.layer?.kind === 'provinces'
    ? {
        silent: true, symbol: 'circle', symbolSize: 4, itemStyle: { color: theme.muted },
        label: { show: true, position: 'right' as const, color: theme.muted, fontSize: 11 },
        // Trường Sa is the right-most land: its name reads to the left, so it fits a phone.
        data: [
          { name: locale.m.islands.paracel, coord: [...ISLANDS.paracel], value: locale.m.islands.paracel, label: { formatter: locale.m.islands.paracel, position: 'right' as const } },
          { name: locale.m.islands.spratly, coord: [...ISLANDS.spratly], value: locale.m.islands.spratly, label: { formatter: locale.m.islands.spratly, position: 'left' as const } },
        ],
      }
    : undefined;
  return {
    ...baseOption(theme, `${ctx.indicatorName}. ${mapSummary(view, locale)}`),
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tips[(p as { dataIndex: number }).dataIndex] ?? '' },
    ...(byStatus || values.length === 0
      ? {}
      : {
          visualMap: {
            type: 'continuous', min, max: max === min ? min + 1 : max, seriesIndex: 0, calculable: false, orient: 'horizontal', left: 'left', bottom: 0,
            itemWidth: 12, itemHeight: 140, precision: view.regions.find((r) => r.value)?.value?.decimals ?? 0,
            text: [formatFigure({ ...view.regions.find((r) => r.value)!.value!, value: max }, locale.lang), formatFigure({ ...view.regions.find((r) => r.value)!.value!, value: min }, locale.lang)],
            showLabel: false, textStyle: { color: theme.text }, inRange: { color: VALUE_SCALE },
          },
        }),
    series: [{
      type: 'map',
      map: mapName(view),
      nameProperty: nameProperty(view),
      roam: false,
      aspectScale: 1,
      layoutCenter: ['50%', '46%'],
      layoutSize: '92%',
      selectedMode: false,
      label: { show: false },
      emphasis: { label: { show: false }, itemStyle: { areaColor: undefined, borderColor: theme.text, borderWidth: 1.5 } },
      itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: noData.areaColor },
      data,
      markPoint: islands,
    }],
  } as MapOption;
}

/** The legend under the map: what each colour and pattern means, in words. */
export function mapLegend(view: MapView, colouring: MapColouring, locale: Locale): { key: string; label: string }[] {
  const { m } = locale;
  const items: { key: string; label: string }[] = [];
  if (colouring === 'status' && view.hasTargets) {
    for (const s of ['met', 'at-risk', 'missed'] as const) items.push({ key: s, label: statusText({ status: s, target: null, gap: null, partial: false }, locale) });
  }
  if (view.regions.some((r) => !r.value)) items.push({ key: 'no-data', label: m.mapNoData });
  return items;
}
