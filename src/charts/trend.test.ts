import { describe, expect, it } from 'vitest';
import { trend } from '../model/views/trend';
import { trendOption, trendSummary } from './trend';
import { THEME } from './theme';
import { en, seriesOf, vi, type Loose } from './testutil';
import { loadTexts } from '../../test/helpers';

const model = () => loadTexts({
  'observations.csv': 'period,unit,indicator,value,source\n2022,A,satisfaction_rate,"88,5",<script>x</script>\n2023,A,satisfaction_rate,"91,2",\n2024,A,satisfaction_rate,"93,0",\n',
  'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH,2023,,,satisfaction_rate,>=,90\nKH,2024,,,satisfaction_rate,>=,95\n',
});

describe('trendOption', () => {
  it('points over the periods, coloured by status; targets that change become a dashed step series', () => {
    const o: Loose = trendOption(trend(model(), 'A', 'satisfaction_rate', '2024'), THEME, vi, { indicatorName: 'Mức độ hài lòng' });
    expect(o.xAxis.data).toEqual(['Năm 2022', 'Năm 2023', 'Năm 2024']);
    expect(seriesOf(o).data.map((d: Loose) => d.value)).toEqual([88.5, 91.2, 93]);
    expect(seriesOf(o).data.map((d: Loose) => d.itemStyle.color)).toEqual([THEME.status.none, THEME.status.met, THEME.status['at-risk']]);
    expect(seriesOf(o, 1).data).toEqual(['-', 90, 95]);
    expect(o.legend).toMatchObject({ show: true, data: [{ name: 'Mục tiêu' }] });
    expect(seriesOf(o).markLine).toBeUndefined();
    expect(seriesOf(o).label.formatter({ dataIndex: 1 })).toBe('91,2% ✓');
  });

  it('one shared target is a dashed line named in the legend, not by a label on the plot (where it sat on the last points\' labels)', () => {
    const m = loadTexts({
      'observations.csv': 'period,unit,indicator,value\n2023,A,on_time_rate,97\n2024,A,on_time_rate,99\n',
      'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH,2023,,,on_time_rate,>=,98\nKH,2024,,,on_time_rate,>=,98\n',
    });
    const o: Loose = trendOption(trend(m, 'A', 'on_time_rate', '2024'), THEME, en, { indicatorName: 'On-time rate' });
    expect(seriesOf(o).markLine.data[0].yAxis).toBe(98);
    expect(seriesOf(o).markLine.label).toEqual({ show: false });
    // An entry for the legend only: no data of its own.
    expect(o.series).toHaveLength(2);
    expect(seriesOf(o, 1)).toMatchObject({ name: 'Target ≥ 98%', data: [], lineStyle: { type: 'dashed' } });
    expect(o.legend).toMatchObject({ show: true, data: [{ name: 'Target ≥ 98%' }] });
  });

  it('the value axis names each tick with its own decimals: rates between 99,5% and 100% do not all read "100%"', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2025-07,A,on_time_rate,"99,58"\n2025-08,A,on_time_rate,"99,82"\n' });
    const o: Loose = trendOption(trend(m, 'A', 'on_time_rate', '2025-08'), THEME, vi, { indicatorName: 'Tỷ lệ đúng hạn' });
    const tick = o.yAxis.axisLabel.formatter;
    expect([99.5, 99.6, 99.7, 99.75, 100].map(tick)).toEqual(['99,5%', '99,6%', '99,7%', '99,75%', '100%']);
    // Whole ticks stay whole; a count's axis groups its thousands.
    expect((trendOption(trend(model(), 'A', 'satisfaction_rate', '2024'), THEME, en, { indicatorName: 'x' }) as Loose).yAxis.axisLabel.formatter(88)).toBe('88%');
    const counts = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2024,A,received,12000\n2025,A,received,25000\n' });
    expect((trendOption(trend(counts, 'A', 'received', '2025'), THEME, vi, { indicatorName: 'x' }) as Loose).yAxis.axisLabel.formatter(20000)).toBe('20.000');
  });

  it('a point label that would overlap another is hidden (the larger current point keeps its own); the first and last periods are labelled inside the chart', () => {
    const o: Loose = trendOption(trend(model(), 'A', 'satisfaction_rate', '2024'), THEME, vi, { indicatorName: 'x' });
    expect(seriesOf(o).labelLayout).toEqual({ hideOverlap: true });
    expect(seriesOf(o).data.map((d: Loose) => d.symbolSize)).toEqual([10, 10, 14]);
    expect(o.xAxis.axisLabel).toMatchObject({ showMinLabel: true, showMaxLabel: true, alignMinLabel: 'left', alignMaxLabel: 'right', hideOverlap: true });
  });

  it('the first point\'s label starts at it and the last one\'s ends at it: drawn from the value axis to the edge, a centred label sat on the axis\'s ticks', () => {
    const o: Loose = trendOption(trend(model(), 'A', 'satisfaction_rate', '2024'), THEME, vi, { indicatorName: 'x' });
    expect(o.xAxis.boundaryGap).toBe(false);
    expect(seriesOf(o).data.map((d: Loose) => d.label?.align)).toEqual(['left', undefined, 'right']);
    // Two points sit inside their bands, clear of the axis: centred.
    const two = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2023,A,satisfaction_rate,91\n2024,A,satisfaction_rate,93\n' });
    const o2: Loose = trendOption(trend(two, 'A', 'satisfaction_rate', '2024'), THEME, vi, { indicatorName: 'x' });
    expect(o2.xAxis.boundaryGap).toBe(true);
    expect(seriesOf(o2).data.map((d: Loose) => d.label)).toEqual([undefined, undefined]);
  });

  it('summary and tooltip text', () => {
    const v = trend(model(), 'A', 'satisfaction_rate', '2024');
    expect(trendSummary(v.points, en)).toBe('3 periods, from 2022 88.5% to 2024 93.0%.');
    const o: Loose = trendOption(v, THEME, en, { indicatorName: '<b>x</b>' });
    expect(o.tooltip.formatter({ dataIndex: 2 })).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
