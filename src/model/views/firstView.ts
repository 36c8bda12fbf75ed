// The first screen: with no link, the app opens where the dataset has most to show. Every
// (unit, period, level) is scored by how many figures the overview would show there — KPI cards with a
// figure, the children's bars and ranking cells, the levels and the trend of the indicator — in
// one pass over the table's columns (no figure objects), once per model.
import type { Model } from '../model';
import { HEADLINE_INDICATORS, MAX_KPI_CARDS } from './headline';
import { figureCounts } from './rows';

export interface FirstView {
  unit: string;
  period: string;
  /** `''` for totals, else a value of the `level` dimension. */
  level: string;
  indicator: string;
  /** How many figures the overview shows there (for the tests and the timing). */
  score: number;
}

/** Slices of a unit's figures: 0 the totals, 1 + n the n-th value of the `level` dimension. */
interface Slices {
  /** Per dimension set: its slice, or -1 for any other breakdown. */
  of: Int32Array;
  levels: string[];
}

function slicesOf(model: Model): Slices {
  const t = model.table;
  const levels: string[] = [];
  const of = new Int32Array(t.dimSets.size);
  t.dimSets.values.forEach((d, i) => {
    if (d.arity === 0) of[i] = 0;
    else if (d.arity === 1 && d.name === 'level') {
      let k = levels.indexOf(d.value!);
      if (k < 0) k = levels.push(d.value!) - 1;
      of[i] = 1 + k;
    } else of[i] = -1;
  });
  return { of, levels };
}

/** Counts by a key made of small integers: a typed array while it stays small, else a Map. */
class Counts {
  private readonly arr: Int32Array | null;
  private readonly map: Map<number, number> | null;
  constructor(size: number) {
    this.arr = size <= 1 << 24 ? new Int32Array(size) : null;
    this.map = this.arr ? null : new Map();
  }
  bump(k: number): void {
    if (this.arr) this.arr[k]++; else this.map!.set(k, (this.map!.get(k) ?? 0) + 1);
  }
  get(k: number): number {
    return this.arr ? this.arr[k] : this.map!.get(k) ?? 0;
  }
}

/** The search itself, not remembered (firstView remembers it per model). */
export function findFirstView(model: Model): FirstView | null {
  const t = model.table;
  const nU = t.units.size;
  const nP = Math.max(1, t.periods.size);
  const nI = Math.max(1, t.indicators.size);
  const { of: sliceOf, levels } = slicesOf(model);
  const nS = 1 + levels.length;
  const kinds = [...new Set(t.periods.values.map((p) => p.kind))];
  const kindOf = Int32Array.from(t.periods.values, (p) => kinds.indexOf(p.kind));
  const nK = Math.max(1, kinds.length);
  // Each unit's parent (a table id, -1 for a root), and the parents numbered apart (few of them).
  const parentOf = new Int32Array(nU).fill(-1);
  const depth = new Int32Array(nU);
  const parentNo = new Int32Array(nU).fill(-1);
  let nParents = 0;
  t.units.values.forEach((code, u) => {
    const p = model.tree.parent(code);
    const id = p === null ? undefined : t.units.find(p);
    if (id !== undefined) { parentOf[u] = id; if (parentNo[id] < 0) parentNo[id] = nParents++; }
    depth[u] = model.tree.path(code).length;
  });
  const headline = new Uint8Array(nI);
  for (const id of HEADLINE_INDICATORS) { const i = t.indicators.find(id); if (i !== undefined) headline[i] = 1; }
  const known = Uint8Array.from(t.indicators.values, (id) => (model.catalogue.has(id) ? 1 : 0));
  const counts = figureCounts(model);
  const countOf = Float64Array.from(t.indicators.values, (id) => counts.get(id) ?? 0);

  // Rows by unit, then period (the page's table is already in that order: then this is a copy).
  const order = byUnitThenPeriod(model);
  const unitStart = new Int32Array(nU + 1);
  for (let r = 0; r < t.size; r++) unitStart[t.unit[r] + 1]++;
  for (let u = 0; u < nU; u++) unitStart[u + 1] += unitStart[u];

  // Pass 1, the children: per parent, period and slice, how many children have each indicator
  // (the bars), have any figure, and how many headline cells the ranking shows.
  const kids = new Counts(nParents * nP * nS * nI);
  const kidsAny = new Counts(nParents * nP * nS);
  const cells = new Counts(nParents * nP * nS);
  for (let r = 0; r < t.size; r++) {
    const s = sliceOf[t.dimsId[r]];
    const i = t.indicator[r];
    const parent = parentOf[t.unit[r]];
    if (s < 0 || !known[i] || parent < 0) continue;
    const pps = (parentNo[parent] * nP + t.period[r]) * nS + s;
    kids.bump(pps * nI + i);
    kidsAny.bump(pps);
    if (headline[i]) cells.bump(pps);
  }

  // Pass 2, unit by unit: its own figures (cards, levels, trend), and each candidate view scored.
  const series = new Int32Array(nI * nS * nK);
  const ownBySlice = new Int32Array(nS);
  const ownIndicator = new Uint8Array(nS * nI);
  const byLevel = new Int32Array(nI);
  const scored = new Uint8Array(nP * nS);
  let best: FirstView | null = null;
  let bestKey = { depth: 0, period: 0, slice: 0 };
  const consider = (u: number, p: number, s: number) => {
    const pps = parentNo[u] < 0 ? -1 : (parentNo[u] * nP + p) * nS + s;
    let bestI = -1;
    let bestShown = -1;
    for (let i = 0; i < nI; i++) {
      const bars = pps < 0 ? 0 : kids.get(pps * nI + i);
      if (!ownIndicator[s * nI + i] && !byLevel[i] && !bars) continue;
      // The children's bars, the levels (shown at any level chosen) and the trend.
      const shown = bars + byLevel[i] + series[(i * nS + s) * nK + kindOf[p]];
      const better = shown > bestShown
        || (shown === bestShown && (headline[i] - headline[bestI] || countOf[i] - countOf[bestI] || (t.indicators.values[i] < t.indicators.values[bestI] ? 1 : 0)) > 0);
      if (better) { bestShown = shown; bestI = i; }
    }
    if (bestI < 0) return;
    // The children's figures count twice: the comparison draws them and the ranking (and the map) lists them.
    const bars = pps < 0 || bestI < 0 ? 0 : kids.get(pps * nI + bestI);
    const score = Math.min(MAX_KPI_CARDS, ownBySlice[s]) + (pps < 0 ? 0 : cells.get(pps)) + bestShown + bars;
    // Ties: nearer the root (a province before its districts), the later period, the totals.
    const wins = !best || score > best.score
      || (score === best.score && (bestKey.depth - depth[u] || compareEnds(model, p, bestKey.period) || bestKey.slice - s) > 0);
    if (wins) {
      bestKey = { depth: depth[u], period: p, slice: s };
      best = { unit: t.units.values[u], period: t.periods.values[p].key, level: s === 0 ? '' : levels[s - 1], indicator: t.indicators.values[bestI], score };
    }
  };
  for (let u = 0; u < nU; u++) {
    const a = unitStart[u];
    const b = unitStart[u + 1];
    if (a === b && parentNo[u] < 0) continue;
    series.fill(0);
    scored.fill(0);
    for (let j = a; j < b; j++) {
      const r = order[j];
      const s = sliceOf[t.dimsId[r]];
      if (s >= 0 && known[t.indicator[r]]) series[(t.indicator[r] * nS + s) * nK + kindOf[t.period[r]]]++;
    }
    for (let c = a; c < b;) {
      const p = t.period[order[c]];
      let d = c;
      while (d < b && t.period[order[d]] === p) d++;
      ownBySlice.fill(0);
      ownIndicator.fill(0);
      byLevel.fill(0);
      for (let j = c; j < d; j++) {
        const r = order[j];
        const s = sliceOf[t.dimsId[r]];
        const i = t.indicator[r];
        if (s < 0 || !known[i]) continue;
        ownBySlice[s]++;
        ownIndicator[s * nI + i] = 1;
        if (s > 0) byLevel[i]++;
      }
      for (let s = 0; s < nS; s++) {
        if (ownBySlice[s] > 0 || (parentNo[u] >= 0 && kidsAny.get((parentNo[u] * nP + p) * nS + s) > 0)) { scored[p * nS + s] = 1; consider(u, p, s); }
      }
      c = d;
    }
    // A parent in the periods only its children have figures in.
    if (parentNo[u] >= 0) {
      ownBySlice.fill(0);
      ownIndicator.fill(0);
      byLevel.fill(0);
      for (let p = 0; p < nP; p++) {
        for (let s = 0; s < nS; s++) if (!scored[p * nS + s] && kidsAny.get((parentNo[u] * nP + p) * nS + s) > 0) consider(u, p, s);
      }
    }
  }
  return best;
}

/** Row numbers ordered by unit, then period (a counting sort, stable; linear in the rows). */
function byUnitThenPeriod(model: Model): Int32Array {
  const t = model.table;
  let sorted = true;
  for (let r = 1; r < t.size && sorted; r++) sorted = t.unit[r] > t.unit[r - 1] || (t.unit[r] === t.unit[r - 1] && t.period[r] >= t.period[r - 1]);
  let rows = new Int32Array(t.size);
  for (let r = 0; r < t.size; r++) rows[r] = r;
  if (sorted) return rows;
  const by = (col: Int32Array, size: number) => {
    const count = new Int32Array(size + 1);
    for (const r of rows) count[col[r] + 1]++;
    for (let v = 0; v < size; v++) count[v + 1] += count[v];
    const out = new Int32Array(rows.length);
    for (const r of rows) out[count[col[r]]++] = r;
    rows = out;
  };
  by(t.period, t.periods.size);
  by(t.unit, t.units.size);
  return rows;
}

function compareEnds(model: Model, a: number, b: number): number {
  const pa = model.table.periods.values[a];
  const pb = model.table.periods.values[b];
  return pa.end !== pb.end ? (pa.end > pb.end ? 1 : -1) : pa.start !== pb.start ? (pa.start > pb.start ? 1 : -1) : 0;
}

const remembered = new WeakMap<Model, FirstView | null>();
/** The first view as the load worker found it for the same dataset (findFirstView on the same
 * columns): the page does not search a million figures again. */
export function rememberFirstView(model: Model, first: FirstView | null): void {
  if (!remembered.has(model)) remembered.set(model, first);
}
/** Where the overview shows most figures (null for a dataset without any). Computed once per model. */
export function firstView(model: Model): FirstView | null {
  if (!remembered.has(model)) remembered.set(model, findFirstView(model));
  return remembered.get(model)!;
}
