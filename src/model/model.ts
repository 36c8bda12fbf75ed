// The dataset in memory: catalogue, unit tree, every figure (published and derived), the
// checks' problems, and the queries the views and the CLI need. Built once per load.
import type { TableMemory } from './tableMemory';
import type { IndicatorRecord, Period, Problem, RawDataset, TargetRecord } from '../data/types';
import { ProblemList } from '../data/problemList';
import { formatVi } from '../data/formatVi';
import { comparePeriods } from '../data/period';
import { INDICATORS_CORE, COUNT_IDENTITIES } from './catalogueCore';
import type { Figure } from './figure';
import { dimsKey, keyOfFigure } from './figure';
import { FigureTable, dimSet, type SpareColumns, type TableColumns } from './table';
import { TableBuilder } from './tableBuilder';
import { ruleOf } from './rules';
import { buildUnitTree, type UnitTree } from './unitTree';
import { aggregate } from './aggregate';
import { DimensionCatalogue } from './dimensions';
import { isHidden, pairId, ratesFromPairs, seedPairs } from './rates';
import { unitNameIn } from './unitName';
import { flowChecks, impliedTotals, indexGroupChecks, type ImpliedTotal } from './checks';
import { DEFAULT_AT_RISK_BAND, appliesTo, evaluate, targetFor, type TargetEvaluation } from './targets';
import { periodContains } from '../data/period';
import type { Reference } from '../data/geo/reference';
import { todayProblems, unitsProblem } from './geo/todayUnits';

export interface ModelOptions {
  /** Vietnam's built-in units (src/data/geo), for units named by official code or name. */
  reference?: Reference | null;
  /** ISO date: show figures of units that ended before it under their successors too (`--today`). */
  today?: string;
  /** Points short of a target still counted "at risk" rather than "missed". */
  atRiskBand?: number;
}

/** A dataset as the model keeps it: the rows read only where they were read (the worker, the
 * command line); the page gets the computed columns, not the rows. */
export type ModelRaw = Omit<RawDataset, 'observations' | 'problems'> & { observations?: RawDataset['observations']; problems: Problem[] | ProblemList };

export interface Model {
  raw: ModelRaw;
  catalogue: ReadonlyMap<string, IndicatorRecord>;
  /** The dimension catalogue: values' names in both languages, and which breakdowns are whole. */
  dimensions: DimensionCatalogue;
  tree: UnitTree;
  targets: readonly TargetRecord[];
  /** The checks' problems, sorted (sortProblems): on the page, packed until one is asked for. */
  problems: ProblemList;
  impliedTotals: ImpliedTotal[];
  atRiskBand: number;
  /** Every visible figure. */
  figures(): Figure[];
  figure(unit: string, indicator: string, periodKey: string, dims?: Readonly<Record<string, string>>): Figure | undefined;
  figuresOf(unit: string): Figure[];
  /** The figure of one row of the table. */
  figureAt(row: number): Figure;
  /** Periods that have figures, oldest first. */
  periods(): Period[];
  /** The unit's figures for an indicator over periods, oldest first (optionally of one period kind). */
  series(unit: string, indicator: string, dims?: Readonly<Record<string, string>>, kind?: Period['kind']): Figure[];
  /** The target that applies to a figure (or to a unit/indicator/period without one), evaluated. */
  targetStatusOf(unit: string, indicator: string, period: Period, dims?: Readonly<Record<string, string>>): TargetEvaluation | null;
  /** Every target evaluated against the figures it applies to ("no data" where there are none). */
  targetEvaluations(): TargetEvaluation[];
  /** The unit's name; in English, the national root and the flat list have English names. */
  unitName(code: string, lang?: 'vi' | 'en'): string;
  /** Under today's units: the date whose units old figures are shown under; else null. */
  today: string | null;
  /** How many observation rows were read (the page does not keep them). */
  rowsRead: number;
  /** The figures, column-wise, for queries that must not make an object per figure. */
  table: FigureTable;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortProblems(problems: Problem[]): Problem[] {
  // Most neighbours share their file: compare names only when they differ.
  return [...problems].sort((a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** What the checks and sums produce: columns (sent from the worker as transferable buffers),
 * the problems, and the totals printed rates imply. */
export interface ComputedDataset {
  /** Every visible figure (published and derived), column-wise. */
  columns: TableColumns;
  problems: Problem[];
  impliedTotals: ImpliedTotal[];
  /** The observations read (the page does not hold them). */
  rowsRead: number;
}

function catalogueOf(raw: Pick<RawDataset, 'indicators'>): Map<string, IndicatorRecord> {
  const catalogue = new Map(INDICATORS_CORE.map((i) => [i.id, i]));
  for (const i of raw.indicators) catalogue.set(i.id, i);
  return catalogue;
}

const sameNumber = (a: number, b: number | null) => (b === null ? Number.isNaN(a) : a === b);

/** The sums, derived rates and checks of a dataset: the expensive part of a load. */
export function computeDataset(raw: RawDataset, options: Pick<ModelOptions, 'today'> = {}): ComputedDataset {
  return computeTable(raw, options).computed;
}

/**
 * The steps of computing a dataset, each with its share of the work in per cent (what the loading
 * bar shows): the median shares of three runs on `npm run gen:data`'s million rows in node, 3.7–4.7 s
 * each. At 100k rows the shares differ by a few points (the columns 25 %, the rates 5 %).
 */
export const COMPUTE_STEPS = [
  ['units', 11], ['published', 22], ['counts', 13], ['pairs', 19], ['pairSums', 4], ['rates', 14], ['checks', 4], ['columns', 13],
] as const satisfies readonly (readonly [string, number])[];
export type ComputeStep = (typeof COMPUTE_STEPS)[number][0];

/** How far computing has got (per cent) once `step` is done. */
export function computeProgress(step: ComputeStep): number {
  let done = 0;
  for (const [name, share] of COMPUTE_STEPS) {
    done += share;
    if (name === step) return done;
  }
  return done;
}

export interface ComputeOptions extends Pick<ModelOptions, 'today'> {
  /** Told of each step once it is done (the worker shows it on the loading bar). */
  onStep?: (step: ComputeStep) => void;
  /** The table's memory, made (and written) ahead: used where it holds the table (tableMemory.ts). */
  memory?: TableMemory | null;
}

/**
 * As computeDataset, with the buffers to transfer and the spare arrays the table was built in
 * (tableBuilder.ts, `columns`).
 *
 * One thread makes every sum. No sum, rate or check joins two periods, so the figures of half the
 * periods were once made in a second worker while the loading worker made the others', and the two
 * tables merged: the same figures, problems and messages for every fixture and the bench's 1M, 100k
 * and 20k files. It was not kept: on the bench's machine (two virtual cores) the first chart at 1M
 * rows came no sooner. Each half took 0.78-0.95 s beside the other (in the loading worker and in
 * the second), against 0.94-1.07 s for the whole alone (Chromium); two such halves run side by
 * side in node's worker threads took 1.0-1.2 s each, against 0.68-0.70 s one after the other. Nor
 * did making each period's figures in a table of its own, whose index fits the CPU's caches:
 * 0.82-0.86 s of sums for the 18 periods, against 0.82-0.94 s for the one table (node).
 */
export function computeTable(raw: RawDataset, options: ComputeOptions = {}): { computed: ComputedDataset; transfer: ArrayBuffer[]; spare: SpareColumns } {
  const done = options.onStep ?? (() => {});
  const problems: Problem[] = [...raw.problems];
  const catalogue = catalogueOf(raw);

  const { tree, problems: treeProblems } = buildUnitTree(raw.units, raw.observations.unit, raw.flatUnits, options.today, raw.todayUnits);
  for (const p of treeProblems) problems.push(p);
  const unitName = (code: string) => tree.units.get(code)?.name ?? code;
  const about = unitsProblem(raw, tree);
  if (about) problems.push(about);
  if (options.today) for (const p of todayProblems(raw, tree)) problems.push(p);

  // Dictionaries first: every unit, period, indicator and dimension set a figure can have.
  const t = new TableBuilder(Math.max(1024, raw.observations.length * 2), options.memory ?? null);
  for (const code of tree.units.keys()) t.units.id(code);
  const rates = [...catalogue.values()].filter((i) => i.kind === 'rate');
  for (const id of catalogue.keys()) t.indicators.id(id);
  for (const r of rates) { t.indicators.id(pairId(r.id, 'n')); t.indicators.id(pairId(r.id, 'd')); }
  t.dimSets.id(dimSet({}));
  const obs = raw.observations;
  const n = obs.length;
  // Each row's ids, kept for the next pass. Rows come in runs (a unit's indicators for a month):
  // a value like the last row's has its id without a look-up.
  const unitIds = new Int32Array(n);
  const periodIds = new Int32Array(n);
  const indicatorIds = new Int32Array(n);
  const dimsIds = new Int32Array(n);
  let lastUnit: string | null = null;
  let lastPeriod: Period | null = null;
  let lastIndicator: string | null = null;
  let lastDims: Readonly<Record<string, string>> | null = null;
  const dimsIdOf = new Map<Readonly<Record<string, string>>, number>();
  let u = 0;
  let p = 0;
  let i = 0;
  let d = 0;
  for (let k = 0; k < n; k++) {
    if (obs.unit[k] !== lastUnit) { lastUnit = obs.unit[k]; u = t.units.id(lastUnit); }
    if (obs.period[k] !== lastPeriod) { lastPeriod = obs.period[k]; p = t.periods.id(lastPeriod); }
    if (obs.indicator[k] !== lastIndicator) { lastIndicator = obs.indicator[k]; i = t.indicators.id(lastIndicator); }
    if (obs.dims[k] !== lastDims) {
      lastDims = obs.dims[k];
      // Rows with the same dimension values share one object (the reader's): its set is found once.
      const known = dimsIdOf.get(lastDims);
      if (known !== undefined) d = known;
      else {
        const set = dimSet(lastDims);
        d = t.dimSets.id(set);
        if (set.name) t.dimNames.id(set.name);
        dimsIdOf.set(lastDims, d);
      }
    }
    unitIds[k] = u; periodIds[k] = p; indicatorIds[k] = i; dimsIds[k] = d;
  }
  t.seal();
  done('units');

  // Published figures; the same key twice is a check.
  for (let k = 0; k < n; k++) {
    const u = unitIds[k];
    const p = periodIds[k];
    const i = indicatorIds[k];
    const first = t.addRead(u, p, i, dimsIds[k], obs, k);
    if (first >= 0) {
      const o = obs.at(k);
      const same = sameNumber(t.published[first], o.value) && t.q(first) === o.qualifier && sameNumber(t.numerator[first], o.numerator) && sameNumber(t.denominator[first], o.denominator);
      const fo = t.origin(first);
      const dk = t.dimSets.values[dimsIds[k]].key;
      problems.push({
        severity: same ? 'info' : 'error', file: o.origin.file, line: o.origin.line, column: o.origin.column ?? 1,
        code: same ? 'duplicate-figure' : 'conflicting-figure', figures: [t.ref(first)],
        message: same
          ? `${unitName(o.unit)} ${o.indicator} ${o.period.key} is given again, with the same value (first at ${fo?.file}:${fo?.line})`
          : `${unitName(o.unit)} ${o.indicator} ${o.period.key}${dk ? ` (${dk})` : ''} is given twice: ${JSON.stringify(o.origin.printed)} here and ${JSON.stringify(fo?.printed)} at ${fo?.file}:${fo?.line}; the first is kept`,
      });
    }
  }
  done('published');

  const byKind = (...kinds: IndicatorRecord['kind'][]) => [...catalogue.values()].filter((i) => kinds.includes(i.kind));
  const counts = new Set(byKind('count', 'amount').filter((i) => i.additive).map((i) => i.id));
  const dimensions = new DimensionCatalogue(raw.dimensions ?? []);
  for (const p of aggregate(t, tree, { ids: counts, check: true, unitName, identities: COUNT_IDENTITIES, dimensions })) problems.push(p);
  done('counts');

  seedPairs(t, rates, problems, unitName);
  done('pairs');
  const pairs = new Set(rates.flatMap((r) => [pairId(r.id, 'n'), pairId(r.id, 'd')]));
  aggregate(t, tree, { ids: pairs, check: false, unitName, identities: [], dimensions });
  done('pairSums');
  ratesFromPairs(t, rates, problems, unitName);
  done('rates');

  for (const p of flowChecks(t, unitName)) problems.push(p);
  for (const p of indexGroupChecks(t, catalogue, unitName)) problems.push(p);
  const implied = impliedTotals(t, catalogue, unitName);
  for (const p of implied.problems) problems.push(p);
  done('checks');

  const hidden = new Uint8Array(t.indicators.size);
  t.indicators.values.forEach((id, i) => { hidden[i] = isHidden(id) ? 1 : 0; });
  const { columns, transfer, spare } = t.columns((r) => hidden[t.indicator[r]] === 0);
  const computed = { columns, problems: sortProblems(problems), impliedTotals: implied.totals, rowsRead: n };
  done('columns');
  return { computed, transfer, spare };
}

/** A computed dataset as the model takes it: its problems in a list (data/problemList.ts), on the
 * page read from the packed lists the worker sent (an array's list: `ProblemList.from`). The
 * page's first screen then has no code of the list's: it comes with the worker's reply. */
export type ComputedOnPage = Omit<ComputedDataset, 'problems'> & { problems: ProblemList };

/** The model over computed figures: indexes and queries, cheap enough for the page's thread. */
export function assembleModel(raw: ModelRaw, computed: ComputedOnPage, options: ModelOptions = {}): Model {
  const catalogue = catalogueOf(raw);
  const table = FigureTable.from(computed.columns);
  const { tree } = buildUnitTree(raw.units, table.units.values, raw.flatUnits, options.today, raw.todayUnits);
  const unitName = (code: string, lang: 'vi' | 'en' = 'vi') => {
    const u = tree.units.get(code);
    return u ? unitNameIn(u, lang) : code;
  };
  const rule = (r: number) => ruleOf(table, r, tree, catalogue);
  // Figures are made from their row when asked for, and remembered for the next question.
  const made = new Map<number, Figure>();
  const fig = (r: number): Figure => {
    let f = made.get(r);
    if (!f) {
      if (made.size > 200_000) made.clear();
      made.set(r, (f = table.figure(r, rule)));
    }
    return f;
  };
  const rowOf = (unit: string, indicator: string, periodKey: string, dims: Readonly<Record<string, string>> = {}): number => {
    const u = table.units.find(unit);
    const p = table.periods.find(periodKey);
    const i = table.indicators.find(indicator);
    const d = table.dimSets.find(dimsKey(dims));
    return u === undefined || p === undefined || i === undefined || d === undefined ? -1 : table.find(u, p, i, d);
  };
  const band = options.atRiskBand ?? DEFAULT_AT_RISK_BAND;
  const targets = raw.targets;
  const sortedPeriods = [...table.periods.values].sort(comparePeriods);
  const all = () => Array.from({ length: table.size }, (_, r) => fig(r));
  // One unit's rows of one indicator by dimension set, each oldest period first: grouped in one pass
  // over the unit's rows the first time one of its series is asked for (the KPI cards, the trend and
  // the plan tracker ask for the same indicator of the same unit at several levels and kinds, and
  // the tracker for every child of the unit), and kept for the last few thousand asked about.
  const seriesRows = new Map<number, Map<number, number[]>>();
  const seriesRowsOf = (u: number, i: number): Map<number, number[]> => {
    const key = u * table.indicators.size + i;
    let groups = seriesRows.get(key);
    if (groups) return groups;
    groups = new Map();
    for (const r of table.rowsOfUnitIndicator(u, i)) {
      const rows = groups.get(table.dimsId[r]);
      if (rows) rows.push(r);
      else groups.set(table.dimsId[r], [r]);
    }
    const period = (r: number) => table.periods.values[table.period[r]];
    for (const rows of groups.values()) rows.sort((a, b) => comparePeriods(period(a), period(b)));
    if (seriesRows.size >= 4096) seriesRows.delete(seriesRows.keys().next().value!);
    seriesRows.set(key, groups);
    return groups;
  };

  const model: Model = {
    raw, catalogue, dimensions: new DimensionCatalogue(raw.dimensions ?? []), tree, targets, impliedTotals: computed.impliedTotals, atRiskBand: band, today: options.today ?? null,
    problems: computed.problems,
    rowsRead: computed.rowsRead,
    table,
    unitName,
    figures: all,
    figureAt: fig,
    figure: (unit, indicator, periodKey, dims = {}) => {
      const r = rowOf(unit, indicator, periodKey, dims);
      return r < 0 ? undefined : fig(r);
    },
    figuresOf: (unit) => {
      const u = table.units.find(unit);
      return u === undefined ? [] : table.rowsOfUnit(u).map(fig);
    },
    periods: () => sortedPeriods,
    series: (unit, indicator, dims = {}, kind) => {
      const u = table.units.find(unit);
      const i = table.indicators.find(indicator);
      const d = table.dimSets.find(dimsKey(dims));
      if (u === undefined || i === undefined || d === undefined) return [];
      const rows = seriesRowsOf(u, i).get(d) ?? [];
      return (kind ? rows.filter((r) => table.periods.values[table.period[r]].kind === kind) : rows).map(fig);
    },
    targetStatusOf: () => null,
    targetEvaluations: () => [],
  };
  return withTargets(model, targets);
}

/**
 * The same figures against other targets (the dataset's plus the reader's own edits): only the
 * target queries change, so every view that asks the model follows the edited plan.
 */
export function withTargets(base: Model, targets: readonly TargetRecord[]): Model {
  const { tree, table, atRiskBand: band } = base;
  const model: Model = {
    ...base,
    targets,
    targetStatusOf: (unit, indicator, period, dims = {}) => {
      const f = model.figure(unit, indicator, period.key, dims) ?? null;
      const t = targetFor(targets, { unit, indicator, dims, period }, tree);
      return t ? evaluate(t, unit, dims, f, band) : null;
    },
    targetEvaluations: () => {
      const out: TargetEvaluation[] = [];
      for (const t of targets) {
        const i = table.indicators.find(t.indicator);
        const rows = i === undefined ? [] : table.rowsOfIndicator(i);
        const matches = rows.map((r) => model.figureAt(r)).filter((f) => periodContains(t.period, f.period) && appliesTo(t, f.unit, f.dims, tree) && targetFor(targets, f, tree) === t);
        if (matches.length === 0) out.push(evaluate(t, t.unit ?? tree.roots[0] ?? '', t.level ? { level: t.level } : {}, null, band));
        for (const f of matches) out.push(evaluate(t, f.unit, f.dims, f, band));
      }
      return out;
    },
  };
  return model;
}

export function buildModel(raw: RawDataset, options: ModelOptions = {}): Model {
  const computed = computeDataset(raw, options);
  return assembleModel(raw, { ...computed, problems: ProblemList.from(computed.problems) }, options);
}

export { keyOfFigure, formatVi };
