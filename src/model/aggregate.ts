// Adding counts up: across the values of a dimension (levels, fields, channels) and up the
// unit tree. A sum is made only when every part is there — a province is never "the sum"
// of the one district that reported — and a published total always wins over the sum,
// which then becomes a check. Works on the table's row numbers; no figure objects.
import type { Problem, Qualifier } from '../data/types';
import { formatVi } from '../data/formatVi';
import type { FigureTable } from './table';
import type { TableBuilder } from './tableBuilder';
import type { UnitTree } from './unitTree';
import { DimensionCatalogue } from './dimensions';

export interface AggregateOptions {
  /** Ids of the series to add up (counts, amounts, and the hidden count pairs of rates). */
  ids: ReadonlySet<string>;
  /** Whether to report a published total that its parts do not match. */
  check: boolean;
  unitName: (code: string) => string;
  identities: readonly { total: string; parts: string[] }[];
  /** Which breakdowns are the whole (src/model/dimensions.ts); without one, only levels are. */
  dimensions?: DimensionCatalogue;
}

/** The qualifier of a sum: exact only if every part is exact; "more than" if parts are exact or "more than". */
export function sumQualifierOf(t: FigureTable, rows: readonly number[]): Qualifier {
  let bits = 0;
  for (const r of rows) bits |= 1 << t.qualifier[r];
  return qualifierOfBits(bits);
}

/** A sum's qualifier from the bits of its parts' qualifiers (bit q: a part has QUALIFIERS[q]). */
export function qualifierOfBits(bits: number): Qualifier {
  const gt = (bits & 2) !== 0;
  const lt = (bits & 4) !== 0;
  if ((bits & 8) !== 0 || (gt && lt)) return '~';
  return gt ? '>' : lt ? '<' : '=';
}

/** A printed total checked against the sum of its parts. `what` (the parts, in words) and
 * `unitName` are written only where they differ: most totals agree, and writing every sum's terms
 * (a province's hundred communes, each named and formatted) was work for nothing. */
function compare(t: FigureTable, total: number, sum: number, what: () => string, problems: Problem[], unitName: () => string): void {
  if (Math.abs(t.value[total] - sum) < 1e-9) return;
  const o = t.placeOf(total);
  if (!o) return;
  const exceeds = sum > t.value[total];
  problems.push({
    severity: exceeds ? 'warning' : 'info',
    file: o.file, line: o.line, column: o.column,
    code: exceeds ? 'parts-exceed-total' : 'parts-below-total', figures: [t.ref(total)],
    message: `${unitName()} ${t.indicators.values[t.indicator[total]]} ${t.periods.values[t.period[total]].key}: printed total ${formatVi(t.value[total])} but ${what()} add up to ${formatVi(sum)}${exceeds ? ' — more than the total' : ` (${formatVi((sum / t.value[total]) * 100, 1)}% of it: the rest is not itemised)`}`,
  });
}

interface Identity { total: string; parts: readonly string[]; ti: number; pi: number[] }

interface Ctx {
  t: TableBuilder;
  identities: Identity[];
  tree: UnitTree;
  opts: AggregateOptions;
  ids: Uint8Array;
  problems: Problem[];
  total: number;
  /** The children's sums, made when first needed (unitTotals). */
  sums?: ChildSums | null;
}

/** Identities such as resolved_in_time = resolved_early + resolved_on_time, where the total is not given. */
function applyIdentities(c: Ctx, u: number, check: boolean): void {
  const { t, opts } = c;
  // A total made in this pass is not a part in this pass (as when every group is read first).
  const start = t.size;
  // The unit's rows as they were: a total made here is appended to them, after `count`.
  const own = t.rowsOfUnit(u);
  const count = own.length;
  for (const { total, ti, pi, parts } of c.identities) {
    for (let k = 0; k < count; k++) {
      const r0 = own[k];
      if (r0 >= start || t.indicator[r0] !== pi[0]) continue;
      const p = t.period[r0];
      const d = t.dimsId[r0];
      let sum = 0;
      let bits = 0;
      let whole = true;
      for (let j = 0; j < pi.length && whole; j++) {
        const r = j === 0 ? r0 : t.find(u, p, pi[j], d);
        if (r < 0 || r >= start) whole = false;
        else { sum += t.value[r]; bits |= 1 << t.qualifier[r]; }
      }
      if (!whole) continue;
      const tr = t.find(u, p, ti, d);
      if (tr < 0 || tr >= start) {
        if (tr < 0) t.setDerived(u, p, ti, d, sum, qualifierOfBits(bits), 'identity');
      } else if (check && Math.abs(t.value[tr] - sum) > 1e-9) {
        const o = t.placeOf(tr);
        const rows = pi.map((i, j) => (j === 0 ? r0 : t.find(u, p, i, d)));
        if (o) c.problems.push({ severity: 'warning', file: o.file, line: o.line, column: o.column, code: 'identity-mismatch', figures: [tr, ...rows].map((r) => t.ref(r)), message: `${opts.unitName(t.units.values[u])} ${t.periods.values[p].key}: ${total} is ${formatVi(t.value[tr])} but ${parts.join(' + ')} = ${formatVi(sum)}` });
      }
    }
  }
}

/** The identities whose total and parts the table has, by their ids (found once per pass). */
function identitiesIn(t: TableBuilder, ids: Uint8Array, identities: AggregateOptions['identities']): Identity[] {
  const found: Identity[] = [];
  for (const { total, parts } of identities) {
    const ti = t.indicators.find(total);
    if (ti === undefined || !ids[ti]) continue;
    const pi = parts.map((p) => t.indicators.find(p));
    if (pi.some((i) => i === undefined)) continue;
    found.push({ total, parts, ti, pi: pi as number[] });
  }
  return found;
}

const BUILTIN_CATALOGUE = new DimensionCatalogue();

/**
 * The rows of a breakdown that make the whole, or null: for a `seen` dimension all of them when
 * they cover every value the unit reports in the period; for a `sets` one the rows of the first
 * complete set whose every value is present.
 */
function wholeOf(t: FigureTable, dims: DimensionCatalogue, dim: string, list: number[], seen: number): number[] | null {
  const mode = dims.wholeness(dim);
  if (mode === 'seen') return list.length === seen ? list : null;
  if (mode === 'open') return null;
  const byValue = new Map(list.map((r) => [t.dimSets.values[t.dimsId[r]].value!, r]));
  for (const set of dims.completeSets(dim)) if (set.every((v) => byValue.has(v))) return set.map((v) => byValue.get(v)!);
  return null;
}

/** Totals over each single dimension whose every value (seen at this unit and period) is present. */
function dimensionTotals(c: Ctx, u: number): void {
  const { t, opts } = c;
  // The unit's own list, not a copy: it is gone through before any total is added to it.
  const rows = t.rowsOfUnit(u);
  // Most units' rows carry one dimension value at most (a commune's rows all at level `xa`): that
  // is no breakdown, only a printed total to check against its one part.
  let only = -1;
  let many = false;
  // Whether the unit has a figure without dimensions: a printed total to check against its one
  // part. A commune's rows all at level `xa` have none, and looking for one at each of them was
  // some 790,000 look-ups of a country's 5.2 million (a figure's key, in the index: rowIndex.ts).
  // The empty set is the table's from the start (model.ts).
  const empty = t.dimSets.find('')!;
  let anyTotal = false;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const d = t.dimsId[r];
    if (d === empty) anyTotal = true;
    if (t.dimSets.values[d].arity !== 1 || d === only) continue;
    if (only === -1) only = d; else { many = true; break; }
  }
  if (!many) {
    if (only === -1 || !opts.check || !anyTotal) return;
    const ds = t.dimSets.values[only];
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (t.dimsId[r] !== only || !c.ids[t.indicator[r]]) continue;
      const total = t.find(u, t.period[r], t.indicator[r], empty);
      if (total >= 0) compare(t, total, t.value[r], () => `${ds.name} ${ds.value} ${formatVi(t.value[r])}`, c.problems, () => opts.unitName(t.units.values[u]));
    }
    return;
  }
  // The values each dimension takes at this unit and period, over all indicators.
  const valuesOf = new Map<number, Set<number>>();
  const parts = new Map<number, number[]>();
  const NAMES = 1 << 16;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const ds = t.dimSets.values[t.dimsId[r]];
    if (ds.arity !== 1) continue;
    const name = t.dimNames.id(ds.name!);
    const vk = t.period[r] * NAMES + name;
    let vs = valuesOf.get(vk);
    if (!vs) valuesOf.set(vk, (vs = new Set()));
    vs.add(t.dimsId[r]);
    if (!c.ids[t.indicator[r]]) continue;
    const pk = vk * t.indicators.size + t.indicator[r];
    const list = parts.get(pk);
    if (list) list.push(r); else parts.set(pk, [r]);
  }
  if (parts.size === 0) return;
  // A dimension with one value at this unit and period is a qualifier ("at the commune desk"),
  // not a breakdown: nothing to add up, only a printed total to check against its one part.
  for (const [pk, list] of parts) {
    if (list.length !== 1 || valuesOf.get(Math.floor(pk / t.indicators.size))!.size !== 1) continue;
    parts.delete(pk);
    const r = list[0];
    if (!opts.check) continue;
    const total = t.find(u, t.period[r], t.indicator[r], empty);
    const ds = t.dimSets.values[t.dimsId[r]];
    if (total >= 0) compare(t, total, t.value[r], () => `${ds.name} ${ds.value} ${formatVi(t.value[r])}`, c.problems, () => opts.unitName(t.units.values[u]));
  }
  // A breakdown is the whole where the dimension catalogue says so (every level the unit reports;
  // every channel; levels 1–2, 3 and 4). Any other (fields...) is often a partial list ("mostly
  // land, civil status..."): it is added up only where the file shows it is complete — a printed
  // total equal to its parts — and otherwise a printed total is compared with its parts.
  const catalogue = c.opts.dimensions ?? BUILTIN_CATALOGUE;
  const complete: [number, number[]][] = [];
  const whole = new Map<number, number[]>();
  for (const [pk, list] of parts) {
    const seen = valuesOf.get(Math.floor(pk / t.indicators.size))!.size;
    const dim = t.dimSets.values[t.dimsId[list[0]]].name!;
    const w = wholeOf(t, catalogue, dim, list, seen);
    if (w) whole.set(pk, w);
    if (w || list.length === seen) complete.push([pk, w ?? list]);
  }
  const proven = new Set<number>();
  for (const [pk, list] of complete) {
    const r0 = list[0];
    const total = t.find(u, t.period[r0], t.indicator[r0], empty);
    let sum = 0;
    for (const r of list) sum += t.value[r];
    if (total >= 0 && t.derived[total] === 0 && Math.abs(t.value[total] - sum) < 1e-9) proven.add(Math.floor(pk / t.indicators.size));
  }
  for (const [pk, list] of complete) {
    const r0 = list[0];
    const dim = t.dimSets.values[t.dimsId[r0]].name!;
    const sorted = [...list].sort((a, b) => t.dimSets.values[t.dimsId[a]].value!.localeCompare(t.dimSets.values[t.dimsId[b]].value!));
    let sum = 0;
    for (const r of sorted) sum += t.value[r];
    const p = t.period[r0];
    const i = t.indicator[r0];
    const total = t.find(u, p, i, empty);
    if (total >= 0) {
      if (opts.check) compare(t, total, sum, () => `${dim} ${sorted.map((r) => `${t.dimSets.values[t.dimsId[r]].value} ${formatVi(t.value[r])}`).join(' + ')}`, c.problems, () => opts.unitName(t.units.values[u]));
      continue;
    }
    // One value alone qualifies the figure ("at the district desk"); it is not a breakdown of the whole.
    if (list.length < 2 || (!whole.has(pk) && !proven.has(Math.floor(pk / t.indicators.size)))) continue;
    t.setDerived(u, p, i, empty, sum, sumQualifierOf(t, sorted), 'dimension-total', Number.NaN, Number.NaN, t.dimNames.id(dim));
  }
}

/**
 * The children's sums of one parent, by (period, indicator, dimensions), as its children's rows are
 * gone through once each: the sum, how many children have the figure, and their qualifiers. Summed
 * by look-ups instead (each child's figure found for every figure the children have), a country's
 * parents made some ten million look-ups at scattered places in the figure index, the largest part
 * of adding up in Chromium (0.6 of 2.4 s of the sums at a million rows). Kept for the whole pass and
 * cleared key by key; null where the keys are too many to hold (then the look-ups are made).
 */
class ChildSums {
  readonly sum: Float64Array;
  readonly count: Int32Array;
  /** Bit q set where a part has qualifier q (table.ts QUALIFIERS). */
  readonly qualifiers: Uint8Array;
  private touched: number[] = [];

  private constructor(size: number) {
    this.sum = new Float64Array(size);
    this.count = new Int32Array(size);
    this.qualifiers = new Uint8Array(size);
  }

  static for(size: number): ChildSums | null {
    return size <= CHILD_SUMS.maxKeys ? new ChildSums(size) : null;
  }

  add(key: number, value: number, qualifier: number): void {
    if (this.count[key] === 0) this.touched.push(key);
    this.sum[key] += value;
    this.count[key]++;
    this.qualifiers[key] |= 1 << qualifier;
  }

  clear(): void {
    for (const k of this.touched) { this.sum[k] = 0; this.count[k] = 0; this.qualifiers[k] = 0; }
    this.touched = [];
  }
}

/** Keys (periods × indicators × dimension sets) a ChildSums holds at most: 4M, 52 MB. Larger
 * tables add up by look-ups (a test sets it to 0 to compare the two ways). */
export const CHILD_SUMS = { maxKeys: 1 << 22 };

/** Sums over child units, for every series that all the unit's children (valid in the period) have. */
function unitTotals(c: Ctx, u: number): void {
  const { t, tree, opts } = c;
  const code = t.units.values[u];
  const children = tree.children(code);
  if (children.length === 0 || !tree.sums(code)) return;
  const kids = children.map((k) => t.units.find(k)).filter((k): k is number => k !== undefined);
  const stride = t.indicators.size * t.dimSets.size;
  // The children valid in each period (a unit that ended or began in it is not a part).
  const validIn = new Map<number, number[]>();
  const valid = (p: number): number[] => {
    let list = validIn.get(p);
    if (!list) validIn.set(p, (list = tree.childrenIn(code, t.periods.values[p]).map((k) => t.units.find(k) ?? -1)));
    return list;
  };
  // One sample row per (period, indicator, dimensions) the children have; and each child's row
  // added to its key's sum where the child is valid in the row's period. In the children's order,
  // which `valid` keeps: each sum adds its parts in the order the look-ups did.
  const samples = new Map<number, number>();
  c.sums ??= ChildSums.for(t.periods.size * stride);
  const sums = c.sums;
  const validKid = new Map<number, Uint8Array>();
  kids.forEach((k, at) => {
    for (const r of t.rowsOfUnit(k)) {
      if (!c.ids[t.indicator[r]]) continue;
      const p = t.period[r];
      const key = p * stride + t.indicator[r] * t.dimSets.size + t.dimsId[r];
      if (!samples.has(key)) samples.set(key, r);
      if (!sums) continue;
      let mask = validKid.get(p);
      if (!mask) {
        const ok = new Set(valid(p));
        validKid.set(p, (mask = Uint8Array.from(kids, (kid) => (ok.has(kid) ? 1 : 0))));
      }
      if (mask[at]) sums.add(key, t.value[r], t.qualifier[r]);
    }
  });
  // The parts of a key, found (where a sum is to be explained, or no ChildSums could be held).
  const partsOf = (p: number, i: number, d: number): number[] | null => {
    const parts: number[] = [];
    for (const k of valid(p)) {
      const r = k < 0 ? -1 : t.find(k, p, i, d);
      if (r < 0) return null;
      parts.push(r);
    }
    return parts;
  };
  for (const [key, r0] of samples) {
    const p = t.period[r0];
    const among = valid(p);
    if (among.length === 0) continue;
    const i = t.indicator[r0];
    const d = t.dimsId[r0];
    let sum = 0;
    let qualifier: Qualifier;
    if (sums) {
      if (sums.count[key] !== among.length) continue;
      sum = sums.sum[key];
      qualifier = qualifierOfBits(sums.qualifiers[key]);
    } else {
      const found = partsOf(p, i, d);
      if (!found) continue;
      for (const r of found) sum += t.value[r];
      qualifier = sumQualifierOf(t, found);
    }
    const own = t.find(u, p, i, d);
    if (own >= 0) {
      if (opts.check) {
        const terms = () => (partsOf(p, i, d) ?? []).map((r) => `${opts.unitName(t.units.values[t.unit[r]])} ${formatVi(t.value[r])}`).join(' + ');
        compare(t, own, sum, () => `${among.length} units (${terms()})`, c.problems, () => opts.unitName(code));
      }
      continue;
    }
    t.setDerived(u, p, i, d, sum, qualifier, 'unit-total');
  }
  sums?.clear();
}

/** Fills the table bottom-up: each unit gets its children's sums, then identities, then dimension totals. */
export function aggregate(t: TableBuilder, tree: UnitTree, opts: AggregateOptions): Problem[] {
  const ids = new Uint8Array(t.indicators.size);
  for (const id of opts.ids) { const i = t.indicators.find(id); if (i !== undefined) ids[i] = 1; }
  const c: Ctx = { t, tree, opts, ids, identities: identitiesIn(t, ids, opts.identities), problems: [], total: 0 };
  for (const code of tree.bottomUp) {
    const u = t.units.find(code);
    if (u === undefined) continue;
    unitTotals(c, u);
    applyIdentities(c, u, opts.check);
    dimensionTotals(c, u);
    applyIdentities(c, u, false);
  }
  return c.problems;
}
