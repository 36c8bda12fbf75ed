// Numbers, percentages, gaps and dates as Vietnamese and English readers write them:
// `1.234,5` / `1,234.5`, `99,14%` / `99.14%`, dates dd/mm/yyyy in both.
import type { IndicatorKind, Period, Qualifier } from '../data/types';
import { periodLabel } from '../data/period';
import { grouped } from './count';

export type Lang = 'vi' | 'en';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** A minus sign that does not break from its number. */
export const MINUS = '\u2212';

/**
 * Rounds half away from zero at `decimals`, without binary surprises (1.005 → 1.01): the figure is
 * scaled as its decimal text (`1.005e2` is 100.5, where 1.005 × 100 is 100.49999…).
 *
 * Most figures are nowhere near a half, and for them the product in binary rounds the same way as
 * the text, so it is used (no strings; a view formats thousands of figures on each drill): only a
 * product within 1e-6 of a half, or too large to be that exact, goes through the text.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  if (decimals >= 0 && decimals <= 15 && Number.isInteger(decimals)) {
    const scale = 10 ** decimals;
    const scaled = abs * scale;
    // Below 2^30 a product is within a few 1e-7 of the text's; a half is never closer than 1e-6.
    if (scaled < 2 ** 30 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) return sign * (Math.round(scaled) / scale);
  }
  return sign * Number(`${Math.round(Number(`${abs}e${decimals}`))}e-${decimals}`);
}

/** `1234.5` → `1.234,5` (vi) or `1,234.5` (en), with exactly `decimals` decimals. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  const { group, decimal } = SEPARATORS[lang];
  const rounded = roundTo(value, decimals);
  const [int, frac] = Math.abs(rounded).toFixed(decimals).split('.');
  const whole = grouped(int, group);
  const negative = rounded < 0 && /[1-9]/.test(int + (frac ?? ''));
  return `${negative ? MINUS : ''}${whole}${frac ? decimal + frac : ''}`;
}

export function formatPercent(value: number, lang: Lang, decimals = 0): string {
  return `${formatNumber(value, lang, decimals)}%`;
}

/** The mark printed before a qualified figure: `> 7.800`, `< 5`, `≈ 92%`. */
export function qualifierMark(q: Qualifier): string {
  switch (q) {
    case '=': return '';
    case '>': return '>';
    case '<': return '<';
    case '~': return '≈';
  }
}

export interface Formattable {
  value: number;
  qualifier: Qualifier;
  decimals: number;
  kind: IndicatorKind;
}

/** A figure as shown: qualifier mark, number, and `%` for rates (`≈ 92%`, `> 7.800`). */
export function formatFigure(f: Formattable, lang: Lang): string {
  const mark = qualifierMark(f.qualifier);
  const number = f.kind === 'rate' ? formatPercent(f.value, lang, f.decimals) : formatNumber(f.value, lang, f.decimals);
  return mark ? `${mark}\u00a0${number}` : number;
}

/** A signed difference: `+4,1` / `−0,5` (no sign for zero). */
export function formatSigned(value: number, lang: Lang, decimals = 1): string {
  const text = formatNumber(value, lang, decimals);
  return roundTo(value, decimals) > 0 ? `+${text}` : text;
}

/** A gap or change in percentage points: `+4,1 điểm %` / `+4.1 pts`. */
export function formatPoints(points: number, lang: Lang, decimals = 1): string {
  return `${formatSigned(points, lang, decimals)}${lang === 'vi' ? '\u00a0điểm\u00a0%' : '\u00a0pts'}`;
}

/** ISO day → dd/mm/yyyy (both languages). */
export function formatDate(isoDay: string, _lang: Lang = 'vi'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDay;
}

export function formatPeriod(p: Period, lang: Lang): string {
  return periodLabel(p, lang);
}
