// The national rankings for the unit on screen and a year: the service index of Decision
// 766/QĐ-TTg (total, its six groups against their maxima, the points lost per group, the band,
// the rank), and PAR Index and SIPAS (score, rank, change on the previous year). Every number is
// a figure of the model (printed, with its cell) or says how it was made (Σ of the groups).
import { formatVi } from '../../data/number';
import { SERVICE_INDEX_PARTS } from '../catalogueCore';
import type { Model } from '../model';
import { periodOf, valueOf, type ValueView } from '../views/value';
import { hasFiguresIn } from '../views/rows';
import { DEFAULT_BAND_CUTS, bandOf, type BandCuts, type BandId } from './bands';

export const SERVICE_INDEX = 'service_index';
/** The national indices shown beside the service index. */
export const NATIONAL_INDICES = ['par_index', 'sipas'] as const;
export type NationalIndex = (typeof NATIONAL_INDICES)[number];

export interface IndexGroup {
  indicator: string;
  /** The group's maximum (catalogue). */
  max: number;
  score: ValueView | null;
  /** Points lost: max − score (negative when the printed score is above the maximum); null without a score. */
  lost: number | null;
  /** The printed score is above the group's maximum (the checker warns: index-group-over-max). */
  overMax: boolean;
}

export interface NationalScore {
  indicator: NationalIndex;
  score: ValueView;
  /** Among the compared units with this score: 1 = best; ties share a rank; null for a unit
   * compared with none (a root). */
  rank: number | null;
  of: number;
  /** The same index for the previous year, and the change in points; null when not there. */
  previous: ValueView | null;
  change: number | null;
}

export interface ServiceIndexRow {
  unit: string;
  name: string;
  hasChildren: boolean;
  /** The printed service index, else the sum of the six groups when all six are there. */
  total: ValueView | null;
  /** The sum of the six groups, when all six are there (it may differ from a printed total). */
  groupSum: number | null;
  /** The six groups, in the order of the Decision. */
  groups: IndexGroup[];
  /** The groups with a score, most points lost first (ties in the Decision's order). */
  lostOrder: IndexGroup[];
  band: BandId | null;
  /** Rank of the total among the compared units (1 = best, ties share a rank); null without a total. */
  rank: number | null;
  /** How many compared units have a total. */
  of: number;
  /** PAR Index and SIPAS, where the unit has them. */
  national: NationalScore[];
}

export interface ServiceIndexView {
  unit: string;
  periodKey: string;
  /** The year before, when the period is a year; null otherwise. */
  previousPeriodKey: string | null;
  /** The unit on screen, ranked among its siblings; null when it has no index figure. */
  self: ServiceIndexRow | null;
  /** The unit's children with an index figure, best total first (then by name). */
  rows: ServiceIndexRow[];
  cuts: Readonly<BandCuts>;
  /** The unit or a child has a service-index figure (the total or a group) in the period. */
  hasData: boolean;
}

export interface ServiceIndexOptions {
  /** Band cut points; DEFAULT_BAND_CUTS when not given. */
  cuts?: Readonly<BandCuts>;
}

const key = (x: number) => Math.round(x * 1e6);

/** 1 + the number of values strictly better: ties share a rank (1, 1, 3). */
function rankIn(value: number, all: readonly number[]): number {
  const k = key(value);
  return 1 + all.filter((v) => key(v) > k).length;
}

function previousYear(model: Model, periodKey: string): string | null {
  const p = periodOf(model, periodKey);
  return p && p.kind === 'year' ? String(Number(p.start.slice(0, 4)) - 1) : null;
}

/** The total as the sum of the six groups, traceable to them. */
function sumOfGroups(groups: IndexGroup[], sum: number): ValueView {
  const scores = groups.map((g) => g.score!);
  const sources = [...new Set(scores.map((s) => s.source))];
  return {
    value: sum, qualifier: '=', decimals: 2, kind: 'score', unit: 'điểm', published: null, publishedDecimals: null, differs: false,
    numerator: null, denominator: null, derived: 'identity',
    rule: `${groups.map((g) => g.indicator).join(' + ')} = ${scores.map((s) => formatVi(s.value, s.decimals)).join(' + ')} = ${formatVi(sum, 2)}`,
    source: sources.length === 1 ? sources[0] : '', note: '', origin: null,
    // A flagged group (above its maximum) makes the sum questionable too.
    flags: [...new Set(scores.flatMap((s) => s.flags))],
  };
}

/** Whether any unit has a figure the view shows (an index, a group, a national score) in the
 * period: most datasets have none, and yearly indices have none in a month. The view is then empty
 * without asking each child for nine figures at every drill. (A national score's previous year is
 * read only beside a score of the period.) */
function hasIndexFigures(model: Model, periodKey: string): boolean {
  return [SERVICE_INDEX, ...SERVICE_INDEX_PARTS, ...NATIONAL_INDICES].some((id) => hasFiguresIn(model, id, periodKey));
}

/** One unit's figures, before ranking. */
function unitFigures(model: Model, unit: string, periodKey: string, previousKey: string | null, cuts: Readonly<BandCuts>) {
  const fig = (indicator: string, p = periodKey) => {
    const f = model.figure(unit, indicator, p);
    return f ? valueOf(model, f) : null;
  };
  const groups: IndexGroup[] = SERVICE_INDEX_PARTS.map((indicator) => {
    const max = model.catalogue.get(indicator)?.max ?? 0;
    const score = fig(indicator);
    return { indicator, max, score, lost: score ? key(max - score.value) / 1e6 : null, overMax: score !== null && score.value > max + 1e-9 };
  });
  const complete = groups.every((g) => g.score !== null);
  const groupSum = complete ? key(groups.reduce((s, g) => s + g.score!.value, 0)) / 1e6 : null;
  const total = fig(SERVICE_INDEX) ?? (groupSum !== null ? sumOfGroups(groups, groupSum) : null);
  const lostOrder = groups.filter((g) => g.lost !== null).sort((a, b) => b.lost! - a.lost!);
  const national = NATIONAL_INDICES.map((indicator) => ({ indicator, score: fig(indicator), previous: previousKey ? fig(indicator, previousKey) : null }));
  return {
    unit, name: model.unitName(unit), hasChildren: model.tree.children(unit).length > 0,
    total, groupSum, groups, lostOrder, band: total ? bandOf(total.value, cuts) : null, national,
    any: total !== null || groups.some((g) => g.score !== null) || national.some((n) => n.score !== null),
  };
}

type Unranked = ReturnType<typeof unitFigures>;

/** Ranks each unit's total and national indices among the units given. */
function ranked(units: Unranked[], alone = false): ServiceIndexRow[] {
  const totals = units.flatMap((u) => (u.total ? [u.total.value] : []));
  const scores = new Map(NATIONAL_INDICES.map((i) => [i, units.flatMap((u) => u.national.filter((n) => n.indicator === i && n.score).map((n) => n.score!.value))]));
  return units.map(({ any: _any, national, ...u }) => ({
    ...u,
    rank: u.total && !alone ? rankIn(u.total.value, totals) : null,
    of: alone ? 0 : totals.length,
    national: national.filter((n) => n.score !== null).map((n) => {
      const all = scores.get(n.indicator)!;
      return {
        indicator: n.indicator, score: n.score!, rank: alone ? null : rankIn(n.score!.value, all), of: alone ? 0 : all.length,
        previous: n.previous, change: n.previous ? key(n.score!.value - n.previous.value) / 1e6 : null,
      };
    }),
  }));
}

/** The children of a unit (valid in the period) that have an index figure, ranked. */
function compared(model: Model, parent: string, periodKey: string, previousKey: string | null, cuts: Readonly<BandCuts>): ServiceIndexRow[] {
  const period = periodOf(model, periodKey);
  if (!period) return [];
  const units = model.tree.childrenIn(parent, period).map((c) => unitFigures(model, c, periodKey, previousKey, cuts)).filter((u) => u.any);
  return ranked(units);
}

const byTotal = (a: ServiceIndexRow, b: ServiceIndexRow) => {
  if (a.total && b.total && key(a.total.value) !== key(b.total.value)) return b.total.value - a.total.value;
  if (a.total && !b.total) return -1;
  if (!a.total && b.total) return 1;
  return a.name.localeCompare(b.name, 'vi');
};

const hasIndex = (r: ServiceIndexRow) => r.total !== null || r.groups.some((g) => g.score !== null);

export function serviceIndexView(model: Model, unit: string, periodKey: string, options: ServiceIndexOptions = {}): ServiceIndexView {
  const cuts = options.cuts ?? DEFAULT_BAND_CUTS;
  const previousPeriodKey = previousYear(model, periodKey);
  const empty: ServiceIndexView = { unit, periodKey, previousPeriodKey, self: null, rows: [], cuts, hasData: false };
  if (!model.tree.units.has(unit) || !periodOf(model, periodKey) || !hasIndexFigures(model, periodKey)) return empty;
  const rows = compared(model, unit, periodKey, previousPeriodKey, cuts).sort(byTotal);
  const parent = model.tree.parent(unit);
  const own = unitFigures(model, unit, periodKey, previousPeriodKey, cuts);
  const self = !own.any ? null : (parent ? compared(model, parent, periodKey, previousPeriodKey, cuts).find((r) => r.unit === unit) : undefined) ?? ranked([own], true)[0];
  return { unit, periodKey, previousPeriodKey, self, rows, cuts, hasData: (self !== null && hasIndex(self)) || rows.some(hasIndex) };
}
