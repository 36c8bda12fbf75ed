import { describe, expect, it } from 'vitest';
import { childComparison } from '../model/views/compare';
import { compareBars, niceScale } from './barList';
import { compareOption } from './compare';
import { DARK_THEME, THEME } from './theme';
import { en, seriesOf, tinyProvince, vi, type Loose } from './testutil';
import { loadTexts } from '../../test/helpers';

const view = () => childComparison(tinyProvince(), 'P', 'on_time_rate', '2024');
const ctx = { indicatorName: 'Tỷ lệ giải quyết đúng hạn' };

describe('compareBars (the embedded comparison, drawn in HTML)', () => {
  it('rows best first, each bar a share of the 0–100% scale, with the unit to drill into', () => {
    const s = compareBars(view(), THEME, vi, ctx);
    expect(s.rows.map((r) => [r.name, r.key, r.share])).toEqual([['Huyện B', 'B', 0.975], ['Huyện C', 'C', 0.93], ['<img src=x onerror=alert(1)>', 'A', 0.8]]);
    expect(s.ticks).toEqual([{ at: 0, text: '0%' }, { at: 0.25, text: '25%' }, { at: 0.5, text: '50%' }, { at: 0.75, text: '75%' }, { at: 1, text: '100%' }]);
  });

  it('says what the canvas chart says: the same colours, labels and target', () => {
    const s = compareBars(view(), THEME, vi, ctx);
    const o: Loose = compareOption(view(), THEME, vi, ctx);
    expect(s.rows.map((r) => r.color)).toEqual(seriesOf(o).data.map((d: Loose) => d.itemStyle.color));
    expect(s.rows.map((r) => r.label)).toEqual(['97,5% ✓', '93,0% !', '80,0% ✗']);
    expect(s.target).toEqual({ at: 0.95, text: 'Mục tiêu ≥ 95%' });
    expect(compareBars(view(), THEME, en, ctx).target?.text).toBe(seriesOf(compareOption(view(), THEME, en, ctx)).markLine.label.formatter());
    expect(s.labelChars).toBe(7);
    expect(compareBars(view(), DARK_THEME, vi, ctx).rows[0].color).toBe(DARK_THEME.status.met);
  });

  it('each row carries the tooltip\'s lines as plain text (React escapes them, not us)', () => {
    const [, , a] = compareBars(view(), THEME, vi, ctx).rows;
    expect(a.detail).toEqual(['Tỷ lệ giải quyết đúng hạn', '80,0%', 'Mục tiêu ≥ 95% (KH 1)', '✗ Chưa đạt', 'Chênh lệch: −15,0\u00a0điểm\u00a0%']);
    expect(a.more).toEqual(a.detail.slice(2));
  });

  it('a flagged figure carries the mark on its label and the check\'s title in its lines', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\n',
      'observations.csv': 'period,unit,indicator,value,numerator,denominator\n2024,A,on_time_rate,"94,0",47,49\n2024,B,on_time_rate,"90,0",9,10\n',
    });
    const s = compareBars(childComparison(m, 'P', 'on_time_rate', '2024'), THEME, vi, ctx);
    expect(s.rows.map((r) => r.label)).toEqual(['95,9% ⚠ Cảnh báo', '90,0%']);
    expect(s.rows[0].detail).toContain('⚠ Cảnh báo: Tỷ lệ in ra lệch với số đếm');
    expect(s.labelChars).toBe(16);
    expect(s.target).toBeNull();
  });

  it('counts get a round scale that holds the largest', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\n',
      'observations.csv': 'period,unit,indicator,value\n2024,A,received,"12.345"\n2024,B,received,"3.210"\n',
    });
    const s = compareBars(childComparison(m, 'P', 'received', '2024'), THEME, vi, ctx);
    expect(s.ticks.map((t) => t.text)).toEqual(['0', '5.000', '10.000', '15.000']);
    expect(s.rows.map((r) => r.share)).toEqual([12345 / 15000, 3210 / 15000]);
    expect(s.rows[0].label).toBe('12.345');
  });

  it('summarises in words first, for screen readers', () => {
    expect(compareBars(view(), THEME, en, ctx).description).toBe('Tỷ lệ giải quyết đúng hạn. 3 units have figures; highest Huyện B (97.5%), lowest <img src=x onerror=alert(1)> (80.0%). Met: 1; at risk: 1; missed: 1.');
  });

  it('no rows: no bars, no target', () => {
    const s = compareBars(childComparison(tinyProvince(), 'B', 'on_time_rate', '2024'), THEME, vi, ctx);
    expect(s.rows).toEqual([]);
    expect(s.target).toBeNull();
  });
});

describe('niceScale', () => {
  it.each([
    [100, 100, 25], [97, 100, 25], [12_345, 15_000, 5_000], [8, 8, 2], [9, 10, 2.5], [0.7, 0.8, 0.2], [1, 1, 0.25], [101, 150, 50],
  ])('%d → top %d in steps of %d', (max, top, step) => {
    const s = niceScale(max);
    expect(s.step).toBeCloseTo(step, 10);
    expect(s.top).toBeCloseTo(top, 10);
  });

  it('nothing to scale: 0 to 1', () => {
    expect(niceScale(0)).toEqual({ top: 1, step: 0.25 });
    expect(niceScale(Number.NaN)).toEqual({ top: 1, step: 0.25 });
  });
});
