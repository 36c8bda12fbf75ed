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

/** Counts in a Map keyed by a number, made of small integer parts. */
const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);

function findFirstView(model: Model): FirstView | null {
  const t = model.table;
  const nU = t.units.size;
  const nP = Math.max(1, t.periods.size);
  const nI = Math.max(1, t.indicators.size);
  const { of: sliceOf, levels } = slicesOf(model);
  const nS = 1 + levels.length;
  const kinds = [...new Set(t.periods.values.map((p) => p.kind))];
  const kindOf = Int32Array.from(t.periods.values, (p) => kinds.indexOf(p.kind));
  const nK = Math.max(1, kinds.length);
  // Each unit's parent, as a table id (-1 for a root).
  const parentOf = new Int32Array(nU).fill(-1);
  const depth = new Int32Array(nU);
  t.units.values.forEach((code, u) => {
    const p = model.tree.parent(code);
    const id = p === null ? undefined : t.units.find(p);
    if (id !== undefined) parentOf[u] = id;
    depth[u] = model.tree.path(code).length;
  });
  const headline = new Uint8Array(nI);
  for (const id of HEADLINE_INDICATORS) { const i = t.indicators.find(id); if (i !== undefined) headline[i] = 1; }
  const known = Uint8Array.from(t.indicators.values, (id) => (model.catalogue.has(id) ? 1 : 0));

  // Counts keyed by small integers: own (unit, period, slice): the KPI cards; kids (parent,
  // period, slice, indicator): the children's bars; cells (parent, period, slice): the ranking's
  // headline cells; byLevel (unit, period, indicator): the levels; series (unit, indicator, slice,
  // period kind): the trend. Every key stays below 2^53 for any table the page can hold.
  const own = new Map<number, number>();
  const kids = new Map<number, number>();
  const cells = new Map<number, number>();
  const byLevel = new Map<number, number>();
  const series = new Map<number, number>();
  /** Which indicators each candidate view (unit, period, slice) could show: its own and its children's. */
  const candidates = new Map<number, Set<number>>();
  const note = (ups: number, i: number) => { let set = candidates.get(ups); if (!set) candidates.set(ups, (set = new Set())); set.add(i); };
  for (let r = 0; r < t.size; r++) {
    const s = sliceOf[t.dimsId[r]];
    if (s < 0) continue;
    const u = t.unit[r];
    const p = t.period[r];
    const i = t.indicator[r];
    if (!known[i]) continue;
    const ups = (u * nP + p) * nS + s;
    note(ups, i);
    bump(own, ups);
    if (s > 0) { bump(byLevel, (u * nP + p) * nI + i); note((u * nP + p) * nS, i); }
    bump(series, ((u * nI + i) * nS + s) * nK + kindOf[p]);
    const parent = parentOf[u];
    if (parent >= 0) {
      const pps = (parent * nP + p) * nS + s;
      note(pps, i);
      bump(kids, pps * nI + i);
      if (headline[i]) bump(cells, pps);
    }
  }

  const counts = figureCounts(model);
  const countOf = (i: number) => counts.get(t.indicators.values[i]) ?? 0;
  let best: FirstView | null = null;
  let bestUp = -1;
  for (const [ups, indicators] of candidates) {
    const s = ups % nS;
    const up = (ups - s) / nS;
    const u = Math.floor(up / nP);
    const p = up % nP;
    const kpis = Math.min(MAX_KPI_CARDS, own.get(ups) ?? 0);
    let bestI = -1;
    let bestShown = -1;
    for (const i of indicators) {
      // The children's bars, the levels (shown whatever the level chosen) and the trend.
      const shown = (kids.get(ups * nI + i) ?? 0) + (byLevel.get(up * nI + i) ?? 0) + (series.get(((u * nI + i) * nS + s) * nK + kindOf[p]) ?? 0);
      const better = shown > bestShown
        || (shown === bestShown && (headline[i] - headline[bestI] || countOf(i) - countOf(bestI) || (t.indicators.values[i] < t.indicators.values[bestI] ? 1 : 0)) > 0);
      if (better) { bestShown = shown; bestI = i; }
    }
    if (bestI < 0) continue;
    const score = kpis + (cells.get(ups) ?? 0) + bestShown;
    // Ties: nearer the root (a province before its districts), the later period, the totals.
    const wins = !best || score > best.score
      || (score === best.score && (depth[Math.floor(bestUp / nP / nS)] - depth[u] || compareEnds(model, p, Math.floor(bestUp / nS) % nP) || (bestUp % nS) - s) > 0);
    if (wins) {
      bestUp = ups;
      best = { unit: t.units.values[u], period: t.periods.values[p].key, level: s === 0 ? '' : levels[s - 1], indicator: t.indicators.values[bestI], score };
    }
  }
  return best;
}

function compareEnds(model: Model, a: number, b: number): number {
  const pa = model.table.periods.values[a];
  const pb = model.table.periods.values[b];
  return pa.end !== pb.end ? (pa.end > pb.end ? 1 : -1) : pa.start !== pb.start ? (pa.start > pb.start ? 1 : -1) : 0;
}

const remembered = new WeakMap<Model, FirstView | null>();
/** Where the overview shows most figures (null for a dataset without any). Computed once per model. */
export function firstView(model: Model): FirstView | null {
  if (!remembered.has(model)) remembered.set(model, findFirstView(model));
  return remembered.get(model)!;
}
