// Where a unit's children have figures when they show none in the view: at other levels (an
// empty comparison or ranking names them, one click from the view that shows them), or in a part of
// the dataset not read yet (it says they are loading, not that there are none).
import type { Model } from '../model';
import { dimsAt, rowsOfIn } from './rows';
import type { Level } from './value';

/**
 * The levels (`''`: all levels) other than `level` at which the unit's children have `indicator`
 * in the period, the most children first. An empty comparison or ranking says where the figures
 * are: a province's communes report at the commune level, not at the province level that a
 * national summary's view was on when the reader drilled in.
 */
export function childLevels(model: Model, unit: string, indicator: string, periodKey: string, level: Level): Level[] {
  const t = model.table;
  const ind = t.indicators.find(indicator);
  const p = t.periods.find(periodKey);
  if (ind === undefined || p === undefined) return [];
  const units = new Map<Level, Set<string>>();
  for (const c of model.tree.children(unit)) {
    const rows = rowsOfIn(model, c, indicator);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (t.period[r] !== p) continue;
      // A figure at one level alone, or at none (all levels).
      const d = dimsAt(model, r);
      const at = d.arity === 0 ? '' : d.arity === 1 && d.dims.level !== undefined ? d.dims.level : null;
      if (at === null || at === level) continue;
      let set = units.get(at);
      if (!set) units.set(at, (set = new Set()));
      set.add(c);
    }
  }
  return [...units].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
}

/** The unit is in a part of a partitioned dataset not read yet (its own, or its province's). */
export function partPending(model: Model, unit: string): boolean {
  const open = model.raw.partitions.filter((p) => !p.loaded);
  if (open.length === 0) return false;
  const path = model.tree.units.has(unit) ? model.tree.path(unit) : [unit];
  return open.some((p) => path.includes(p.unit));
}
