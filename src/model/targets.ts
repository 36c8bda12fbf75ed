// Plan targets (kế hoạch CCHC): which target applies to a figure, and its status.
import type { Qualifier, TargetOp, TargetRecord, UnitRecord } from '../data/types';
import type { Figure } from './figure';
import type { UnitTree } from './unitTree';
import { periodContains } from '../data/period';

export type TargetStatus = 'met' | 'at-risk' | 'missed' | 'no-data';

export interface TargetEvaluation {
  target: TargetRecord;
  unit: string;
  dims: Readonly<Record<string, string>>;
  figure: Figure | null;
  status: TargetStatus;
  /** value − target, in the indicator's unit (percentage points for rates); null without data. */
  gap: number | null;
  /** The figure covers only part of the target's period (progress, not the final result). */
  partial: boolean;
}

/** Default width, in points, of the "at risk" band short of a target. */
export const DEFAULT_AT_RISK_BAND = 5;

/** met / at risk / missed for a value (with its qualifier) against `op target`. */
export function targetStatus(value: number, qualifier: Qualifier, op: TargetOp, target: number, band = DEFAULT_AT_RISK_BAND): Exclude<TargetStatus, 'no-data'> {
  // Short of the target by this much (≤ 0: reached). A "more than" figure counts as reaching its bound.
  const short = op === '>=' ? target - value : op === '<=' ? value - target : Math.abs(value - target);
  const strictlyMet = qualifier === '>' && op === '>=' ? value >= target : qualifier === '<' && op === '<=' ? value <= target : short <= 1e-9;
  if (strictlyMet) return qualifier === '~' && Math.abs(value - target) < 1 ? 'at-risk' : 'met';
  return short <= band ? 'at-risk' : 'missed';
}

/** The level a unit's own totals stand for, so "40% at district level" applies to each district. */
export function levelOfUnit(u: UnitRecord | undefined): string | null {
  switch (u?.type) {
    case 'district': return 'huyen';
    case 'commune': return 'xa';
    case 'agency': return 'so_nganh';
    default: return null;
  }
}

/** Whether a target applies to a figure's unit and dimensions (its period is checked by the caller). */
export function appliesTo(t: TargetRecord, unit: string, dims: Readonly<Record<string, string>>, tree: UnitTree): boolean {
  if (t.unit !== null && !tree.path(unit).includes(t.unit)) return false;
  const dimNames = Object.keys(dims);
  if (t.level === null) return dimNames.length === 0;
  if (dimNames.length === 1 && dims.level !== undefined) return dims.level === t.level;
  if (dimNames.length > 0) return false;
  const own = levelOfUnit(tree.units.get(unit));
  return own === t.level || (t.level === 'tinh' && own === 'so_nganh');
}

/** The target for a figure: same indicator, applies to its unit and dims, period containing the figure's (exact first). */
export function targetFor(targets: readonly TargetRecord[], f: Pick<Figure, 'unit' | 'indicator' | 'dims' | 'period'>, tree: UnitTree): TargetRecord | null {
  let best: TargetRecord | null = null;
  for (const t of targets) {
    if (t.indicator !== f.indicator || !periodContains(t.period, f.period) || !appliesTo(t, f.unit, f.dims, tree)) continue;
    // Prefer the exact period, then the most specific unit.
    const score = (x: TargetRecord) => (x.period.key === f.period.key ? 1000 : 0) + (x.unit ? tree.path(x.unit).length : 0) + (x.level ? 1 : 0);
    if (!best || score(t) > score(best)) best = t;
  }
  return best;
}

export function evaluate(target: TargetRecord, unit: string, dims: Readonly<Record<string, string>>, figure: Figure | null, band = DEFAULT_AT_RISK_BAND): TargetEvaluation {
  if (!figure) return { target, unit, dims, figure: null, status: 'no-data', gap: null, partial: false };
  return {
    target, unit, dims, figure,
    status: targetStatus(figure.value, figure.qualifier, target.op, target.value, band),
    gap: figure.value - target.value,
    partial: figure.period.key !== target.period.key,
  };
}
