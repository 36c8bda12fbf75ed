// The map option: regions by official code, coloured by value (a scale) or by status (colour
// and pattern), no data hatched, tooltips escaped, the two archipelagos named.
import { describe, expect, it } from 'vitest';
import { mapView } from '../model/views/map';
import { mapLegend, mapName, mapOption, mapSummary, STATUS_DECAL, VALUE_SCALE } from './map';
import { THEME } from './theme';
import { en, seriesOf, vi, type Loose } from './testutil';
import { loadTexts } from '../../test/helpers';

const ctx = { indicatorName: 'PAR Index' };
const national = () => loadTexts({
  'observations.csv': 'period,unit,indicator,value\n2026,Quảng Ninh,on_time_rate,"97,5"\n2026,Hà Nội,on_time_rate,"93,0"\n2026,Thành phố Huế,on_time_rate,"85"\n',
  'targets.csv': 'plan,period,unit,indicator,op,value\nKH 1,2026,,on_time_rate,>=,95\n',
});

describe('mapOption', () => {
  it('names each region by the official code of the province it draws, on the layer of the era', () => {
    const v = mapView(national(), 'VN', 'on_time_rate', '2026');
    const s = seriesOf(mapOption(v, 'value', THEME, vi, ctx));
    expect(s.map).toBe('vn-provinces-2025');
    expect(mapName(v)).toBe('vn-provinces-2025');
    expect(s.nameProperty).toBe('code');
    const data = s.data.filter((d: Loose) => !Number.isNaN(d.value));
    expect(data.map((d: Loose) => [d.name, d.value, d.unit])).toEqual(expect.arrayContaining([['22', 97.5, '22'], ['01', 93, '01'], ['46', 85, '46']]));
  });

  it('by value: a sequential scale from the lowest to the highest figure; no data is grey and hatched', () => {
    const o: Loose = mapOption(mapView(national(), 'VN', 'on_time_rate', '2026'), 'value', THEME, vi, ctx);
    expect([o.visualMap.min, o.visualMap.max]).toEqual([85, 97.5]);
    expect(o.visualMap.inRange.color).toEqual(VALUE_SCALE);
    const empty = seriesOf(o).data.find((d: Loose) => d.name === '24');
    expect(Number.isNaN(empty.value)).toBe(true);
    expect(empty.itemStyle.decal).toEqual(STATUS_DECAL['no-data']);
  });

  it('by status: each region the colour and the pattern of its status, and a legend in words', () => {
    const v = mapView(national(), 'VN', 'on_time_rate', '2026');
    const o: Loose = mapOption(v, 'status', THEME, vi, ctx);
    expect(o.visualMap).toBeUndefined();
    const style = (code: string) => seriesOf(o).data.find((d: Loose) => d.name === code).itemStyle;
    expect(style('22')).toEqual({ areaColor: THEME.status.met });
    expect(style('01')).toEqual({ areaColor: THEME.status['at-risk'], decal: STATUS_DECAL['at-risk'] });
    expect(style('46')).toEqual({ areaColor: THEME.status.missed, decal: STATUS_DECAL.missed });
    expect(new Set(Object.values(STATUS_DECAL).map((d) => JSON.stringify(d))).size).toBe(4); // met and none share "no pattern"
    expect(mapLegend(v, 'status', vi).map((l) => l.label)).toEqual(['✓ Đạt', '! Cần chú ý', '✗ Chưa đạt', 'Chưa có số liệu (gạch chéo)']);
  });

  it('tooltips give value, status and rank, with names escaped', () => {
    const v = mapView(national(), 'VN', 'on_time_rate', '2026');
    const o: Loose = mapOption(v, 'status', THEME, en, ctx);
    const i = seriesOf(o).data.findIndex((d: Loose) => d.name === '22');
    const tip: string = o.tooltip.formatter({ dataIndex: i });
    expect(tip).toContain('<strong>Tỉnh Quảng Ninh</strong>');
    expect(tip).toContain('97.5%');
    expect(tip).toContain('✓ Met');
    expect(tip).toContain('Rank 1 of 3');
  });

  it('names Hoàng Sa and Trường Sa on the national maps', () => {
    const s = seriesOf(mapOption(mapView(national(), 'VN', 'on_time_rate', '2026'), 'value', THEME, vi, ctx));
    expect(s.markPoint.data.map((d: Loose) => d.name)).toEqual(['Quần đảo Hoàng Sa', 'Quần đảo Trường Sa']);
  });

  it('the text summary names the highest and the lowest, and how many meet the target', () => {
    expect(mapSummary(mapView(national(), 'VN', 'on_time_rate', '2026'), vi)).toBe('3 đơn vị có số liệu; cao nhất Tỉnh Quảng Ninh (97,5%), thấp nhất Thành phố Huế (85%). Đạt mục tiêu: 1; cần chú ý: 1; chưa đạt: 1.');
  });
});

describe('the status colours', () => {
  it('stand out from a white page by at least 3:1, as marks must (WCAG 1.4.11)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const [status, colour] of Object.entries(THEME.status)) expect((1.05) / (lum(colour) + 0.05), status).toBeGreaterThanOrEqual(3);
  });
});
