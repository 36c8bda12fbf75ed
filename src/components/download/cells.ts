// The cells of a downloaded table, built from the rows a panel's table alternative shows: figures
// as numbers (as shown: rounded to their decimals), words as text. Loaded with the download menu,
// after the first paint: a panel hands it its rows in a function that runs on the click.
import type { StatusView, TargetView, ValueView } from '../../model/views/value';
import { formatFigure, roundTo } from '../../i18n/format';
import { STATUS_ICON, type Locale } from '../../i18n/messages';
import { targetLabel } from '../format';

import type { DownloadCell } from './spec';

export type { DownloadCell };

/** A figure as a number, as shown (rounded to its decimals); a qualified one (`> 7.800`) as shown in words. */
export function valueCell(v: ValueView | null, locale: Locale): DownloadCell {
  if (!v) return null;
  return v.qualifier === '=' ? roundTo(v.value, v.decimals) : formatFigure(v, locale.lang);
}

/** `✓ Đạt`, `! Cần chú ý`, `✗ Chưa đạt`; the no-data case in words; empty without a target. */
export function statusCell(s: StatusView, locale: Locale): DownloadCell {
  if (s.status === 'none') return null;
  return s.status === 'no-data' ? locale.m.statusLong['no-data'] : `${STATUS_ICON[s.status]} ${locale.m.status[s.status]}`;
}

/** The target as shown, with its sign (`≥ 95%`): the operator is part of it. */
export function targetCell(t: TargetView | null, kind: ValueView['kind'], locale: Locale): DownloadCell {
  return t ? targetLabel(t, kind, locale) : null;
}

/** The gap as a number (points for a rate), at the one decimal shown. */
export function gapCell(s: StatusView): DownloadCell {
  return s.gap === null ? null : roundTo(s.gap, 1);
}

/** A figure column's header with its unit: `Tỷ lệ giải quyết đúng hạn (%)`. */
export function withUnit(name: string, unit: string | undefined): string {
  return unit ? `${name} (${unit})` : name;
}

/** The unit, value, target, gap and status columns of a comparison table. */
export function comparisonHeader(first: string, indicator: string, unit: string | undefined, locale: Locale): string[] {
  const { m } = locale;
  return [first, withUnit(indicator, unit), m.target, withUnit(m.gap, unit === '%' ? (locale.lang === 'vi' ? 'điểm %' : 'pts') : unit), m.statusColumn];
}

export function comparisonCells(value: ValueView | null, status: StatusView, kind: ValueView['kind'], locale: Locale): DownloadCell[] {
  return [valueCell(value, locale), targetCell(status.target, kind, locale), gapCell(status), statusCell(status, locale)];
}
