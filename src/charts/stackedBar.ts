// One row of stacked counts (a commune's dossiers: early, on time, late, pending) drawn as HTML:
// a bar split into its parts and a legend with each part's count and share. A single bar needs no
// axis, tooltip or chart library, and a drill into a unit without children then draws no canvas:
// the children's chart keeps its picture, hidden, for the way back (components/StackedChart).
import type { Locale } from '../i18n/messages';
import { formatNumber } from '../i18n/format';
import type { StackedSpec } from './stacked';

export interface StackedBarPart {
  id: string;
  name: string;
  color: string;
  value: number;
  /** The count as printed: `1.234`. */
  label: string;
  /** Of the row's total, 0 to 1 (0 when the total is 0). */
  share: number;
  /** The share as printed, one decimal: `41,4%`. */
  shareLabel: string;
}

export interface StackedBarSpec {
  name: string;
  total: number;
  totalLabel: string;
  /** The parts the row has, in the stacking order; a part of 0 is listed, with no width. */
  parts: StackedBarPart[];
  unitWord: string;
}

/** The HTML bar of a spec with exactly one row; null for any other (those are drawn as a chart). */
export function stackedBar(spec: StackedSpec, locale: Locale): StackedBarSpec | null {
  if (spec.rows.length !== 1) return null;
  const row = spec.rows[0];
  const given = spec.segments.filter((s) => row.segments[s.id] !== undefined);
  const total = given.reduce((sum, s) => sum + row.segments[s.id]!, 0);
  const parts = given.map((s) => {
    const value = row.segments[s.id]!;
    const share = total > 0 ? value / total : 0;
    return { id: s.id, name: s.name, color: s.color, value, label: formatNumber(value, locale.lang), share, shareLabel: `${formatNumber(share * 100, locale.lang, 1)}%` };
  });
  return { name: row.name, total, totalLabel: formatNumber(total, locale.lang), parts, unitWord: spec.unitWord };
}
