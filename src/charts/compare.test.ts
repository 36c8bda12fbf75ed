import { describe, expect, it } from 'vitest';
import { childComparison } from '../model/views/compare';
import { compareOption, compareSummary } from './compare';
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
