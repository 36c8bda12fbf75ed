// Levels side by side (province / district / commune desks, departments) for one unit, each
// against its own plan target: Gò Quao's district desk vs its communes, Bắc Kạn's digitisation
// targets of 50 / 40 / 35%.
import type { Model } from '../model';
import { dimsAt, indicatorAt, levelAt, rowsIn } from './rows';
import { compareLevels } from './headline';
import { periodContains } from '../../data/period';
import { betterOf, periodOf, statusOf, valueOf, type StatusView, type ValueView } from './value';

export interface LevelRow {
  level: string;
  value: ValueView | null;
  status: StatusView;
}

export interface LevelView {
  unit: string;
  /** The indicator shown: the chosen one if it has levels, else the first that does. */
  indicator: string;
  periodKey: string;
  better: 'higher' | 'lower';
  rows: LevelRow[];
  /** Indicators with figures by level or per-level targets for this unit and period. */
  candidates: string[];
}

function levelsOf(model: Model, unit: string, indicator: string, periodKey: string): string[] {
  const period = periodOf(model, periodKey);
  const levels = new Set<string>();
  for (const r of rowsIn(model, unit, periodKey)) {
    const l = levelAt(model, r);
    if (l && indicatorAt(model, r) === indicator) levels.add(l);
  }
  if (period) {
    const path = model.tree.path(unit);
    for (const t of model.targets) {
      if (t.indicator === indicator && t.level !== null && (t.unit === null || path.includes(t.unit)) && periodContains(t.period, period)) levels.add(t.level);
    }
  }
  return [...levels].sort(compareLevels);
}

export function levelCandidates(model: Model, unit: string, periodKey: string): string[] {
  const ids = new Set<string>();
  for (const r of rowsIn(model, unit, periodKey)) if (dimsAt(model, r).dims.level !== undefined) ids.add(indicatorAt(model, r));
  for (const t of model.targets) if (t.level !== null) ids.add(t.indicator);
  return [...ids].filter((id) => model.catalogue.has(id) && levelsOf(model, unit, id, periodKey).length > 0).sort();
}

export function levelComparison(model: Model, unit: string, indicator: string, periodKey: string): LevelView {
  const period = periodOf(model, periodKey);
  const candidates = period ? levelCandidates(model, unit, periodKey) : [];
  // Prefer a candidate with figures over one with targets only.
  const byLevel = rowsIn(model, unit, periodKey).filter((r) => dimsAt(model, r).dims.level !== undefined).map((r) => indicatorAt(model, r));
  const withData = candidates.filter((id) => byLevel.includes(id));
  const shown = candidates.includes(indicator) ? indicator : withData[0] ?? candidates[0] ?? indicator;
  const rows = period
    ? levelsOf(model, unit, shown, periodKey).map((level) => {
      const f = model.figure(unit, shown, periodKey, { level });
      return { level, value: f ? valueOf(model, f) : null, status: statusOf(model, unit, shown, period, level) };
    })
    : [];
  return { unit, indicator: shown, periodKey, better: betterOf(model, shown), rows, candidates };
}
