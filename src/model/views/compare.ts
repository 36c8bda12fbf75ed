// The selected unit's children ranked on one indicator, with each child's target status,
// the target line (when the children share one target) and the periods and levels where children
// do have figures (so an empty comparison can say where to look).
import type { Model } from '../model';
import type { TargetView } from './value';
import { dimsAt, rowsOfIn } from './rows';
import { betterOf, dimsFor, periodOf, rankBest, statusOf, valueOf, type Level, type StatusView, type ValueView } from './value';
import { recentByModel } from './recentByModel';
import { childLevels } from './childLevels';

export interface UnitRow {
  unit: string;
  name: string;
  /** The unit has children of its own: a bar or a name that drills in. */
  hasChildren: boolean;
  value: ValueView | null;
  status: StatusView;
}

export interface ComparisonView {
  unit: string;
  indicator: string;
  periodKey: string;
  level: Level;
  better: 'higher' | 'lower';
  /** Children with a figure, best first. */
  rows: UnitRow[];
  /** Children valid in the period without a figure. */
  missing: UnitRow[];
  /** The target the line shows: the one every child with a target shares, else null. */
  target: TargetView | null;
  /** Other periods in which at least one child has this indicator at this level, newest first. */
  otherPeriods: string[];
  /** Where no child has a figure at this level: the levels at which they do (childLevels.ts). */
  otherLevels: Level[];
  /** Under today's units: figures of old units that cannot be combined into the child that took
   * them in (a score, a rate without counts), each with that child named. */
  oldUnits: OldUnitRow[];
}

export interface OldUnitRow extends UnitRow {
  /** The unit of today that took it in. */
  into: string;
  intoName: string;
}

export function unitRow(model: Model, unit: string, indicator: string, periodKey: string, level: Level): UnitRow {
  const period = periodOf(model, periodKey)!;
  const f = model.figure(unit, indicator, periodKey, dimsFor(level));
  return {
    unit, name: model.unitName(unit),
    hasChildren: model.tree.children(unit).length > 0,
    value: f ? valueOf(model, f) : null,
    status: statusOf(model, unit, indicator, period, level),
  };
}

/** The one target all rows with a target share (same op and value), or null. */
export function sharedTarget(rows: UnitRow[]): TargetView | null {
  const targets = rows.map((r) => r.status.target).filter((t): t is TargetView => t !== null);
  if (targets.length === 0) return null;
  const [first] = targets;
  return targets.every((t) => t.op === first.op && t.value === first.value) ? first : null;
}

/** The unit's children on one indicator, best first (remembered per model: the comparison and the
 * map ask for the same one). */
export function childComparison(model: Model, unit: string, indicator: string, periodKey: string, level: Level = ''): ComparisonView {
  return recentComparison(model, unit, indicator, periodKey, level);
}

const recentComparison = recentByModel((model: Model, unit: string, indicator: string, periodKey: string, level: Level) => computeComparison(model, unit, indicator, periodKey, level));

function computeComparison(model: Model, unit: string, indicator: string, periodKey: string, level: Level): ComparisonView {
  const period = periodOf(model, periodKey);
  const better = betterOf(model, indicator);
  const empty: ComparisonView = { unit, indicator, periodKey, level, better, rows: [], missing: [], target: null, otherPeriods: [], otherLevels: [], oldUnits: [] };
  if (!period || !model.tree.units.has(unit)) return empty;
  const children = model.tree.childrenIn(unit, period);
  const all = children.map((c) => unitRow(model, c, indicator, periodKey, level));
  const rows = rankBest(all.filter((r) => r.value), (r) => r.value!.value, (r) => r.name, better);
  const missing = all.filter((r) => !r.value);
  const others = new Map<string, string>();
  const arity = Object.keys(dimsFor(level)).length;
  const t = model.table;
  for (const c of model.tree.children(unit)) {
    const rows = rowsOfIn(model, c, indicator);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      const p = t.periods.values[t.period[r]];
      const d = dimsAt(model, r);
      if (p.key !== periodKey && d.arity === arity && (!level || d.dims.level === level)) others.set(p.key, p.end);
    }
  }
  const otherPeriods = [...others].sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0)).map(([k]) => k);
  const otherLevels = rows.length === 0 ? childLevels(model, unit, indicator, periodKey, level) : [];
  const oldUnits: OldUnitRow[] = [];
  for (const r of missing) {
    for (const g of model.tree.childrenIn(r.unit, period)) {
      if (model.tree.moved.get(g) !== r.unit) continue;
      const row = unitRow(model, g, indicator, periodKey, level);
      if (row.value) oldUnits.push({ ...row, into: r.unit, intoName: r.name });
    }
  }
  return { ...empty, rows, missing, target: sharedTarget(rows.length ? rows : missing), otherPeriods, otherLevels, oldUnits: rankBest(oldUnits, (o) => o.value!.value, (o) => o.name, better) };
}
