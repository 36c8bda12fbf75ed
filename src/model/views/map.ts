// The map of the selected unit's children: which geometry draws them (the 34 provinces, the
// 63 of before 1/7/2025, or a map the dataset brings for its own units), and for each region its
// figure, rank and status against the target — the same rows as the comparison.
import type { Model } from '../model';
import { childComparison, type UnitRow } from './compare';
import type { TargetView } from './value';
import { MERGER_DAY } from '../../data/geo/reference';
import { featureProperties, matchFeatures } from '../../data/geo/geometry';

export type MapLayer =
  | { kind: 'provinces'; era: 'pre2025' | '2025' }
  /** The dataset's own geometry, `raw.geometries[index]`. */
  | { kind: 'dataset'; index: number; file: string };

export interface MapRegion extends UnitRow {
  /** The feature that draws it: an official province code, or `f<index>` in a dataset's map. */
  feature: string;
  /** 1-based rank among the regions with a figure; null without one. */
  rank: number | null;
}

export interface MapView {
  unit: string;
  indicator: string;
  periodKey: string;
  level: string;
  better: 'higher' | 'lower';
  /** null: no map draws these units. */
  layer: MapLayer | null;
  regions: MapRegion[];
  /** Children valid in the period that no feature draws. */
  unmapped: UnitRow[];
  /** How many regions have a figure. */
  ranked: number;
  /** The target the children share, if any. */
  target: TargetView | null;
  /** Whether any region has a target: then status can colour the map. */
  hasTargets: boolean;
}

/** The built-in province layer for these children, or null when they are not provinces. */
function provinceLayer(model: Model, rows: readonly UnitRow[]): MapLayer | null {
  const units = rows.map((r) => model.tree.units.get(r.unit)!);
  const provinces = units.filter((u) => u.type === 'province' && u.official);
  if (provinces.length === 0 || provinces.length < units.length / 2) return null;
  // The era of the units shown: any province that ended on 30/6/2025 means the 63-province map.
  const old = provinces.some((u) => u.validTo !== null && u.validTo < MERGER_DAY);
  return { kind: 'provinces', era: old ? 'pre2025' : '2025' };
}

export function mapView(model: Model, unit: string, indicator: string, periodKey: string, level = ''): MapView {
  const cv = childComparison(model, unit, indicator, periodKey, level);
  const all = [...cv.rows, ...cv.missing];
  const base = { unit, indicator, periodKey, level, better: cv.better, target: cv.target, hasTargets: all.some((r) => r.status.status !== 'none') };
  const rankOf = new Map(cv.rows.map((r, i) => [r.unit, i + 1]));
  const region = (r: UnitRow, feature: string): MapRegion => ({ ...r, feature, rank: rankOf.get(r.unit) ?? null });

  const provinces = provinceLayer(model, all);
  if (provinces) {
    const regions = all.filter((r) => model.tree.units.get(r.unit)?.official).map((r) => region(r, model.tree.units.get(r.unit)!.official!));
    const drawn = new Set(regions.map((r) => r.unit));
    return { ...base, layer: provinces, regions, unmapped: all.filter((r) => !drawn.has(r.unit)), ranked: cv.rows.length };
  }
  // A map the dataset brought: the one that draws the most of these children.
  const geometries = model.raw.geometries ?? [];
  let best: { index: number; match: Map<string, number> } | null = null;
  const records = all.map((r) => model.tree.units.get(r.unit)!);
  geometries.forEach((g, index) => {
    const match = matchFeatures(featureProperties(g.json), records);
    if (match.size > 0 && (!best || match.size > best.match.size)) best = { index, match };
  });
  if (best === null) return { ...base, layer: null, regions: [], unmapped: all, ranked: cv.rows.length };
  const { index, match } = best as { index: number; match: Map<string, number> };
  const regions = all.filter((r) => match.has(r.unit)).map((r) => region(r, `f${match.get(r.unit)}`));
  return { ...base, layer: { kind: 'dataset', index, file: geometries[index].file }, regions, unmapped: all.filter((r) => !match.has(r.unit)), ranked: cv.rows.length };
}
