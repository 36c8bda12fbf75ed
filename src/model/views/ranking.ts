// The ranking table: the unit's children × headline indicators, ranked best first on the chosen
// indicator, with a totals row that is the model's own figure for the parent (Σnum / Σden for a
// rate, never an average of the rows). Children without any figure in the columns are not rows:
// they are listed apart, one line that opens to their names.
import type { IndicatorKind } from '../../data/types';
import type { Model } from '../model';
import { HEADLINE_INDICATORS } from './headline';
import { childLevels } from './childLevels';
import { betterOf, dimsFor, kindOf, periodOf, rankBest, statusOf, valueOf, type Level, type StatusView, type ValueView } from './value';

export interface RankingCell {
  value: ValueView | null;
  status: StatusView;
}

export interface RankingRow {
  unit: string;
  name: string;
  hasChildren: boolean;
  /** 1-based rank on the chosen indicator; null without a figure for it. */
  rank: number | null;
  cells: Record<string, RankingCell>;
}

export interface RankingColumn {
  indicator: string;
  kind: IndicatorKind;
  better: 'higher' | 'lower';
}

export interface RankingView {
  rankBy: string;
  columns: RankingColumn[];
  rows: RankingRow[];
  /** Children valid in the period without a figure in any column, by name. */
  withoutFigures: { unit: string; name: string; hasChildren: boolean }[];
  /** The parent unit's own figures (published or aggregated by the model). */
  total: RankingRow;
  /** Where no child has a figure at this level: the levels at which they do (childLevels.ts). */
  otherLevels: Level[];
}

function rowFor(model: Model, unit: string, columns: string[], periodKey: string, level: Level): RankingRow {
  const period = periodOf(model, periodKey)!;
  const cells: Record<string, RankingCell> = {};
  for (const id of columns) {
    const f = model.figure(unit, id, periodKey, dimsFor(level));
    cells[id] = { value: f ? valueOf(model, f) : null, status: statusOf(model, unit, id, period, level) };
  }
  return { unit, name: model.unitName(unit), hasChildren: model.tree.children(unit).length > 0, rank: null, cells };
}

export function rankingRows(model: Model, unit: string, indicator: string, periodKey: string, level: Level = ''): RankingView {
  const period = periodOf(model, periodKey);
  const children = period && model.tree.units.has(unit) ? model.tree.childrenIn(unit, period) : [];
  const dims = dimsFor(level);
  const has = (id: string) => children.some((c) => model.figure(c, id, periodKey, dims)) || model.figure(unit, id, periodKey, dims) !== undefined;
  const ids = [indicator, ...HEADLINE_INDICATORS.filter((id) => id !== indicator && has(id))].filter((id) => model.catalogue.has(id));
  const columns = ids.map((id) => ({ indicator: id, kind: kindOf(model, id), better: betterOf(model, id) }));
  const all = period ? children.map((c) => rowFor(model, c, ids, periodKey, level)) : [];
  const withFigures = (r: RankingRow) => ids.some((id) => r.cells[id]?.value);
  const ranked = rankBest(all.filter(withFigures), (r) => r.cells[indicator]?.value?.value ?? null, (r) => r.name, betterOf(model, indicator));
  let rank = 0;
  const rows = ranked.map((r) => (r.cells[indicator]?.value ? { ...r, rank: ++rank } : r));
  const withoutFigures = all.filter((r) => !withFigures(r)).map(({ unit: u, name, hasChildren }) => ({ unit: u, name, hasChildren })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const total = period ? rowFor(model, unit, ids, periodKey, level) : { unit, name: model.unitName(unit), hasChildren: true, rank: null, cells: {} };
  const otherLevels = rows.length === 0 && children.length > 0 ? childLevels(model, unit, indicator, periodKey, level) : [];
  return { rankBy: indicator, columns, rows, withoutFigures, total, otherLevels };
}
