// Will a target be reached by the end of its period? A straight line through the last two
// figures (by the day each period ends) carried on to the target's last day; with one figure,
// that figure held. Only rates and scores are projected: a count to date is not the period's count.
import type { IndicatorKind, Period, TargetRecord } from '../../data/types';
import type { Figure } from '../figure';
import { targetStatus } from '../targets';

export type Projection =
  /** The figure covers the target's whole period: its status is the result, nothing to project. */
  | { kind: 'final' }
  | { kind: 'no-data' }
  /** A count or an amount to date: not projected. */
  | { kind: 'not-projected' }
  | {
    kind: 'projected';
    /** The projected figure on the target's last day (a rate kept within 0–max). */
    value: number;
    /** The target's last day (ISO). */
    by: string;
    /** The figures the line goes through, oldest first (one: held). */
    from: { period: Period; value: number }[];
    onTrack: boolean;
  };

const DAY = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * @param trend the unit's figures for the target's indicator and dimensions up to the target's
 *   end, oldest first; the last is the latest figure inside the target's period.
 */
export function projectTarget(target: TargetRecord, kind: IndicatorKind, max: number | null, trend: readonly Pick<Figure, 'period' | 'value'>[], latest: Pick<Figure, 'period'> | null, band: number): Projection {
  if (!latest || trend.length === 0) return { kind: 'no-data' };
  if (latest.period.key === target.period.key) return { kind: 'final' };
  if (kind !== 'rate' && kind !== 'score') return { kind: 'not-projected' };
  const last = trend[trend.length - 1];
  const prev = trend.length > 1 ? trend[trend.length - 2] : null;
  const from = prev && days(prev.period.end) < days(last.period.end) ? [prev, last] : [last];
  let value = last.value;
  if (from.length === 2) {
    const slope = (last.value - prev!.value) / (days(last.period.end) - days(prev!.period.end));
    value = last.value + slope * (days(target.period.end) - days(last.period.end));
  }
  const top = kind === 'rate' ? max ?? 100 : max;
  value = Math.max(0, top === null ? value : Math.min(top, value));
  return {
    kind: 'projected', value, by: target.period.end,
    from: from.map((f) => ({ period: f.period, value: f.value })),
    onTrack: targetStatus(value, '=', target.op, target.value, band) === 'met',
  };
}
