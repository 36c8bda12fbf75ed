// Adding counts up: across the values of a dimension (levels, fields, channels) and up the
// unit tree. A sum is made only when every part is there — a province is never "the sum"
// of the one district that reported — and a published total always wins over the sum,
// which then becomes a check.
import type { Period, Problem } from '../data/types';
import { formatVi } from '../data/number';
import type { Figure } from './figure';
import { dimsKey, sumQualifier } from './figure';
import { dimsKeyOf, type FigureStore } from './store';
import type { UnitTree } from './unitTree';

export interface AggregateOptions {
  /** Ids of the series to add up (counts, amounts, and the hidden count pairs of rates). */
  ids: ReadonlySet<string>;
  /** Whether to report a published total that its parts do not match. */
  check: boolean;
  unitName: (code: string) => string;
  identities: readonly { total: string; parts: string[] }[];
}

function sumFigure(template: Omit<Figure, 'value' | 'qualifier' | 'rule' | 'derived'>, parts: Figure[], derived: Figure['derived'], rule: string): Figure {
  return {
    ...template,
    value: parts.reduce((s, p) => s + p.value, 0),
    qualifier: sumQualifier(parts.map((p) => p.qualifier)),
    derived, rule,
  };
}

function compare(total: Figure, sum: number, what: string, problems: Problem[], unitName: string): void {
  if (Math.abs(total.value - sum) < 1e-9 || !total.origin) return;
  const exceeds = sum > total.value;
  problems.push({
    severity: exceeds ? 'warning' : 'info',
    file: total.origin.file, line: total.origin.line, column: total.origin.column ?? 1,
    code: exceeds ? 'parts-exceed-total' : 'parts-below-total',
    message: `${unitName} ${total.indicator} ${total.period.key}: printed total ${formatVi(total.value)} but ${what} add up to ${formatVi(sum)}${exceeds ? ' — more than the total' : ` (${formatVi((sum / total.value) * 100, 1)}% of it: the rest is not itemised)`}`,
  });
}

function base(unit: string, period: Period, indicator: string, dims: Record<string, string>) {
  return { unit, period, indicator, dims, numerator: null, denominator: null, published: null, publishedDecimals: null, origin: null, source: '', note: '' };
}

/** Identities such as resolved_in_time = resolved_early + resolved_on_time, where the total is not given. */
function applyIdentities(store: FigureStore, unit: string, opts: AggregateOptions, problems: Problem[]): void {
  const groups = new Map<string, Figure[]>();
  for (const f of store.ofUnit(unit)) {
    const g = `${f.period.key}\u0001${dimsKey(f.dims)}`;
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  for (const figs of groups.values()) {
    const by = new Map(figs.map((f) => [f.indicator, f]));
    for (const { total, parts } of opts.identities) {
      if (!opts.ids.has(total)) continue;
      const ps = parts.map((p) => by.get(p));
      if (ps.some((p) => !p)) continue;
      const partFigs = ps as Figure[];
      const sum = partFigs.reduce((s, p) => s + p.value, 0);
      const t = by.get(total);
      const f0 = partFigs[0];
      if (!t) store.set(sumFigure(base(unit, f0.period, total, { ...f0.dims }), partFigs, 'identity', `${parts.join(' + ')} = ${partFigs.map((p) => formatVi(p.value)).join(' + ')}`));
      else if (opts.check && Math.abs(t.value - sum) > 1e-9 && t.origin) {
        problems.push({ severity: 'warning', file: t.origin.file, line: t.origin.line, column: t.origin.column ?? 1, code: 'identity-mismatch', message: `${opts.unitName(unit)} ${t.period.key}: ${total} is ${formatVi(t.value)} but ${parts.join(' + ')} = ${formatVi(sum)}` });
      }
    }
  }
}

/** Dimensions whose values, when all present, are the whole. */
export const EXHAUSTIVE_DIMENSIONS: ReadonlySet<string> = new Set(['level', 'channel']);

/** Totals over each single dimension whose every value (seen at this unit and period) is present. */
function dimensionTotals(store: FigureStore, unit: string, opts: AggregateOptions, problems: Problem[]): void {
  const figs = store.ofUnit(unit);
  // The values each dimension takes at this unit and period, over all indicators.
  const valuesOf = new Map<string, Set<string>>();
  const parts = new Map<string, Figure[]>();
  for (const f of figs) {
    const names = Object.keys(f.dims);
    if (names.length !== 1) continue;
    const dim = names[0];
    const vk = `${f.period.key}\u0001${dim}`;
    if (!valuesOf.has(vk)) valuesOf.set(vk, new Set());
    valuesOf.get(vk)!.add(f.dims[dim]);
    if (!opts.ids.has(f.indicator)) continue;
    const pk = `${f.period.key}\u0001${dim}\u0001${f.indicator}`;
    parts.set(pk, [...(parts.get(pk) ?? []), f]);
  }
  // A breakdown by level or channel is complete when every value seen is there. Any other
  // dimension (fields...) is often a partial list ("mostly land, civil status..."): it is
  // added up only where the file shows it is complete — a printed total equal to its parts.
  const complete = [...parts].filter(([pk, list]) => list.length === valuesOf.get(pk.split('\u0001').slice(0, 2).join('\u0001'))!.size);
  const proven = new Set<string>();
  for (const [pk, list] of complete) {
    const [periodKey, dim, indicator] = pk.split('\u0001');
    const total = store.find(unit, periodKey, indicator, '');
    if (total && total.derived === 'published' && Math.abs(total.value - list.reduce((s, p) => s + p.value, 0)) < 1e-9) proven.add(`${periodKey}\u0001${dim}`);
  }
  for (const [pk, list] of complete) {
    const [periodKey, dim, indicator] = pk.split('\u0001');
    const sorted = [...list].sort((a, b) => a.dims[dim].localeCompare(b.dims[dim]));
    const sum = sorted.reduce((s, p) => s + p.value, 0);
    const total = store.find(unit, periodKey, indicator, '');
    const what = `${dim} ${sorted.map((p) => `${p.dims[dim]} ${formatVi(p.value)}`).join(' + ')}`;
    if (total) { if (opts.check) compare(total, sum, what, problems, opts.unitName(unit)); continue; }
    // One value alone qualifies the figure ("at the district desk"); it is not a breakdown of the whole.
    if (list.length < 2 || (!EXHAUSTIVE_DIMENSIONS.has(dim) && !proven.has(`${periodKey}\u0001${dim}`))) continue;
    store.set(sumFigure(base(unit, list[0].period, indicator, {}), sorted, 'dimension-total', `Σ ${what}`));
  }
}

/** Sums over child units, for every series that all the unit's children (valid in the period) have. */
function unitTotals(store: FigureStore, tree: UnitTree, unit: string, opts: AggregateOptions, problems: Problem[]): void {
  const children = tree.children(unit);
  if (children.length === 0 || !tree.sums(unit)) return;
  const candidates = new Map<string, Figure>();
  for (const c of children) for (const f of store.ofUnit(c)) {
    if (!opts.ids.has(f.indicator)) continue;
    const k = `${f.period.key}\u0001${f.indicator}\u0001${dimsKeyOf(f.dims)}`;
    if (!candidates.has(k)) candidates.set(k, f);
  }
  for (const sample of candidates.values()) {
    const valid = tree.childrenIn(unit, sample.period);
    const parts: Figure[] = [];
    for (const c of valid) {
      const f = store.find(c, sample.period.key, sample.indicator, sample.dims);
      if (!f) break;
      parts.push(f);
    }
    if (parts.length !== valid.length || parts.length === 0) continue;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const terms = parts.map((p) => `${opts.unitName(p.unit)} ${formatVi(p.value)}`).join(' + ');
    const what = `${parts.length} units (${terms})`;
    const own = store.find(unit, sample.period.key, sample.indicator, sample.dims);
    if (own) { if (opts.check) compare(own, sum, what, problems, opts.unitName(unit)); continue; }
    store.set(sumFigure(base(unit, sample.period, sample.indicator, { ...sample.dims }), parts, 'unit-total', `Σ ${terms}`));
  }
}

/** Fills the store bottom-up: each unit gets its children's sums, then identities, then dimension totals. */
export function aggregate(store: FigureStore, tree: UnitTree, opts: AggregateOptions): Problem[] {
  const problems: Problem[] = [];
  for (const unit of tree.bottomUp) {
    unitTotals(store, tree, unit, opts, problems);
    applyIdentities(store, unit, opts, problems);
    dimensionTotals(store, unit, opts, problems);
    applyIdentities(store, unit, { ...opts, check: false }, problems);
  }
  return problems;
}
