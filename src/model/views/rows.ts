// What a unit has, read straight from the figure table's columns: the views ask "which periods,
// indicators and levels does this unit (or its children) have?" without making a figure object
// per row — at a national scale a province's children have hundreds of thousands of figures.
import type { Model } from '../model';
import type { DimSet } from '../table';

/** The rows of a unit's figures ([] for a unit without any). */
export function rowsOf(model: Model, unit: string): readonly number[] {
  const u = model.table.units.find(unit);
  return u === undefined ? [] : model.table.rowsOfUnit(u);
}

/** Whether a unit has figures (asked of every unit by the unit picker: their rows are not listed). */
export function hasFigures(model: Model, unit: string): boolean {
  const u = model.table.units.find(unit);
  return u !== undefined && model.table.countOfUnit(u) > 0;
}

export const periodKeyAt = (model: Model, r: number): string => model.table.periods.values[model.table.period[r]].key;
export const indicatorAt = (model: Model, r: number): string => model.table.indicators.values[model.table.indicator[r]];
export const dimsAt = (model: Model, r: number): DimSet => model.table.dimSets.values[model.table.dimsId[r]];

/** The figure's level: '' for a total, the `level` value for a by-level figure, null for any other breakdown. */
export function levelAt(model: Model, r: number): string | null {
  const d = dimsAt(model, r);
  if (d.arity === 0) return '';
  return d.arity === 1 && d.name === 'level' ? d.value : null;
}

/** The rows of a unit's figures of one indicator (none for a unit or indicator without any):
 * read from the table's grouping by unit and indicator, not by a scan of the unit's rows. */
export function rowsOfIn(model: Model, unit: string, indicator: string): ArrayLike<number> {
  const t = model.table;
  const u = t.units.find(unit);
  const i = t.indicators.find(indicator);
  return u === undefined || i === undefined ? [] : t.rowsOfUnitIndicator(u, i);
}

/** Rows of the unit in one period (by canonical key): one run of the sorted table. */
export function rowsIn(model: Model, unit: string, periodKey: string): number[] {
  const t = model.table;
  const p = t.periods.find(periodKey);
  const u = t.units.find(unit);
  if (p === undefined || u === undefined) return [];
  const run = t.periodRun(u, p);
  if (!run) return rowsOf(model, unit).filter((r) => t.period[r] === p);
  return Array.from({ length: run.to - run.from }, (_, k) => run.from + k);
}

/** Whether the unit has a figure in the period (by the period's id in the table). */
export function hasRowsIn(model: Model, unit: string, p: number): boolean {
  const t = model.table;
  const u = t.units.find(unit);
  if (u === undefined) return false;
  const run = t.periodRun(u, p);
  return run ? run.to > run.from : rowsOf(model, unit).some((r) => t.period[r] === p);
}

/** How many figures each indicator has, in the whole dataset and in each period: one pass over the
 * table, remembered per model. */
interface Counts { all: Map<string, number>; byPeriod: Int32Array }
const counts = new WeakMap<Model, Counts>();
function countsOf(model: Model): Counts {
  let c = counts.get(model);
  if (!c) {
    const t = model.table;
    const periods = t.periods.size;
    const byPeriod = new Int32Array(t.indicators.size * periods);
    for (let r = 0; r < t.size; r++) byPeriod[t.indicator[r] * periods + t.period[r]]++;
    const all = new Map<string, number>();
    t.indicators.values.forEach((id, i) => {
      let n = 0;
      for (let p = 0; p < periods; p++) n += byPeriod[i * periods + p];
      if (n > 0) all.set(id, n);
    });
    c = { all, byPeriod };
    counts.set(model, c);
  }
  return c;
}

/** How many figures each indicator has in the whole dataset (remembered per model). */
export const figureCounts = (model: Model): Map<string, number> => countsOf(model).all;

/** Whether any unit has a figure of the indicator in the period (by canonical key). */
export function hasFiguresIn(model: Model, indicator: string, periodKey: string): boolean {
  const t = model.table;
  const i = t.indicators.find(indicator);
  const p = t.periods.find(periodKey);
  return i !== undefined && p !== undefined && countsOf(model).byPeriod[i * t.periods.size + p] > 0;
}
