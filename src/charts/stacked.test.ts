import { describe, expect, it } from 'vitest';
import { dossierStatus } from '../model/views/dossierStatus';
import { onlineCoverage } from '../model/views/onlineCoverage';
import { dossierStatusSpec, onlineSpec, stackedHeight, stackedLegend, stackedOption, stackedPictureOption, stackedSummary } from './stacked';
import { THEME } from './theme';
import { seriesOf, tinyProvince, vi, en, type Loose } from './testutil';
import { loadFixture, loadTexts } from '../../test/helpers';

describe('dossier status', () => {
  it('stacks early, on time, late, pending for each child, in that order and colour', () => {
    const spec = dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024'), THEME, vi);
    const o: Loose = stackedOption(spec, THEME, vi);
    expect(o.series.map((s: Loose) => s.name)).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết']);
    expect(o.series.map((s: Loose) => s.data[0].value)).toEqual([10, 80, 5, 5]);
    expect(o.series.map((s: Loose) => s.itemStyle.color)).toEqual([THEME.segments.resolved_early, THEME.segments.resolved_on_time, THEME.segments.resolved_late, THEME.segments.pending]);
    expect(seriesOf(o).stack).toBe('total');
  });

  it('on the screen its legend is the panel\'s (HTML, it wraps on a phone): the canvas has none and the bars start 12 px down; a picture draws the legend, the bars 36 px down under it', () => {
    const spec = dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024'), THEME, vi);
    const o: Loose = stackedOption(spec, THEME, vi);
    expect(o.legend).toBeUndefined();
    expect(o.grid.top).toBe(12);
    expect(stackedLegend(spec).map((s) => [s.name, s.color])).toEqual([
      ['Trước hạn', THEME.segments.resolved_early], ['Đúng hạn', THEME.segments.resolved_on_time],
      ['Quá hạn', THEME.segments.resolved_late], ['Đang giải quyết', THEME.segments.pending],
    ]);
    const picture: Loose = stackedPictureOption(spec, THEME, vi);
    expect(picture.legend.data).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết']);
    expect(picture.grid.top).toBe(36);
    expect(picture.series).toEqual(o.series);
  });

  it('escapes the unit name in the tooltip and gives shares', () => {
    const o: Loose = stackedOption(dossierStatusSpec(dossierStatus(tinyProvince(), 'P', '2024'), THEME, en), THEME, en);
    const tip: string = o.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).toContain('On time: 80 dossiers (80.0%)');
  });

  it('Gò Quao by level: rows named by level', () => {
    const m = loadFixture('fixtures/seeds');
    const spec = dossierStatusSpec(dossierStatus(m, '907', '2020-01-01/2020-09-30'), THEME, vi);
    expect(spec.rows.map((r) => r.name)).toEqual(['Cấp huyện', 'Cấp xã']);
  });
});

describe('online coverage', () => {
  it('Bắc Kạn: fully and partly online, with the old terms under their mapping', () => {
    const m = loadFixture('fixtures/seeds');
    const o: Loose = stackedOption(onlineSpec(onlineCoverage(m, '06', '2022-Q1'), THEME, vi), THEME, vi);
    expect(o.series.map((s: Loose) => [s.name, s.data[0].value])).toEqual([['Toàn trình', 1293], ['Một phần', 70]]);
    const picture: Loose = stackedPictureOption(onlineSpec(onlineCoverage(m, '06', '2022-Q1'), THEME, vi), THEME, vi);
    expect(picture.legend.data).toEqual(['Toàn trình', 'Một phần']);
  });
});

/** 45 communes, Xã 01 … Xã 45, with 10 … 450 dossiers resolved on time; Xã 45 has 7 pending too. */
function longStatus() {
  const units = ['code,name,type,parent', 'P,Tỉnh P,province,'];
  const obs = ['period,unit,indicator,value'];
  for (let i = 1; i <= 45; i++) {
    const c = `X${String(i).padStart(2, '0')}`;
    units.push(`${c},Xã ${String(i).padStart(2, '0')},commune,P`);
    obs.push(`2024,${c},resolved_on_time,${i * 10}`);
    // Only the last commune has pending dossiers: its segment is in every page's legend.
    if (i === 45) obs.push(`2024,${c},pending,7`);
  }
  return loadTexts({ 'units.csv': `${units.join('\n')}\n`, 'observations.csv': `${obs.join('\n')}\n` });
}

describe('a page of a long list (rowPage)', () => {
  it('stacks only the page\'s rows, on the whole list\'s scale, with the whole list\'s legend', () => {
    const spec = dossierStatusSpec(dossierStatus(longStatus(), 'P', '2024'), THEME, vi);
    expect(spec.rows).toHaveLength(45);
    const o: Loose = stackedOption(spec, THEME, vi, { from: 20, to: 40 });
    expect(o.yAxis.data).toEqual(spec.rows.slice(20, 40).map((r) => r.name));
    expect(o.series.map((s: Loose) => s.name)).toEqual(['Đúng hạn', 'Đang giải quyết']);
    expect(o.series[0].data[0]).toEqual({ value: 210, unit: 'X21', drill: false });
    expect(o.tooltip.formatter([{ dataIndex: 0 }])).toContain('Xã 21');
    // 457 dossiers at Xã 45, the largest: every page's axis ends at 500.
    expect(o.xAxis.max).toBe(500);
    expect((stackedOption(spec, THEME, vi) as Loose).xAxis.max).toBeUndefined();
  });

  it('is 40 px a row under the legend, never under 120 px: a page of 20 is 856 px, 126 rows 5,096', () => {
    expect(stackedHeight(20)).toBe(856);
    expect(stackedHeight(126)).toBe(5096);
    expect(stackedHeight(1)).toBe(120);
  });

  it('says how many rows there are, not 45 sentences; a page reads its own rows out', () => {
    const spec = dossierStatusSpec(dossierStatus(longStatus(), 'P', '2024'), THEME, vi);
    expect(stackedSummary(spec, vi)).toBe('45 đơn vị có số liệu; số của từng đơn vị ở trên biểu đồ (từng trang) và trong bảng số liệu của biểu đồ');
    expect(spec.description).toBe(`Tình trạng giải quyết hồ sơ. ${stackedSummary(spec, vi)}`);
    const o: Loose = stackedOption(spec, THEME, vi, { from: 20, to: 40 });
    expect(o.aria.label.description).toMatch(/^Tình trạng giải quyết hồ sơ\. Dòng 21–40 trong 45\. Xã 21: Đúng hạn 210\. Xã 22: Đúng hạn 220\./);
    expect(o.aria.label.description).not.toContain('Xã 41');
    // Up to 40 rows, each in words, as before.
    expect(stackedSummary({ ...spec, rows: spec.rows.slice(0, 2) }, vi)).toBe('Xã 01: Đúng hạn 10. Xã 02: Đúng hạn 20');
  });
});
