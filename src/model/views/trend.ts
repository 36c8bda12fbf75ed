// The chosen indicator for one unit over periods of the same kind as the selected one
// (years with years, quarters with quarters), each point with its target.
import type { Period } from '../../data/types';
import type { Model } from '../model';
import { sharedTarget } from './compare';
import { betterOf, dimsFor, periodOf, statusOf, valueOf, type Level, type StatusView, type TargetView, type ValueView } from './value';

export interface TrendPoint {
  period: Period;
  value: ValueView;
  status: StatusView;
  current: boolean;
}

export interface TrendView {
  unit: string;
  indicator: string;
  level: Level;
  kind: Period['kind'];
  better: 'higher' | 'lower';
  points: TrendPoint[];
  /** The target every point shares (a line), else null: each point then carries its own. */
  target: TargetView | null;
  /** The target of the selected period, even when it has no figure. */
  currentTarget: TargetView | null;
}

export function trend(model: Model, unit: string, indicator: string, periodKey: string, level: Level = ''): TrendView {
  const period = periodOf(model, periodKey);
  const kind = period?.kind ?? 'year';
  const base = { unit, indicator, level, kind, better: betterOf(model, indicator) };
  if (!period) return { ...base, points: [], target: null, currentTarget: null };
  const points = model.series(unit, indicator, dimsFor(level), kind).map((f) => ({
    period: f.period,
    value: valueOf(model, f),
    status: statusOf(model, unit, indicator, f.period, level),
    current: f.period.key === periodKey,
  }));
  const target = sharedTarget(points.map((p) => ({ unit, name: '', hasChildren: false, value: p.value, status: p.status })));
  return { ...base, points, target: points.every((p) => p.status.target) ? target : null, currentTarget: statusOf(model, unit, indicator, period, level).target };
}
