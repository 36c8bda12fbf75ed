// The geometry a map draws, fetched (the built-in provinces) or taken from the dataset (its own
// map), converted from TopoJSON and registered with ECharts once per layer.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { echarts } from '../../charts/echartsMap';
import { mapName } from '../../charts/map';
import type { MapView } from '../../model/views/map';
import type { ModelRaw } from '../../model/model';
import { topologyObject } from '../../data/geo/geometry';

type GeoJson = { type: 'FeatureCollection'; features: { type: 'Feature'; properties: Record<string, unknown> | null; geometry: unknown }[] };

const pending = new Map<string, Promise<void>>();
const registered = new WeakSet<object>();

function toFeatures(json: unknown): GeoJson {
  const object = topologyObject(json);
  if (object) return feature(json as Topology, (json as Topology).objects[object]) as unknown as GeoJson;
  return json as GeoJson;
}

async function provinces(era: 'pre2025' | '2025'): Promise<GeoJson> {
  const res = await fetch(new URL(`reference/provinces-${era}.topo.json`, document.baseURI));
  if (!res.ok) throw new Error(`map ${res.status}`);
  return toFeatures(await res.json());
}

/** Registers the view's geometry (once) and resolves when the map can be drawn. */
export function ensureGeometry(view: MapView, raw: ModelRaw): Promise<void> {
  const name = mapName(view);
  const layer = view.layer;
  if (!layer) return Promise.reject(new Error('no map'));
  // A dataset's map is registered again whenever another dataset (another file object) brings one.
  if (layer.kind === 'dataset' && !registered.has(raw.geometries[layer.index].json as object)) pending.delete(name);
  let p = pending.get(name);
  if (!p) {
    p = (async () => {
      const geo = layer.kind === 'provinces' ? await provinces(layer.era) : toFeatures(raw.geometries[layer.index].json);
      // A dataset's map: each feature is named by its index, which the view matched to a unit.
      if (layer.kind === 'dataset') {
        geo.features.forEach((f, i) => { f.properties = { ...(f.properties ?? {}), __feature: `f${i}` }; });
        registered.add(raw.geometries[layer.index].json as object);
      }
      echarts.registerMap(name, geo as never);
    })();
    pending.set(name, p);
    p.catch(() => pending.delete(name));
  }
  return p;
}
