// The service index, PAR Index and SIPAS for the unit on screen and a year, on the made-up
// fixtures/service-index (its README has the expected table).
import { describe, expect, it } from 'vitest';
import { loadFixture, loadTexts } from '../../../test/helpers';
import { DEFAULT_BAND_CUTS } from './bands';
import { serviceIndexView, type ServiceIndexRow } from './serviceIndex';

const model = loadFixture('fixtures/service-index/observations.csv');
const national = serviceIndexView(model, 'VN', '2025');
const row = (unit: string) => national.rows.find((r) => r.unit === unit)!;
const HA_NOI = '01';
const QUANG_NINH = '22';
const LANG_SON = '20';

describe('serviceIndexView: all provinces under the national root', () => {
  it('ranks the provinces with a figure by their total, best first; ties share a rank', () => {
    expect(national.hasData).toBe(true);
    expect(national.self).toBeNull();
    expect(national.rows.map((r) => [r.name, r.total?.value, r.rank])).toEqual([
      ['Thành phố Hà Nội', 91.25, 1],
      ['Tỉnh Quảng Ninh', 88, 2],
      ['Thành phố Huế', 85.75, 3],
      ['Tỉnh Nghệ An', 84.5, 4],
      ['Tỉnh Thanh Hóa', 84.5, 4],
      ['Tỉnh Lạng Sơn', 72, 6],
      ['Tỉnh Điện Biên', 63, 7],
      ['Tỉnh Cao Bằng', 48.5, 8],
    ]);
    expect(national.rows.every((r) => r.of === 8)).toBe(true);
  });

  it('the band of each total with the default cut points', () => {
    expect(national.cuts).toEqual(DEFAULT_BAND_CUTS);
    expect(national.rows.map((r) => r.band)).toEqual(['excellent', 'good', 'good', 'good', 'good', 'fair', 'average', 'weak']);
  });

  it('the sum of the six groups for every province; a printed total wins over it and stays traceable to its cell', () => {
    expect(national.rows.map((r) => r.groupSum)).toEqual([91.25, 87.5, 85.75, 84.5, 84.5, 72, 63, 48.5]);
    expect(row(QUANG_NINH).total).toMatchObject({ value: 88, derived: 'published', origin: { file: 'fixtures/service-index/observations.csv', line: 9, printed: '88,00' } });
  });

  it('a total not printed is the sum of the groups, saying so', () => {
    const thanhHoa = row('38').total!;
    expect(thanhHoa).toMatchObject({ value: 84.5, derived: 'identity', origin: null, source: 'Số liệu giả lập cho phép thử' });
    expect(thanhHoa.rule).toBe('service_index_transparency + service_index_progress + service_index_online + service_index_payment + service_index_satisfaction + service_index_digitization = 16 + 17,5 + 10 + 8 + 15 + 18 = 84,50');
  });

  it('the six groups against their maxima, in the order of the Decision', () => {
    expect(row(HA_NOI).groups.map((g) => [g.indicator, g.score?.value, g.max])).toEqual([
      ['service_index_transparency', 17.5, 18],
      ['service_index_progress', 19.25, 20],
      ['service_index_online', 11, 12],
      ['service_index_payment', 9.5, 10],
      ['service_index_satisfaction', 16.5, 18],
      ['service_index_digitization', 17.5, 22],
    ]);
    expect(row(HA_NOI).groups.map((g) => g.max).reduce((a, b) => a + b)).toBe(100);
  });

  it('points lost per group (max − score), most first, ties in the order of the Decision', () => {
    expect(row(HA_NOI).lostOrder.map((g) => [g.indicator, g.lost])).toEqual([
      ['service_index_digitization', 4.5],
      ['service_index_satisfaction', 1.5],
      ['service_index_online', 1],
      ['service_index_progress', 0.75],
      ['service_index_transparency', 0.5],
      ['service_index_payment', 0.5],
    ]);
  });

  it('a group above its maximum is shown as printed, flagged, with negative points lost (last)', () => {
    const ls = row(LANG_SON);
    const transparency = ls.groups[0];
    expect([transparency.score?.value, transparency.overMax, transparency.lost]).toEqual([19, true, -1]);
    expect(ls.lostOrder.map((g) => g.lost)).toEqual([11.5, 5, 5, 4, 3.5, -1]);
    expect(ls.groups.filter((g) => g.overMax)).toHaveLength(1);
  });

  it('PAR Index and SIPAS: score, rank across the provinces (ties share), change on 2024 in points', () => {
    expect(national.previousPeriodKey).toBe('2024');
    const scores = (r: ServiceIndexRow) => r.national.map((n) => [n.indicator, n.score.value, n.rank, n.of, n.previous?.value, n.change]);
    expect(scores(row(HA_NOI))).toEqual([['par_index', 91.56, 1, 8, 90.12, 1.44], ['sipas', 85.3, 2, 8, 84.1, 1.2]]);
    expect(scores(row('38'))[0]).toEqual(['par_index', 87.1, 4, 8, 86.2, 0.9]);
    expect(scores(row('40'))[0]).toEqual(['par_index', 87.1, 4, 8, 85.9, 1.2]);
    expect(scores(row('46'))[1]).toEqual(['sipas', 84.2, 3, 8, 85, -0.8]);
    expect(scores(row(QUANG_NINH))[1]).toEqual(['sipas', 87.2, 1, 8, 86.5, 0.7]);
  });

  it('the year before has its own ranking: two provinces with a service index, every one with PAR Index', () => {
    const v = serviceIndexView(model, 'VN', '2024');
    expect(v.previousPeriodKey).toBe('2023');
    expect(v.rows.filter((r) => r.total).map((r) => [r.name, r.total!.value, r.band, r.rank])).toEqual([
      ['Thành phố Hà Nội', 86, 'good', 1],
      ['Tỉnh Thanh Hóa', 77, 'fair', 2],
    ]);
    expect(v.rows).toHaveLength(8);
    expect(row(HA_NOI).national[0].previous?.origin?.line).toBeGreaterThan(1);
    expect(v.rows.find((r) => r.unit === HA_NOI)!.national[0]).toMatchObject({ rank: 2, previous: null, change: null });
  });
});

describe('serviceIndexView: a province on screen', () => {
  it('the province itself, ranked among the provinces; it has no children with figures', () => {
    const v = serviceIndexView(model, HA_NOI, '2025');
    expect(v.hasData).toBe(true);
    expect(v.rows).toEqual([]);
    expect([v.self?.total?.value, v.self?.band, v.self?.rank, v.self?.of, v.self?.lostOrder[0].indicator]).toEqual([91.25, 'excellent', 1, 8, 'service_index_digitization']);
    expect(serviceIndexView(model, '38', '2025').self?.rank).toBe(4);
  });

  it('cut points are a parameter', () => {
    const v = serviceIndexView(model, HA_NOI, '2025', { cuts: { ...DEFAULT_BAND_CUTS, excellent: 92 } });
    expect(v.self?.band).toBe('good');
  });

  it('no index figure for the unit or its children: no data (the panel is not shown)', () => {
    expect(serviceIndexView(model, 'VN', '2023').hasData).toBe(false);
    expect(serviceIndexView(loadFixture('fixtures/seeds'), '06', '2022').hasData).toBe(false);
  });

  it('a dataset without any index, group or national score: the empty view, as a unit without them gets', () => {
    const seeds = loadFixture('fixtures/seeds');
    expect(serviceIndexView(seeds, '06', '2022')).toEqual({ unit: '06', periodKey: '2022', previousPeriodKey: '2021', self: null, rows: [], cuts: DEFAULT_BAND_CUTS, hasData: false });
    expect(serviceIndexView(model, 'VN', '2023')).toEqual({ unit: 'VN', periodKey: '2023', previousPeriodKey: '2022', self: null, rows: [], cuts: DEFAULT_BAND_CUTS, hasData: false });
  });

  it('a period without any index figure (a month of a dataset with yearly indices): the empty view', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2025,Hà Nội,service_index,"91,25"\n2025-03,Hà Nội,received,120\n' });
    expect(serviceIndexView(m, 'VN', '2025-03')).toEqual({ unit: 'VN', periodKey: '2025-03', previousPeriodKey: null, self: null, rows: [], cuts: DEFAULT_BAND_CUTS, hasData: false });
    expect(serviceIndexView(m, 'VN', '2025').rows.map((r) => [r.unit, r.total?.value])).toEqual([['01', 91.25]]);
  });

  it('PAR Index alone is not a service index: no panel', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2025,Hà Nội,par_index,"90"\n' });
    expect(serviceIndexView(m, 'VN', '2025').hasData).toBe(false);
  });

  it('a total printed without groups: ranked and banded, no groups to show', () => {
    const m = loadTexts({ 'observations.csv': 'period;unit;indicator;value\n2025;Hà Nội;service_index;79,99\n2025;Huế;service_index;80\n' });
    const v = serviceIndexView(m, 'VN', '2025');
    expect(v.rows.map((r) => [r.unit, r.band, r.rank, r.groupSum, r.lostOrder.length])).toEqual([['46', 'good', 1, null, 0], ['01', 'fair', 2, null, 0]]);
  });
});
