// Figures indexed by key and by unit, so aggregation and queries never scan everything.
import type { Figure } from './figure';
import { dimsKey, keyOfFigure } from './figure';

export class FigureStore {
  private readonly byKey = new Map<string, Figure>();
  private readonly byUnit = new Map<string, Figure[]>();
  private readonly byIndicator = new Map<string, Set<string>>();

  get(key: string): Figure | undefined {
    return this.byKey.get(key);
  }
  has(key: string): boolean {
    return this.byKey.has(key);
  }
  /** Adds or replaces a figure. */
  set(f: Figure): void {
    const key = keyOfFigure(f);
    const old = this.byKey.get(key);
    this.byKey.set(key, f);
    let keys = this.byIndicator.get(f.indicator);
    if (!keys) this.byIndicator.set(f.indicator, (keys = new Set()));
    keys.add(key);
    const list = this.byUnit.get(f.unit) ?? [];
    if (old) list[list.indexOf(old)] = f; else list.push(f);
    this.byUnit.set(f.unit, list);
  }
  ofUnit(unit: string): readonly Figure[] {
    return this.byUnit.get(unit) ?? [];
  }
  /** Figures of one indicator (a snapshot: safe to add figures while looping). */
  ofIndicator(indicator: string): Figure[] {
    return [...(this.byIndicator.get(indicator) ?? [])].map((k) => this.byKey.get(k)!);
  }
  all(): IterableIterator<Figure> {
    return this.byKey.values();
  }
  get size(): number {
    return this.byKey.size;
  }
}

export { dimsKey };
