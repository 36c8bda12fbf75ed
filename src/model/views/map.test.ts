// The map view: which geometry draws the children, and each region's figure, rank and status.
import { describe, expect, it } from 'vitest';
import { mapView } from './map';
import { childComparison } from './compare';
import { loadFixture, loadTexts } from '../../../test/helpers';
import { BAC_KAN, seeds } from './seeds.testutil';

const byName = () => loadFixture('fixtures/units/provinces-by-name');

describe('mapView', () => {
  it('a 2023 table of the 63 provinces is drawn on the pre-2025 map, every province a region, ranked', () => {
    const v = mapView(byName(), 'VN', 'par_index', '2023');
    expect(v.layer).toEqual({ kind: 'provinces', era: 'pre2025' });
    expect(v.regions).toHaveLength(63);
    expect(v.unmapped).toEqual([]);
    expect(v.ranked).toBe(63);
    // Regions are named by official code: old Bắc Giang is 24 on the pre-2025 map.
    expect(v.regions.find((r) => r.unit === '24.pre2025')?.feature).toBe('24');
    const ranks = v.regions.map((r) => r.rank).sort((a, b) => a! - b!);
    expect(ranks).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
    const first = v.regions.find((r) => r.rank === 1)!;
    expect(first.value!.value).toBe(Math.max(...v.regions.map((r) => r.value!.value)));
  });

  it('figures of today\'s provinces are drawn on the 34-province map; provinces without a figure are regions with no data', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2026-Q1,Bắc Ninh,received,9000\n2026-Q1,An Giang,received,11000\n' });
    const v = mapView(m, 'VN', 'received', '2026-Q1');
    expect(v.layer).toEqual({ kind: 'provinces', era: '2025' });
    expect(v.regions).toHaveLength(34);
    expect(v.regions.filter((r) => r.value).map((r) => [r.feature, r.rank])).toEqual([['91', 1], ['24', 2]]);
  });

  it('under today\'s units, a 2023 table is drawn on the 34-province map', () => {
    const v = mapView(loadFixture('fixtures/units/provinces-by-name', { today: '2026-12-01' }), 'VN', 'par_index', '2023');
    expect(v.layer).toEqual({ kind: 'provinces', era: '2025' });
    expect(v.regions).toHaveLength(34);
    // Only the 11 provinces whose territory did not change keep their score; the rest are not combined.
    expect(v.regions.filter((r) => r.value)).toHaveLength(11);
  });

  it('districts have no built-in map: no layer (unless the dataset brings one)', () => {
    expect(mapView(seeds(), BAC_KAN, 'received', '2022-Q1').layer).toBeNull();
  });

  it('a dataset\'s own GeoJSON draws its units, matched by code or by name', () => {
    const square = (x: number) => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
    const geo = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { ma: '883', ten: 'TP Long Xuyên' }, geometry: square(0) },
      { type: 'Feature', properties: { ten: 'Thành phố Châu Đốc' }, geometry: square(1) },
    ] };
    const m = loadTexts({
      'observations.csv': 'period,unit,indicator,value\n2023,Thành phố Long Xuyên,received,100\n2023,Thành phố Châu Đốc,received,80\n',
      'an-giang.geojson': JSON.stringify(geo),
    });
    const v = mapView(m, '89', 'received', '2023');
    expect(v.layer).toEqual({ kind: 'dataset', index: 0, file: 'an-giang.geojson' });
    expect(v.regions.filter((r) => r.value).map((r) => [r.unit, r.feature])).toEqual([['883', 'f0'], ['884', 'f1']]);
    expect(v.unmapped.length).toBe(9); // An Giang's other districts, without a shape
  });
});

describe('childComparison under today\'s units', () => {
  it('scores of old provinces are not combined: each is listed with the province of today that took it in', () => {
    const v = childComparison(loadFixture('fixtures/units/provinces-by-name', { today: '2026-12-01' }), 'VN', 'par_index', '2023');
    expect(v.rows).toHaveLength(11);
    expect(v.oldUnits).toHaveLength(52);
    const bacGiang = v.oldUnits.find((o) => o.unit === '24.pre2025')!;
    expect([bacGiang.name, bacGiang.intoName]).toEqual(['Tỉnh Bắc Giang', 'Tỉnh Bắc Ninh']);
  });

  it('as published there are no such rows', () => {
    expect(childComparison(byName(), 'VN', 'par_index', '2023').oldUnits).toEqual([]);
  });
});
