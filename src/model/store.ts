// Figures indexed by unit → period → indicator → dimensions. Nested maps keyed by the short
// strings figures already hold (their hashes are cached), rather than one long key built per
// lookup: the build does millions of lookups.
import type { Figure } from './figure';
import { dimsKey } from './figure';

type ByDims = Map<string, Figure>;
type ByIndicator = Map<string, ByDims>;
type ByPeriod = Map<string, ByIndicator>;

const dimsKeys = new WeakMap<object, string>();
/** dimsKey, remembered per dims object (figures of one row share theirs). */
export function dimsKeyOf(dims: Readonly<Record<string, string>>): string {
  let k = dimsKeys.get(dims);
  if (k === undefined) dimsKeys.set(dims, (k = dimsKey(dims)));
  return k;
}

export class FigureStore {
  private readonly units = new Map<string, ByPeriod>();
  private readonly byIndicator = new Map<string, Set<Figure>>();
  private count = 0;

  find(unit: string, periodKey: string, indicator: string, dims: Readonly<Record<string, string>> | string): Figure | undefined {
    return this.units.get(unit)?.get(periodKey)?.get(indicator)?.get(typeof dims === 'string' ? dims : dimsKeyOf(dims));
  }

  /** Adds or replaces a figure. */
  set(f: Figure): void {
    let periods = this.units.get(f.unit);
    if (!periods) this.units.set(f.unit, (periods = new Map()));
    let indicators = periods.get(f.period.key);
    if (!indicators) periods.set(f.period.key, (indicators = new Map()));
    let byDims = indicators.get(f.indicator);
    if (!byDims) indicators.set(f.indicator, (byDims = new Map()));
    const dk = dimsKeyOf(f.dims);
    const old = byDims.get(dk);
    byDims.set(dk, f);
    let same = this.byIndicator.get(f.indicator);
    if (!same) this.byIndicator.set(f.indicator, (same = new Set()));
    if (old) same.delete(old); else this.count++;
    same.add(f);
  }

  ofUnit(unit: string): Figure[] {
    const out: Figure[] = [];
    for (const indicators of this.units.get(unit)?.values() ?? []) for (const byDims of indicators.values()) for (const f of byDims.values()) out.push(f);
    return out;
  }

  /** Figures of one indicator (a snapshot: safe to add figures while looping). */
  ofIndicator(indicator: string): Figure[] {
    return [...(this.byIndicator.get(indicator) ?? [])];
  }

  *all(): IterableIterator<Figure> {
    for (const set of this.byIndicator.values()) yield* set;
  }

  get size(): number {
    return this.count;
  }
}
