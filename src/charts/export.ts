// A chart as a picture for a report: the option a panel draws, with its caption drawn in — the
// title on top, "unit · period" under it, "Nguồn: … · Số liệu đến …" at the bottom — on white,
// with room for them above and below the plot. Pure: the component renders it offscreen
// (components/download/chartImage.ts), which registers the title and graphic components.
import type { Locale } from '../i18n/messages';
import { THEME } from './theme';

export interface ExportCaption {
  /** The panel's title (`So sánh các đơn vị trực thuộc: Tỷ lệ …`). */
  title: string;
  /** The unit the panel is about (`Tỉnh Bắc Ninh`). */
  unit: string;
  /** The period as shown (`Quý I/2026`). */
  period: string;
  /** Where the figures come from: the figures' sources, else the dataset's files. */
  source: string;
  /** The day the data runs to, as shown (`31/03/2026`). */
  date: string;
}

export interface ExportSize {
  width: number;
  height: number;
}

/** A 16:9 picture, wide enough for long Vietnamese unit names. */
export const EXPORT_WIDTH = 1200;
export const EXPORT_HEIGHT = 675;
/** Room above the plot for the title and its second line, and below it for the source line. */
export const EXPORT_HEAD = 92;
export const EXPORT_FOOT = 48;
const PAD = 24;

/** The picture's size: 1200 × 675, taller when the chart on screen needs more (many bars). */
export function exportSize(chartHeight = 0): ExportSize {
  return { width: EXPORT_WIDTH, height: Math.max(EXPORT_HEIGHT, Math.ceil(chartHeight) + EXPORT_HEAD + EXPORT_FOOT + 32) };
}

/** The caption's second line: `Tỉnh Bắc Ninh · Quý I/2026`. */
export function captionSubtitle(c: Pick<ExportCaption, 'unit' | 'period'>): string {
  return [c.unit, c.period].filter(Boolean).join(' · ');
}

/** The caption's last line: `Nguồn: … · Số liệu đến …`. */
export function captionFooter(c: Pick<ExportCaption, 'source' | 'date'>, locale: Locale): string {
  return locale.m.exportFooter(c.source, c.date);
}

type Box = Record<string, unknown>;

const add = (v: unknown, d: number) => (typeof v === 'number' ? v + d : v);

function shiftGrid(g: Box): Box {
  return { ...g, top: add(g.top ?? 60, EXPORT_HEAD), bottom: add(g.bottom ?? 60, EXPORT_FOOT), left: add(g.left ?? '10%', PAD), right: add(g.right ?? '10%', PAD) };
}

function shiftLegend(l: Box): Box {
  return {
    ...l,
    ...(l.top !== undefined ? { top: add(l.top, EXPORT_HEAD) } : {}),
    ...(l.bottom !== undefined ? { bottom: add(l.bottom, EXPORT_FOOT) } : {}),
    ...(typeof l.left === 'number' || l.left === 'left' ? { left: add(l.left === 'left' ? 0 : l.left, PAD) } : {}),
    ...(typeof l.right === 'number' || l.right === 'right' ? { right: add(l.right === 'right' ? 0 : l.right, PAD) } : {}),
  };
}

const each = (v: unknown, f: (b: Box) => Box): unknown => (Array.isArray(v) ? v.map((x) => f(x as Box)) : v && typeof v === 'object' ? f(v as Box) : v);

/** Font names in single quotes: ECharts' SVG writer puts `font-family` in a `style="…"` attribute
 * without escaping, and `"Be Vietnam Pro"` there makes the SVG file malformed. */
export function svgSafeFont(font: string): string {
  return font.replace(/"/g, "'");
}

/** The option with every `fontFamily` made SVG-safe (a copy: functions and data kept as they are). */
function safeFonts(v: unknown, depth = 0): unknown {
  if (depth > 8 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => safeFonts(x, depth + 1));
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  const out: Box = {};
  for (const [k, x] of Object.entries(v)) out[k] = k === 'fontFamily' && typeof x === 'string' ? svgSafeFont(x) : safeFonts(x, depth + 1);
  return out;
}

/**
 * The option to render for export. The chart keeps its own drawing; the caption is an ECharts
 * `title` (title and "unit · period" as its subtext) and a `graphic` text (the source line).
 */
export function exportOption<T extends object>(option: T, caption: ExportCaption, locale: Locale, size: ExportSize = exportSize()) {
  const o = safeFonts(option) as Box;
  const hasScale = o.visualMap !== undefined;
  // A map (series with a layout box) is fitted between the caption lines, above its scale.
  const plotTop = EXPORT_HEAD;
  const plotHeight = size.height - EXPORT_HEAD - EXPORT_FOOT - (hasScale ? 56 : 8);
  const series = each(o.series, (s) => (s.layoutCenter !== undefined
    ? { ...s, layoutCenter: ['50%', Math.round(plotTop + plotHeight / 2)], layoutSize: Math.round(Math.min(plotHeight, size.width - 2 * PAD)) }
    : s));
  const text = { fontFamily: svgSafeFont(THEME.font) };
  return {
    ...(o as T),
    animation: false,
    backgroundColor: '#ffffff',
    ...(o.grid !== undefined ? { grid: each(o.grid, shiftGrid) } : {}),
    ...(o.legend !== undefined ? { legend: each(o.legend, shiftLegend) } : {}),
    ...(o.visualMap !== undefined ? { visualMap: each(o.visualMap, (v) => shiftLegend({ ...v, ...(v.bottom !== undefined ? { bottom: add(v.bottom, 8) } : {}) })) } : {}),
    ...(o.series !== undefined ? { series } : {}),
    title: {
      text: caption.title,
      subtext: captionSubtitle(caption),
      left: PAD,
      top: 20,
      padding: 0,
      // Line heights with room for stacked tone marks (ễ, ặ), so the two lines never touch.
      itemGap: 6,
      textStyle: { ...text, color: THEME.text, fontSize: 20, lineHeight: 30, fontWeight: 600, width: size.width - 2 * PAD, overflow: 'truncate' },
      subtextStyle: { ...text, color: THEME.muted, fontSize: 14, lineHeight: 22, width: size.width - 2 * PAD, overflow: 'truncate' },
    },
    graphic: [{
      type: 'text',
      left: PAD,
      bottom: 18,
      silent: true,
      style: { ...text, text: captionFooter(caption, locale), fill: THEME.muted, fontSize: 12, width: size.width - 2 * PAD, overflow: 'truncate' },
    }],
  };
}
