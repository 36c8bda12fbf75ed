import { describe, expect, it } from 'vitest';
import { childComparison } from '../model/views/compare';
import { compareHeight, compareOption, compareSummary, niceCeil } from './compare';
import { THEME } from './theme';
import { en, seriesOf, tinyProvince, vi, type Loose } from './testutil';
import { loadTexts } from '../../test/helpers';

const view = () => childComparison(tinyProvince(), 'P', 'on_time_rate', '2024');
const ctx = { indicatorName: 'Tỷ lệ giải quyết đúng hạn' };

describe('compareOption', () => {
  it('bars best first, with the unit code on each bar for the drill-down', () => {
    const o: Loose = compareOption(view(), THEME, vi, ctx);
    expect(o.yAxis.data).toEqual(['Huyện B', 'Huyện C', '<img src=x onerror=alert(1)>']);
    expect(seriesOf(o).data.map((d: Loose) => [d.value, d.unit])).toEqual([[97.5, 'B'], [93, 'C'], [80, 'A']]);
  });

  it('colours by status, and the label carries the icon too', () => {
    const o: Loose = compareOption(view(), THEME, vi, ctx);
    const s = seriesOf(o);
    expect(s.data.map((d: Loose) => d.itemStyle.color)).toEqual([THEME.status.met, THEME.status['at-risk'], THEME.status.missed]);
    expect([0, 1, 2].map((i) => s.label.formatter({ dataIndex: i }))).toEqual(['97,5% ✓', '93,0% !', '80,0% ✗']);
  });

  it('a figure a check flags carries the mark on its bar, and the check\'s title in its tooltip', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\n',
      // A's 94,0% is not 47 / 49 (95,92%): rate-mismatch, a warning.
      'observations.csv': 'period,unit,indicator,value,numerator,denominator\n2024,A,on_time_rate,"94,0",47,49\n2024,B,on_time_rate,"90,0",9,10\n',
    });
    const o: Loose = compareOption(childComparison(m, 'P', 'on_time_rate', '2024'), THEME, vi, ctx);
    const s = seriesOf(o);
    expect([0, 1].map((i) => s.label.formatter({ dataIndex: i }))).toEqual(['95,9% ⚠ Cảnh báo', '90,0%']);
    expect(o.tooltip.formatter({ dataIndex: 0 })).toContain('⚠ Cảnh báo: Tỷ lệ in ra lệch với số đếm');
    expect(o.tooltip.formatter({ dataIndex: 1 })).not.toContain('⚠');
  });

  it('draws the shared target as a dashed line with its label', () => {
    const s = seriesOf(compareOption(view(), THEME, en, ctx));
    expect(s.markLine.data[0].xAxis).toBe(95);
    expect(s.markLine.label.formatter()).toBe('Target ≥ 95%');
    // Above the bars (the category axis runs top-down), clear of the value axis's ticks below.
    expect(s.markLine.label.position).toBe('start');
  });

  it('escapes unit names in tooltips (ECharts renders them as HTML)', () => {
    const o: Loose = compareOption(view(), THEME, vi, ctx);
    const tip: string = o.tooltip.formatter({ dataIndex: 2 });
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).not.toContain('<img');
    expect(tip).toContain('✗ Chưa đạt');
  });

  it('summarises in words, for screen readers and the text summary', () => {
    expect(compareSummary(view().rows, en)).toBe('3 units have figures; highest Huyện B (97.5%), lowest <img src=x onerror=alert(1)> (80.0%). Met: 1; at risk: 1; missed: 1.');
    const o: Loose = compareOption(view(), THEME, en, ctx);
    expect(o.aria.enabled).toBe(true);
    expect(o.aria.label.description).toContain('3 units have figures');
  });
});

/** A province of 45 communes: on time 99.5 % (Xã 01) down to 77.5 % (Xã 45), received 10 … 450. */
export function longProvince() {
  const units = ['code,name,type,parent', 'P,Tỉnh P,province,'];
  const obs = ['period,unit,indicator,value'];
  for (let i = 1; i <= 45; i++) {
    const c = `X${String(i).padStart(2, '0')}`;
    units.push(`${c},Xã ${String(i).padStart(2, '0')},commune,P`);
    obs.push(`2024,${c},on_time_rate,"${(100 - i / 2).toFixed(1).replace('.', ',')}"`, `2024,${c},received,${i * 10}`);
  }
  return loadTexts({ 'units.csv': `${units.join('\n')}\n`, 'observations.csv': `${obs.join('\n')}\n` });
}

describe('compareOption on a page of a long list (rowPage)', () => {
  const long = () => childComparison(longProvince(), 'P', 'on_time_rate', '2024');

  it('draws only the page\'s bars, named with their rank, labels and tooltips of the same rows', () => {
    const o: Loose = compareOption(long(), THEME, vi, ctx, { from: 20, to: 40 });
    expect(o.yAxis.data).toHaveLength(20);
    expect(o.yAxis.data[0]).toBe('21. Xã 21');
    expect(o.yAxis.data[19]).toBe('40. Xã 40');
    const s = seriesOf(o);
    expect(s.data.map((d: Loose) => d.unit).slice(0, 2)).toEqual(['X21', 'X22']);
    expect(s.label.formatter({ dataIndex: 0 })).toBe('89,5%');
    expect(o.tooltip.formatter({ dataIndex: 0 })).toContain('Xã 21');
  });

  it('reads the whole list to screen readers, and the last page is the worst', () => {
    const o: Loose = compareOption(long(), THEME, en, ctx, { from: 40, to: 45 });
    expect(o.aria.label.description).toContain('45 units have figures; highest Xã 01 (99.5%), lowest Xã 45 (77.5%)');
    expect(o.yAxis.data).toEqual(['41. Xã 41', '42. Xã 42', '43. Xã 43', '44. Xã 44', '45. Xã 45']);
  });

  it('draws every page of counts to one scale, ending at a round number above the largest', () => {
    const v = childComparison(longProvince(), 'P', 'received', '2024');
    // Best first: Xã 45's 450 dossiers lead page 1; the last page's bars (50 … 10) are drawn to 450 too.
    expect((compareOption(v, THEME, vi, ctx, { from: 0, to: 20 }) as Loose).xAxis.max).toBe(450);
    expect((compareOption(v, THEME, vi, ctx, { from: 40, to: 45 }) as Loose).xAxis.max).toBe(450);
    // The whole list (a short one, or every row asked for): no names ranked, ECharts' own scale.
    const whole: Loose = compareOption(v, THEME, vi, ctx, { from: 0, to: 45 });
    expect(whole.xAxis.max).toBeUndefined();
    expect(whole.yAxis.data[0]).toBe('Xã 45');
  });
});

describe('compareHeight', () => {
  it('is 36 px a bar, with room for the axis (and the target\'s label), never under 140 px', () => {
    expect(compareHeight(20, true)).toBe(776);
    expect(compareHeight(20, false)).toBe(752);
    expect(compareHeight(168, false)).toBe(6080);
    expect(compareHeight(1, true)).toBe(140);
  });
});

describe('niceCeil', () => {
  it('is the round number at or above a value', () => {
    expect([12_345, 451, 450, 100, 101, 26, 2.5, 0.7, 0].map(niceCeil)).toEqual([15_000, 500, 450, 100, 150, 30, 2.5, 0.7, 1]);
  });
});
