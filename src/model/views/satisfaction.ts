// Satisfaction (mức độ hài lòng) for the unit and its children against the plan target.
import type { Model } from '../model';
import { sharedTarget, unitRow, type UnitRow } from './compare';
import { periodOf, rankBest, type Level, type TargetView } from './value';

export const SATISFACTION = 'satisfaction_rate';

export interface SatisfactionView {
  indicator: string;
  /** The unit itself first, then its children with a figure, best first. */
  rows: UnitRow[];
  self: UnitRow | null;
  target: TargetView | null;
  hasData: boolean;
}

export function satisfaction(model: Model, unit: string, periodKey: string, level: Level = '', indicator = SATISFACTION): SatisfactionView {
  const period = periodOf(model, periodKey);
  if (!period || !model.tree.units.has(unit) || !model.catalogue.has(indicator)) return { indicator, rows: [], self: null, target: null, hasData: false };
  const self = unitRow(model, unit, indicator, periodKey, level);
  const children = model.tree.childrenIn(unit, period).map((c) => unitRow(model, c, indicator, periodKey, level)).filter((r) => r.value);
  const rows = [...(self.value ? [self] : []), ...rankBest(children, (r) => r.value!.value, (r) => r.name, 'higher')];
  return { indicator, rows, self, target: self.status.target ?? sharedTarget(children), hasData: rows.length > 0 };
}
