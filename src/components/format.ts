// Formatting shortcuts for components (the words and numbers come from src/i18n).
import type { Locale } from '../i18n/messages';
import { opMark } from '../i18n/messages';
import { formatFigure, formatNumber, formatPoints, formatSigned } from '../i18n/format';
import type { TargetView, ValueView } from '../model/views/value';

export function valueLabel(v: ValueView | null, locale: Locale): string {
  return v ? formatFigure(v, locale.lang) : '—';
}

export function printedLabel(v: ValueView, locale: Locale): string {
  return v.published === null ? '' : formatFigure({ ...v, value: v.published, decimals: v.publishedDecimals ?? v.decimals }, locale.lang);
}

export function targetLabel(t: TargetView, kind: ValueView['kind'], locale: Locale): string {
  const d = Number.isInteger(t.value) ? 0 : 1;
  return `${opMark(t.op)} ${kind === 'rate' ? `${formatNumber(t.value, locale.lang, d)}%` : formatNumber(t.value, locale.lang, d)}`;
}

export function gapLabel(gap: number, kind: ValueView['kind'], locale: Locale, decimals = 1): string {
  return kind === 'rate' ? formatPoints(gap, locale.lang) : formatSigned(gap, locale.lang, decimals);
}

/** Whole counts with the language's grouping. */
export function countLabel(n: number, locale: Locale): string {
  return formatNumber(n, locale.lang);
}
