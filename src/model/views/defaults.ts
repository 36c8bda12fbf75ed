// What to show when a link says nothing, and what to keep when the unit changes: the page must
// never be empty on a dataset that has figures.
import type { Model } from '../model';
import { HEADLINE_INDICATORS } from './headline';
import { comparePeriods } from '../../data/period';
import { dimsFor, periodOf, type Level } from './value';
import { dimsAt, figureCounts, hasFigures, hasRowsIn, indicatorAt, levelAt, rowsIn, rowsOf } from './rows';
import { firstView } from './firstView';

export interface ViewChoice {
  unit: string;
  indicator: string;
  period: string;
  level: Level;
}

/** The latest period among rows (by end, then start), or null. */
function latestOf(model: Model, rows: Iterable<number>): string | null {
  let best: number | null = null;
  const t = model.table;
  for (const r of rows) if (best === null || comparePeriods(t.periods.values[t.period[r]], t.periods.values[best]) > 0) best = t.period[r];
  return best === null ? null : t.periods.values[best].key;
}

function* rowsBelow(model: Model, unit: string): Iterable<number> {
  for (const c of model.tree.children(unit)) yield* rowsOf(model, c);
}

/** The unit's latest period: of its own figures, else its children's, else none. */
export function latestPeriod(model: Model, unit: string): string | null {
  return latestOf(model, rowsOf(model, unit)) ?? latestOf(model, rowsBelow(model, unit));
}

/** Whether the unit or one of its children has a figure in the period. */
export function hasDataIn(model: Model, unit: string, periodKey: string): boolean {
  const p = model.table.periods.find(periodKey);
  if (p === undefined) return false;
  return hasRowsIn(model, unit, p) || model.tree.children(unit).some((c) => hasRowsIn(model, c, p));
}

/** Levels the unit's figures take in the period (`''` for its totals), most figures first. */
export function levelsWithData(model: Model, unit: string, periodKey: string): Level[] {
  const counts = new Map<Level, number>();
  for (const r of rowsIn(model, unit, periodKey)) {
    const l = levelAt(model, r);
    if (l !== null) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}

function bestLevel(model: Model, unit: string, periodKey: string): Level {
  const levels = levelsWithData(model, unit, periodKey);
  return levels.includes('') || levels.length === 0 ? '' : levels[0];
}

function bestIndicator(model: Model, unit: string, periodKey: string, level: Level): string {
  const counts = figureCounts(model);
  const byCount = (ids: readonly string[]) => [...ids].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const dims = dimsFor(level);
  const own = byCount(HEADLINE_INDICATORS).find((id) => model.figure(unit, id, periodKey, dims));
  if (own) return own;
  const kids = model.tree.children(unit);
  const below = byCount(HEADLINE_INDICATORS).find((id) => kids.some((c) => model.figure(c, id, periodKey, dims)));
  if (below) return below;
  const any = rowsIn(model, unit, periodKey).map((r) => indicatorAt(model, r));
  if (any.length > 0) return byCount([...new Set(any)])[0];
  // Not a headline indicator, but what the children have (a national table of PAR Index scores).
  const arity = Object.keys(dims).length;
  const ofKids = kids.flatMap((c) => rowsIn(model, c, periodKey)).filter((r) => dimsAt(model, r).arity === arity).map((r) => indicatorAt(model, r));
  if (ofKids.length > 0) return byCount([...new Set(ofKids)])[0];
  return byCount(HEADLINE_INDICATORS)[0] ?? HEADLINE_INDICATORS[0];
}

/** The default period of a unit: for the first screen's unit, the first screen's period; for any
 * other, its latest (own figures, else its children's). */
export function defaultPeriod(model: Model, unit: string): string {
  const first = firstView(model);
  if (first && first.unit === unit) return first.period;
  return latestPeriod(model, unit) ?? model.periods().at(-1)?.key ?? '';
}

/** The default level of a unit in a period: the first screen's where it is that view; else its
 * totals if it has any, else its most reported level. */
export function defaultLevel(model: Model, unit: string, period: string): Level {
  const first = firstView(model);
  if (first && first.unit === unit && first.period === period) return first.level;
  return bestLevel(model, unit, period);
}

/** The default indicator: the first screen's where it is that view; else a headline one the unit
 * (else its children) has, the most common first. */
export function defaultIndicator(model: Model, unit: string, period: string, level: Level): string {
  const first = firstView(model);
  if (first && first.unit === unit && first.period === period && first.level === level) return first.indicator;
  return bestIndicator(model, unit, period, level);
}

/** The unit of the first screen: where the overview shows most figures (firstView); for a dataset
 * without figures, the first root. */
const defaultUnits = new WeakMap<Model, string>();
export function defaultUnit(model: Model): string {
  let u = defaultUnits.get(model);
  if (u === undefined) defaultUnits.set(model, (u = firstView(model)?.unit ?? findDefaultUnit(model)));
  return u;
}

function findDefaultUnit(model: Model): string {
  const { roots } = model.tree;
  const first = roots.find((r) => hasFigures(model, r));
  if (first) return first;
  // Children side by side need at least two of them with figures; one unit alone is best seen itself.
  let best: string | null = null;
  let most = 1;
  const visit = (code: string) => {
    const n = model.tree.children(code).filter((c) => hasFigures(model, c)).length;
    if (n > most) { most = n; best = code; }
    for (const c of model.tree.children(code)) visit(c);
  };
  roots.forEach(visit);
  if (best) return best;
  let single: string | null = null;
  let own = 0;
  for (const u of model.tree.units.keys()) {
    const n = rowsOf(model, u).length;
    if (n > own) { own = n; single = u; }
  }
  return single ?? roots[0] ?? '';
}

/** The default view: the default unit, then its default period, level and indicator in turn. */
export function defaultView(model: Model): ViewChoice {
  return resolveView(model, {});
}

/** Of `levels`, one at which the unit has the indicator in the period: its totals first. */
function levelWith(model: Model, unit: string, indicator: string, period: string, levels: readonly Level[]): Level | undefined {
  const has = levels.filter((l) => model.figure(unit, indicator, period, dimsFor(l)) !== undefined);
  return has.includes('') ? '' : has[0];
}

/**
 * Moving to another unit (drill-down, breadcrumb, picker): keep the period, level and indicator
 * where the new unit has figures for them. A level it has not gives way to one at which it has the
 * indicator (its totals first): back up from a province's communes to a national summary given
 * at the province level, the country's view is that level, not the totals the summary gives of
 * another indicator alone. Else the unit's own best choice.
 */
export function followUnit(model: Model, unit: string, current: Omit<ViewChoice, 'unit'>): ViewChoice {
  const period = hasDataIn(model, unit, current.period) ? current.period : latestPeriod(model, unit) ?? current.period;
  const levels = levelsWithData(model, unit, period);
  const level = levels.includes(current.level) ? current.level
    : current.level === '' && levels.length === 0 ? ''
    : levelWith(model, unit, current.indicator, period, levels) ?? bestLevel(model, unit, period);
  const dims = dimsFor(level);
  const kids = model.tree.children(unit);
  const keeps = model.figure(unit, current.indicator, period, dims) || kids.some((c) => model.figure(c, current.indicator, period, dims));
  return { unit, period, level, indicator: keeps ? current.indicator : bestIndicator(model, unit, period, level) };
}

/**
 * A requested view checked against the dataset. What is missing or unknown is filled in a fixed
 * chain — unit, then its period, then its level, then its indicator — so a link that names only
 * some of them always opens the same view.
 */
export function resolveView(model: Model, requested: Partial<ViewChoice>): ViewChoice {
  const unit = requested.unit && model.tree.units.has(requested.unit) ? requested.unit : defaultUnit(model);
  const period = requested.period && periodOf(model, requested.period) ? requested.period : defaultPeriod(model, unit);
  const level = requested.level ?? defaultLevel(model, unit, period);
  const indicator = requested.indicator && model.catalogue.has(requested.indicator) ? requested.indicator : defaultIndicator(model, unit, period, level);
  return { unit, indicator, period, level };
}

/** What the chain would fill in for this view: a link leaves out whatever equals it. */
export function chainDefaults(model: Model, view: ViewChoice): ViewChoice {
  return {
    unit: defaultUnit(model),
    period: defaultPeriod(model, view.unit),
    level: defaultLevel(model, view.unit, view.period),
    indicator: defaultIndicator(model, view.unit, view.period, view.level),
  };
}
