// A figure: one number the dashboard can show, published or derived, with how it was made.
import type { Origin, Period, Qualifier } from '../data/types';

export type Derivation =
  | 'published' // printed in a source, shown as printed (or recomputed from its own counts)
  | 'identity' // e.g. resolved_in_time = resolved_early + resolved_on_time
  | 'dimension-total' // sum over the values of a dimension (levels, fields, channels)
  | 'unit-total' // sum over the child units
  | 'rate'; // Σnumerator / Σdenominator where no rate was printed

export interface Figure {
  unit: string;
  period: Period;
  indicator: string;
  dims: Readonly<Record<string, string>>;
  /** The figure shown: for a rate with counts, the rate computed from them. */
  value: number;
  qualifier: Qualifier;
  numerator: number | null;
  denominator: number | null;
  derived: Derivation;
  /** The printed figure, when one was printed (it may differ from `value`). */
  published: number | null;
  publishedDecimals: number | null;
  /** Where it was printed; for a derived figure, null. */
  origin: Origin | null;
  source: string;
  note: string;
  /** How it was produced, naming its parts with ids, names and figures only (no words of one
   * language): the printed cell and its place, a formula, or Σ of its parts. */
  rule: string;
}

export function dimsKey(dims: Readonly<Record<string, string>>): string {
  return Object.keys(dims).sort().map((k) => `${k}=${dims[k]}`).join('&');
}

export function figureKey(unit: string, periodKey: string, indicator: string, dims: Readonly<Record<string, string>> | string): string {
  return `${unit}\u0001${periodKey}\u0001${indicator}\u0001${typeof dims === 'string' ? dims : dimsKey(dims)}`;
}

export function keyOfFigure(f: Pick<Figure, 'unit' | 'period' | 'indicator' | 'dims'>): string {
  return figureKey(f.unit, f.period.key, f.indicator, f.dims);
}

/** The qualifier of a sum: exact only if every part is exact; "more than" if parts are exact or "more than". */
export function sumQualifier(qs: Qualifier[]): Qualifier {
  if (qs.every((q) => q === '=')) return '=';
  if (qs.every((q) => q === '=' || q === '>')) return '>';
  if (qs.every((q) => q === '=' || q === '<')) return '<';
  return '~';
}
