// The plan-target tracker: one row per target and unit (and level) for the unit on screen and its
// children, each with the latest figure inside the target's period, its status and gap, the
// figures leading to it and the projection to the target's last day. Missed and at-risk first.
import type { Period, TargetRecord } from '../../data/types';
import { periodContains } from '../../data/period';
import type { Figure } from '../figure';
import type { Model } from '../model';
import { appliesTo, evaluate, targetFor, type TargetStatus } from '../targets';
import type { EditKind, EditedTarget } from './edits';
import { projectTarget, type Projection } from './projection';

export interface TrackerRow {
  /** The target's id (`ds:…` or `u:…`) with the unit and level: unique in the tracker. */
  key: string;
  id: string;
  edit: EditKind | null;
  target: TargetRecord;
  unit: string;
  dims: Readonly<Record<string, string>>;
  /** The figure of the target's period, or else the latest one inside it. */
  latest: Figure | null;
  /** The latest figure covers only part of the target's period (progress, not the result). */
  partial: boolean;
  status: TargetStatus;
  /** latest − target, in the indicator's unit (points for a rate); null without a figure. */
  gap: number | null;
  /** The unit's figures up to the target's last day (at most TREND_POINTS), oldest first; `current` is the latest. */
  trend: { period: Period; value: number; current: boolean }[];
  projection: Projection;
}

export const TREND_POINTS = 6;

const STATUS_ORDER: Record<TargetStatus, number> = { missed: 0, 'at-risk': 1, 'no-data': 2, met: 3 };

/** The latest figure inside a period: its own period's if there is one, else the one ending last (the longer on a tie). */
function latestInside(series: readonly Figure[], period: Period): Figure | null {
  let best: Figure | null = null;
  for (const f of series) {
    if (!periodContains(period, f.period)) continue;
    if (f.period.key === period.key) return f;
    if (!best || f.period.end > best.period.end || (f.period.end === best.period.end && f.period.start < best.period.start)) best = f;
  }
  return best;
}

export function trackerRows(model: Model, targets: readonly EditedTarget[], unit: string): TrackerRow[] {
  const { tree, catalogue } = model;
  const units = [unit, ...tree.children(unit)];
  const plain = targets.map((t) => t.target);
  const byIndicator = new Map<string, TargetRecord[]>();
  for (const t of plain) byIndicator.set(t.indicator, [...(byIndicator.get(t.indicator) ?? []), t]);
  const rows: TrackerRow[] = [];
  for (const { id, target: t, edit } of targets) {
    const ind = catalogue.get(t.indicator);
    if (!ind) continue;
    const rivals = byIndicator.get(t.indicator)!;
    for (const u of units) {
      if (!tree.units.has(u)) continue;
      const candidates: Readonly<Record<string, string>>[] = t.level ? [{ level: t.level }, {}] : [{}];
      for (const dims of candidates) {
        // Another target that is more specific to this unit and level wins (as on the KPI cards).
        if (!appliesTo(t, u, dims, tree) || targetFor(rivals, { unit: u, indicator: t.indicator, dims, period: t.period }, tree) !== t) continue;
        const series = model.series(u, t.indicator, dims).filter((f) => f.period.end <= t.period.end);
        const latest = latestInside(series, t.period);
        // The unit on screen always; a child only with a figure, or when the target names it.
        if (!latest && u !== unit && t.unit !== u) continue;
        const e = evaluate(t, u, dims, latest, model.atRiskBand);
        const upTo = latest ? series.filter((f) => f.period.end <= latest.period.end) : [];
        const trend = upTo.slice(-TREND_POINTS).map((f) => ({ period: f.period, value: f.value, current: f === latest }));
        rows.push({
          key: `${id}\u0001${u}\u0001${dims.level ?? ''}`, id, edit, target: t, unit: u, dims, latest, partial: e.partial, status: e.status, gap: e.gap, trend,
          projection: projectTarget(t, ind.kind, ind.max, upTo, latest, model.atRiskBand),
        });
      }
    }
  }
  const place = new Map(units.map((u, i) => [u, i]));
  return rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    || (a.gap ?? 0) - (b.gap ?? 0)
    || place.get(a.unit)! - place.get(b.unit)!
    || (a.target.indicator < b.target.indicator ? -1 : a.target.indicator > b.target.indicator ? 1 : 0)
    || (a.dims.level ?? '').localeCompare(b.dims.level ?? ''));
}

/** How many rows of each status (for the tracker's summary line). */
export function statusCounts(rows: readonly TrackerRow[]): Record<TargetStatus, number> {
  const out: Record<TargetStatus, number> = { missed: 0, 'at-risk': 0, 'no-data': 0, met: 0 };
  for (const r of rows) out[r.status]++;
  return out;
}
