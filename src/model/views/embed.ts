// What an embedded widget says about its figures besides the chart: the unit, the period, where
// the figures come from and up to when, read from the figures it shows (the unit's and its
// children's in the period).
import type { Period } from '../../data/types';
import type { Model } from '../model';
import { periodOf } from './value';
import { rowsIn } from './rows';
import { latestDay } from './latestDay';

export interface EmbedContext {
  unitName: string;
  period: Period | null;
  /** Distinct sources of the figures shown, most used first (at most three). */
  sources: string[];
  /** How many more sources there are. */
  moreSources: number;
  /** The dataset's latest day. */
  upTo: string | null;
}

export function embedContext(model: Model, unit: string, periodKey: string, lang: 'vi' | 'en'): EmbedContext {
  const t = model.table;
  const counts = new Map<string, number>();
  for (const u of [unit, ...model.tree.children(unit)]) {
    for (const r of rowsIn(model, u, periodKey)) {
      const s = t.source[r];
      if (s < 0) continue;
      const text = t.texts.values[s];
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  return { unitName: model.unitName(unit, lang), period: periodOf(model, periodKey), sources: sorted.slice(0, 3), moreSources: Math.max(0, sorted.length - 3), upTo: latestDay(model) };
}
