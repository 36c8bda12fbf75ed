// Maps a dataset brings for its own units (GeoJSON or TopoJSON, named in its index.json or
// dropped with it): which feature draws which unit. A feature is matched by any of its
// properties that equals a unit's code or official code, or names it (prefix and tone marks
// aside). The geometry itself is converted for drawing only in the map's chunk.
import type { UnitRecord } from '../types';
import { placeName } from './placeName';

interface Props { [k: string]: unknown }

/** Each feature's properties, in the order the map's features will be drawn. */
export function featureProperties(json: unknown): Props[] {
  const j = json as { type?: string; features?: { properties?: Props }[]; objects?: Record<string, { geometries?: { properties?: Props }[] }> };
  if (j?.type === 'FeatureCollection' && Array.isArray(j.features)) return j.features.map((f) => f?.properties ?? {});
  if (j?.type === 'Topology' && j.objects && typeof j.objects === 'object') {
    const first = Object.values(j.objects)[0];
    return (first?.geometries ?? []).map((g) => g?.properties ?? {});
  }
  return [];
}

/** The object of a Topology the map draws (its first), for converting it to features. */
export function topologyObject(json: unknown): string | null {
  const j = json as { type?: string; objects?: Record<string, unknown> };
  return j?.type === 'Topology' && j.objects ? Object.keys(j.objects)[0] ?? null : null;
}

/** Whether a parsed JSON file is a map rather than a table. */
export function isGeometry(json: unknown): boolean {
  const t = (json as { type?: unknown })?.type;
  return t === 'FeatureCollection' || t === 'Topology';
}

/** For each unit, the index of the feature that draws it (units without one are left out). */
export function matchFeatures(props: readonly Props[], units: readonly UnitRecord[]): Map<string, number> {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const u of units) {
    byCode.set(u.code, u.code);
    if (u.official) byCode.set(u.official, u.code);
    const k = placeName(u.name).key;
    byName.set(k, [...(byName.get(k) ?? []), u.code]);
  }
  const out = new Map<string, number>();
  props.forEach((p, i) => {
    const values = Object.values(p).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    const hit = values.map((v) => byCode.get(v.trim())).find(Boolean)
      ?? values.map((v) => byName.get(placeName(v).key)).find((list) => list?.length === 1)?.[0];
    if (hit && !out.has(hit)) out.set(hit, i);
  });
  return out;
}
