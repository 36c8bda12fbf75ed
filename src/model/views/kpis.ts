// KPI cards for a unit and period: each headline indicator the data has (then other indicators
// a plan target names, then the unit's other figures), its value, target status, gap, change from
// the previous period and sparkline. A target without a figure yet is no card: it is listed.
import type { Period } from '../../data/types';
import { previousPeriod } from '../../data/period';
import type { Model } from '../model';
import { HEADLINE_INDICATORS, MAX_KPI_CARDS } from './headline';
import { problemsOf } from './flags';
import { dimsAt, indicatorAt, rowsIn } from './rows';
import { dimsFor, periodOf, statusOf, valueOf, kindOf, type Level, type StatusView, type ValueView } from './value';
import { recentByModel } from './recentByModel';

export interface KpiChange {
  previous: Period;
  /** value − previous value: points for rates, the indicator's unit otherwise. */
  delta: number;
  /** For counts and amounts: the change in percent of the previous value. */
  relative: number | null;
}

export interface KpiCard {
  indicator: string;
  headline: boolean;
  value: ValueView | null;
  status: StatusView;
  change: KpiChange | null;
  /** Figures of the same period kind, oldest first, up to the selected period. */
  sparkline: { periodKey: string; value: number; current: boolean }[];
  /** The data-quality entry about this figure: its most serious warning or error, else the note
   * on a printed figure that differs from its counts; null when there is none. */
  problemId: string | null;
}

/** A plan target that applies but has no figure yet. */
export interface KpiWithoutFigure {
  indicator: string;
  status: StatusView;
}

export interface KpiView {
  cards: KpiCard[];
  /** Targets without a figure, headline indicators first: one line, not empty cards. */
  withoutFigures: KpiWithoutFigure[];
}

function change(model: Model, unit: string, indicator: string, period: Period, level: Level, value: number): KpiChange | null {
  const previous = previousPeriod(period);
  const f = model.figure(unit, indicator, previous.key, dimsFor(level));
  if (!f) return null;
  const kind = kindOf(model, indicator);
  const relative = (kind === 'count' || kind === 'amount') && f.value !== 0 ? ((value - f.value) / f.value) * 100 : null;
  return { previous: f.period, delta: value - f.value, relative };
}

function card(model: Model, unit: string, indicator: string, period: Period, level: Level, headline: boolean): KpiCard {
  const f = model.figure(unit, indicator, period.key, dimsFor(level));
  const value = f ? valueOf(model, f) : null;
  const series = model.series(unit, indicator, dimsFor(level), period.kind).filter((s) => s.period.end <= period.end).slice(-12);
  const problem = f ? problemsOf(model, f)[0] ?? null : null;
  return {
    indicator, headline, value,
    status: statusOf(model, unit, indicator, period, level),
    change: value ? change(model, unit, indicator, period, level, value.value) : null,
    sparkline: series.map((s) => ({ periodKey: s.period.key, value: s.value, current: s.period.key === period.key })),
    problemId: problem && problem.severity !== 'info' ? problem.id : problem && value?.differs ? problem.id : null,
  };
}

/**
 * Cards, each with a figure: headline indicators, then other indicators a target names, then (if
 * there is room) the unit's other figures in the period, at most MAX_KPI_CARDS. Targets that apply
 * without a figure are listed apart.
 */
export function kpiView(model: Model, unit: string, periodKey: string, level: Level = ''): KpiView {
  return recentKpiView(model, unit, periodKey, level);
}

// Remembered per model: the way back from a commune finds the cards it had.
const recentKpiView = recentByModel((model: Model, unit: string, periodKey: string, level: Level) => computeKpiView(model, unit, periodKey, level));

function computeKpiView(model: Model, unit: string, periodKey: string, level: Level): KpiView {
  const period = periodOf(model, periodKey);
  if (!period || !model.tree.units.has(unit)) return { cards: [], withoutFigures: [] };
  const dims = dimsFor(level);
  const cards: KpiCard[] = [];
  const withoutFigures: KpiWithoutFigure[] = [];
  const seen = new Set<string>();
  const add = (id: string, headline: boolean) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (!model.figure(unit, id, periodKey, dims)) withoutFigures.push({ indicator: id, status: statusOf(model, unit, id, period, level) });
    else if (cards.length < MAX_KPI_CARDS) cards.push(card(model, unit, id, period, level, headline));
  };
  const targeted = new Set(model.targets.map((t) => t.indicator).filter((id) => model.catalogue.has(id) && model.targetStatusOf(unit, id, period, dims)));
  for (const id of HEADLINE_INDICATORS) if (model.figure(unit, id, periodKey, dims) || targeted.has(id)) add(id, true);
  for (const id of targeted) add(id, false);
  const arity = Object.keys(dims).length;
  const others = rowsIn(model, unit, periodKey).filter((r) => { const d = dimsAt(model, r); return d.arity === arity && (!level || d.dims.level === level); }).map((r) => indicatorAt(model, r));
  // Rates and scores first: they read on their own; then counts.
  const weight = (id: string) => ({ rate: 0, score: 1, count: 2, amount: 3 })[kindOf(model, id)];
  for (const id of [...others].sort((a, b) => weight(a) - weight(b))) add(id, false);
  return { cards, withoutFigures };
}

/** The cards alone (each with a figure). */
export function kpiCards(model: Model, unit: string, periodKey: string, level: Level = ''): KpiCard[] {
  return kpiView(model, unit, periodKey, level).cards;
}
