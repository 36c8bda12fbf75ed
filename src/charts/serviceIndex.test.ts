import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/helpers';
import { serviceIndexView } from '../model/serviceIndex/serviceIndex';
import { itemLabels } from './keyboard';
import { partsOf } from './parts';
import { GROUP_COLOURS, pointsText, rankingLegend, serviceIndexGroupsOption, serviceIndexRankingOption, serviceIndexSummary, unitSummary, type IndexNames } from './serviceIndex';
import { THEME } from './theme';
import { en, seriesOf, vi, type Loose } from './testutil';

const model = loadFixture('fixtures/service-index/observations.csv');
const names = (lang: 'vi' | 'en'): IndexNames => ({
  groups: Object.fromEntries([...model.catalogue.values()].filter((i) => i.partOf === 'service_index').map((i) => [i.id, lang === 'vi' ? i.nameVi : i.nameEn])),
});
const national = serviceIndexView(model, 'VN', '2025');
const haNoi = serviceIndexView(model, '01', '2025').self!;

describe('serviceIndexRankingOption', () => {
  const o: Loose = serviceIndexRankingOption(national, THEME, vi, names('vi'));

  it('one bar per province, best total first, on a scale of 0 to 100', () => {
    expect(o.yAxis.data).toEqual(['Thành phố Hà Nội', 'Tỉnh Quảng Ninh', 'Thành phố Huế', 'Tỉnh Nghệ An', 'Tỉnh Thanh Hóa', 'Tỉnh Lạng Sơn', 'Tỉnh Điện Biên', 'Tỉnh Cao Bằng']);
    expect([o.xAxis.min, o.xAxis.max]).toEqual([0, 100]);
  });

  it('the six groups stacked in the order of the Decision, then what is left to 100 in grey', () => {
    expect(o.series.map((s: Loose) => [s.name, s.stack])).toEqual([
      ['Công khai, minh bạch', 'index'], ['Tiến độ giải quyết', 'index'], ['Dịch vụ công trực tuyến', 'index'],
      ['Thanh toán trực tuyến', 'index'], ['Mức độ hài lòng', 'index'], ['Số hóa hồ sơ', 'index'], ['Điểm chưa đạt', 'index'],
    ]);
    expect(o.series.map((s: Loose) => s.data[0].value)).toEqual([17.5, 19.25, 11, 9.5, 16.5, 17.5, 8.75]);
    expect(seriesOf(o, 0).itemStyle.color).toBe(GROUP_COLOURS.service_index_transparency);
    expect(o.legend).toBeUndefined();
    expect(rankingLegend(vi, names('vi')).map((l) => l.name)).toEqual(o.series.map((x: Loose) => x.name));
    expect(rankingLegend(vi, names('vi')).map((l) => l.color)).toEqual(o.series.map((x: Loose) => x.itemStyle.color));
  });

  it('writes the total at the end of each bar (a printed total as printed)', () => {
    const last = seriesOf(o, 6);
    expect([0, 1, 3].map((i) => last.label.formatter({ dataIndex: i }))).toEqual(['91,25', '88,00', '84,50']);
  });

  it('every bar drills into its unit, and the keyboard hears total, band and rank', () => {
    expect(seriesOf(o, 0).data[1]).toEqual({ value: 17, unit: '22', drill: true });
    expect(itemLabels(o)[0]).toBe('Thành phố Hà Nội: 91,25/100, Xuất sắc, hạng 1/8');
    expect(itemLabels(o)[3]).toBe('Tỉnh Nghệ An: 84,50/100, Tốt, hạng 4/8');
  });

  it('the tooltip lists each group against its maximum, names escaped, and flags a group over it', () => {
    const tip = o.tooltip.formatter([{ dataIndex: 5 }]);
    expect(tip).toContain('<strong>Tỉnh Lạng Sơn</strong>');
    expect(tip).toContain('Tổng điểm: 72,00/100 · Khá · hạng 6/8');
    expect(tip).toContain('Công khai, minh bạch: 19/18 (!)');
  });

  it('needs the bar part only (the legend is HTML, so it wraps on a phone)', () => {
    expect(partsOf(o)).toEqual(['bar']);
  });

  it('in English: English group names and numbers', () => {
    const e: Loose = serviceIndexRankingOption(national, THEME, en, names('en'));
    expect(e.series[0].name).toBe('Transparency');
    expect(itemLabels(e)[1]).toBe('Tỉnh Quảng Ninh: 88.00/100, Good, rank 2 of 8');
  });
});

describe('serviceIndexGroupsOption', () => {
  const o: Loose = serviceIndexGroupsOption(haNoi, THEME, vi, names('vi'));

  it('each group as long as its maximum: the score, then the points lost in grey', () => {
    expect(o.yAxis.data[5]).toBe('Số hóa hồ sơ');
    expect(seriesOf(o, 0).data.map((d: Loose) => d.value)).toEqual([17.5, 19.25, 11, 9.5, 16.5, 17.5]);
    expect(seriesOf(o, 1).data.map((d: Loose) => d.value)).toEqual([0.5, 0.75, 1, 0.5, 1.5, 4.5]);
    expect(o.xAxis.max).toBe(22);
    expect(seriesOf(o, 1).label.formatter({ dataIndex: 5 })).toBe('17,5/22');
  });

  it('a group over its maximum: the whole score drawn, nothing lost, marked (!)', () => {
    const ls: Loose = serviceIndexGroupsOption(national.rows.find((r) => r.unit === '20')!, THEME, vi, names('vi'));
    expect([seriesOf(ls, 0).data[0].value, seriesOf(ls, 1).data[0].value, seriesOf(ls, 1).label.formatter({ dataIndex: 0 })]).toEqual([19, 0, '19/18 (!)']);
  });
});

describe('summaries', () => {
  it('the unit on screen: total, band, rank, and where it loses most', () => {
    expect(unitSummary(haNoi, vi, names('vi'))).toBe('Thành phố Hà Nội: 91,25 điểm/100, xếp loại Xuất sắc, hạng 1/8. Mất nhiều điểm nhất ở nhóm Số hóa hồ sơ (4,5 điểm).');
    expect(unitSummary(haNoi, en, names('en'))).toBe('Thành phố Hà Nội: 91.25 points of 100, Excellent, rank 1 of 8. Most points lost in Digitisation (4.5 points).');
  });

  it('the units compared: how many, the highest and the lowest', () => {
    expect(serviceIndexSummary(national, vi, names('vi'))).toBe('8 đơn vị có chỉ số; cao nhất Thành phố Hà Nội (91,25), thấp nhất Tỉnh Cao Bằng (48,50).');
  });

  it('scores as printed, up to two decimals', () => {
    expect([17.5, 19.25, 11, 0.75000000001].map((x) => pointsText(x, vi))).toEqual(['17,5', '19,25', '11', '0,75']);
  });
});
