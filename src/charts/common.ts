// Pieces the option builders share: value and status text, axes, the target line.
import type { Locale } from '../i18n/messages';
import { STATUS_ICON, opMark } from '../i18n/messages';
import { formatFigure, formatNumber, formatPoints } from '../i18n/format';
import type { StatusView, TargetView, ValueView } from '../model/views/value';
import type { Theme } from './theme';
import { decimalsOf } from '../data/formatVi';
import { problemTitle } from '../i18n/problems';

/** The mark a figure a check flags carries on a chart's label. */
export const FLAG_MARK = '⚠';

/** `⚠ Cảnh báo: Tỷ lệ không khớp với tổng suy ra`, one line per check that flags the figure. */
export function flagLines(v: ValueView | null, locale: Locale): string[] {
  return (v?.flags ?? []).map((f) => `${FLAG_MARK} ${locale.m.flagSeverity[f.severity]}: ${problemTitle(f.code, locale.lang)}`);
}

export function valueText(v: ValueView | null, locale: Locale): string {
  return v ? formatFigure(v, locale.lang) : locale.m.noData;
}

/** `✓ Đạt`, `! Cần chú ý`, `✗ Chưa đạt`, `— …` */
export function statusText(s: StatusView, locale: Locale): string {
  return `${STATUS_ICON[s.status]} ${s.status === 'none' || s.status === 'no-data' ? locale.m.statusLong[s.status] : locale.m.status[s.status]}`;
}

export function targetText(t: TargetView, kind: ValueView['kind'] | 'rate', locale: Locale): string {
  const v = kind === 'rate' ? `${formatNumber(t.value, locale.lang, Number.isInteger(t.value) ? 0 : 1)}%` : formatNumber(t.value, locale.lang, Number.isInteger(t.value) ? 0 : 2);
  return `${locale.m.target} ${opMark(t.op)} ${v}`;
}

/** The lines of a tooltip for one figure: value, status, target and gap, printed figure. */
export function figureLines(v: ValueView | null, s: StatusView, locale: Locale): string[] {
  const lines = [valueText(v, locale)];
  if (s.target) lines.push(`${targetText(s.target, v?.kind ?? 'rate', locale)} (${s.target.plan})`);
  if (s.status !== 'none') lines.push(statusText(s, locale));
  if (s.gap !== null && v) lines.push(`${locale.m.gap}: ${v.kind === 'rate' ? formatPoints(s.gap, locale.lang) : formatNumber(s.gap, locale.lang, v.decimals)}`);
  if (v?.differs && v.published !== null) lines.push(`${locale.m.printed}: ${formatFigure({ ...v, value: v.published, decimals: v.publishedDecimals ?? v.decimals }, locale.lang)}`);
  lines.push(...flagLines(v, locale));
  return lines;
}

export function barColor(s: StatusView, theme: Theme): string {
  return theme.status[s.status];
}

/** An axis tick's text, with as many decimals as the tick has (up to 3): on an axis scaled to its
 * figures, ticks 0.1 apart (99,5%, 99,6% … a ward's on-time rates) all read "100%" when rounded. */
export function axisLabelFormatter(kind: ValueView['kind'], locale: Locale): (value: number) => string {
  return (value: number) => {
    const text = formatNumber(value, locale.lang, decimalsOf(value, 3));
    return kind === 'rate' ? `${text}%` : text;
  };
}

export function baseOption(theme: Theme, description: string) {
  return {
    animation: false,
    aria: { enabled: true, label: { enabled: true, description } },
    textStyle: { fontFamily: theme.font, color: theme.text },
    color: [theme.accent],
  };
}

export function targetLine(t: TargetView | null, kind: ValueView['kind'], axis: 'xAxis' | 'yAxis', theme: Theme, locale: Locale) {
  if (!t) return undefined;
  const text = targetText(t, kind, locale);
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: theme.text, type: 'dashed' as const, width: 1.5 },
    // A vertical line (the comparison's bars, best first from the top: an inverse category axis)
    // is labelled at its start, at the top, in the room the grid keeps there (its end, at the
    // bottom, sat on the value axis's last tick). A horizontal one (the trend's) is named in its
    // chart's legend: a label inside the plot sat on the points' labels.
    label: axis === 'xAxis' ? { formatter: () => text, color: theme.text, position: 'start' as const } : { show: false },
    data: [{ [axis]: t.value, name: text }],
  };
}
