// The dataset in memory: catalogue, unit tree, every figure (published and derived), the
// checks' problems, and the queries the views and the CLI need. Built once per load.
import type { IndicatorRecord, InputFile, Period, Problem, RawDataset, TargetRecord } from '../data/types';
import { readDataset } from '../data/read';
import { formatVi } from '../data/number';
import { comparePeriods } from '../data/period';
import { BUILTIN_INDICATORS, COUNT_IDENTITIES } from './catalogue';
import type { Figure } from './figure';
import { dimsKey, keyOfFigure } from './figure';
import { FigureStore } from './store';
import { buildUnitTree, type UnitTree } from './unitTree';
import { aggregate } from './aggregate';
import { isHidden, pairId, ratesFromPairs, seedPairs } from './rates';
import { flowChecks, impliedTotals, type ImpliedTotal } from './checks';
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

export interface Model {
  raw: RawDataset;
  catalogue: ReadonlyMap<string, IndicatorRecord>;
  tree: UnitTree;
  targets: readonly TargetRecord[];
  problems: Problem[];
  impliedTotals: ImpliedTotal[];
  atRiskBand: number;
  /** Every visible figure. */
  figures(): Figure[];
  figure(unit: string, indicator: string, periodKey: string, dims?: Readonly<Record<string, string>>): Figure | undefined;
  figuresOf(unit: string): Figure[];
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
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** What the checks and sums produce: plain data, so a worker can compute it and post it. */
export interface ComputedDataset {
  /** Every visible figure (published and derived). */
  figures: Figure[];
  problems: Problem[];
  impliedTotals: ImpliedTotal[];
}

function catalogueOf(raw: RawDataset): Map<string, IndicatorRecord> {
  const catalogue = new Map(BUILTIN_INDICATORS.map((i) => [i.id, i]));
  for (const i of raw.indicators) catalogue.set(i.id, i);
  return catalogue;
}

/** The sums, derived rates and checks of a dataset: the expensive part of a load. */
export function computeDataset(raw: RawDataset, options: Pick<ModelOptions, 'today'> = {}): ComputedDataset {
  const problems: Problem[] = [...raw.problems];
  const catalogue = catalogueOf(raw);

  const { tree, problems: treeProblems } = buildUnitTree(raw.units, raw.observations.map((o) => o.unit), raw.flatUnits, options.today, raw.todayUnits);
  for (const p of treeProblems) problems.push(p);
  const unitName = (code: string) => tree.units.get(code)?.name ?? code;
  const about = unitsProblem(raw, tree);
  if (about) problems.push(about);
  if (options.today) for (const p of todayProblems(raw, tree)) problems.push(p);

  // Published figures; the same key twice is a check.
  const store = new FigureStore();
  for (const o of raw.observations) {
    const first = store.find(o.unit, o.period.key, o.indicator, o.dims);
    if (first) {
      const same = first.published === o.value && first.qualifier === o.qualifier && first.numerator === o.numerator && first.denominator === o.denominator;
      problems.push({
        severity: same ? 'info' : 'error', file: o.origin.file, line: o.origin.line, column: o.origin.column ?? 1,
        code: same ? 'duplicate-figure' : 'conflicting-figure',
        message: same
          ? `${unitName(o.unit)} ${o.indicator} ${o.period.key} is given again, with the same value (first at ${first.origin?.file}:${first.origin?.line})`
          : `${unitName(o.unit)} ${o.indicator} ${o.period.key}${dimsKey(o.dims) ? ` (${dimsKey(o.dims)})` : ''} is given twice: ${JSON.stringify(o.origin.printed)} here and ${JSON.stringify(first.origin?.printed)} at ${first.origin?.file}:${first.origin?.line}; the first is kept`,
      });
      continue;
    }
    store.set({
      unit: o.unit, period: o.period, indicator: o.indicator, dims: o.dims, value: o.value, qualifier: o.qualifier,
      numerator: o.numerator, denominator: o.denominator, derived: 'published', published: o.value, publishedDecimals: o.decimals,
      origin: o.origin, source: o.source, note: o.note, rule: `${JSON.stringify(o.origin.printed)} — ${o.origin.file}:${o.origin.line}`,
    });
  }

  const byKind = (...kinds: IndicatorRecord['kind'][]) => [...catalogue.values()].filter((i) => kinds.includes(i.kind));
  const counts = new Set(byKind('count', 'amount').filter((i) => i.additive).map((i) => i.id));
  for (const p of aggregate(store, tree, { ids: counts, check: true, unitName, identities: COUNT_IDENTITIES })) problems.push(p);

  const rates = byKind('rate');
  seedPairs(store, rates, problems, unitName);
  const pairs = new Set(rates.flatMap((r) => [pairId(r.id, 'n'), pairId(r.id, 'd')]));
  aggregate(store, tree, { ids: pairs, check: false, unitName, identities: [] });
  ratesFromPairs(store, rates, problems, unitName);

  for (const p of flowChecks(store, unitName)) problems.push(p);
  const implied = impliedTotals(store, catalogue, unitName);
  for (const p of implied.problems) problems.push(p);

  return {
    figures: [...store.all()].filter((f) => !isHidden(f.indicator)),
    problems: sortProblems(problems),
    impliedTotals: implied.totals,
  };
}

/** The model over computed figures: indexes and queries, cheap enough for the page's thread. */
export function assembleModel(raw: RawDataset, computed: ComputedDataset, options: ModelOptions = {}): Model {
  const catalogue = catalogueOf(raw);
  const { tree } = buildUnitTree(raw.units, raw.observations.map((o) => o.unit), raw.flatUnits, options.today, raw.todayUnits);
  const unitName = (code: string, lang: 'vi' | 'en' = 'vi') => {
    const u = tree.units.get(code);
    if (!u) return code;
    return lang === 'en' && u.nameEn && (u.type === 'country' || u.type === 'group') ? u.nameEn : u.name;
  };
  const store = new FigureStore();
  for (const f of computed.figures) store.set(f);
  const visible = () => [...store.all()];
  const band = options.atRiskBand ?? DEFAULT_AT_RISK_BAND;
  const targets = raw.targets;

  const model: Model = {
    raw, catalogue, tree, targets, impliedTotals: computed.impliedTotals, atRiskBand: band, today: options.today ?? null,
    problems: computed.problems,
    unitName,
    figures: visible,
    figure: (unit, indicator, periodKey, dims = {}) => store.find(unit, periodKey, indicator, dims),
    figuresOf: (unit) => [...store.ofUnit(unit)],
    periods: () => {
      const seen = new Map<string, Period>();
      for (const f of store.all()) seen.set(f.period.key, f.period);
      return [...seen.values()].sort(comparePeriods);
    },
    series: (unit, indicator, dims = {}, kind) => {
      const dk = dimsKey(dims);
      return store.ofUnit(unit)
        .filter((f) => f.indicator === indicator && dimsKey(f.dims) === dk && (!kind || f.period.kind === kind))
        .sort((a, b) => comparePeriods(a.period, b.period));
    },
    targetStatusOf: (unit, indicator, period, dims = {}) => {
      const f = store.find(unit, period.key, indicator, dims) ?? null;
      const t = targetFor(targets, { unit, indicator, dims, period }, tree);
      return t ? evaluate(t, unit, dims, f, band) : null;
    },
    targetEvaluations: () => {
      const out: TargetEvaluation[] = [];
      for (const t of targets) {
        const matches = visible().filter((f) => f.indicator === t.indicator && periodContains(t.period, f.period) && appliesTo(t, f.unit, f.dims, tree) && targetFor(targets, f, tree) === t);
        if (matches.length === 0) out.push(evaluate(t, t.unit ?? tree.roots[0] ?? '', t.level ? { level: t.level } : {}, null, band));
        for (const f of matches) out.push(evaluate(t, f.unit, f.dims, f, band));
      }
      return out;
    },
  };
  return model;
}

export function buildModel(raw: RawDataset, options: ModelOptions = {}): Model {
  return assembleModel(raw, computeDataset(raw, options), options);
}

/** Read files and build the model: what the CLI and the app's worker call. */
export function loadDataset(files: InputFile[], options: ModelOptions = {}): Model {
  return buildModel(readDataset(files, { catalogue: BUILTIN_INDICATORS, reference: options.reference ?? null }), options);
}

export { keyOfFigure, formatVi };
