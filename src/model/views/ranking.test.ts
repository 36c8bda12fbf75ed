import { describe, expect, it } from 'vitest';
import { rankingRows } from './ranking';
import { BAC_KAN, GO_QUAO, communesAtTheirLevel, seeds } from './seeds.testutil';
import { loadTexts } from '../../../test/helpers';

const tiny = () => loadTexts({
  'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\n',
  'observations.csv': [
    'period,unit,indicator,value,numerator,denominator',
    '2024,A,resolution_rate,"50,0",1,2',
    '2024,B,resolution_rate,"99,0",99,100',
    '2024,A,received,2,,',
    '2024,B,received,100,,',
  ].join('\n'),
});

describe('rankingRows', () => {
  it('Bắc Kạn, Q1/2022: none of its 13 units has a figure: no rows, 13 folded', () => {
    const v = rankingRows(seeds(), BAC_KAN, 'online_full_rate', '2022-Q1');
    expect(v.rows).toEqual([]);
    expect(v.withoutFigures).toHaveLength(13);
  });

  it('a child with a figure in another column is a row, unranked, after the ranked ones', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\nC,Huyện C,district,P\n',
      'observations.csv': 'period,unit,indicator,value,numerator,denominator\n2024,A,resolution_rate,"50,0",1,2\n2024,B,received,100,,\n',
    });
    const v = rankingRows(m, 'P', 'resolution_rate', '2024');
    expect(v.rows.map((r) => [r.unit, r.rank])).toEqual([['A', 1], ['B', null]]);
    expect(v.withoutFigures.map((r) => r.unit)).toEqual(['C']);
  });

  it('ranks the children best first, and the totals row is Σnum / Σden (100/102), not the mean of 50% and 99%', () => {
    const v = rankingRows(tiny(), 'P', 'resolution_rate', '2024');
    expect(v.rows.map((r) => [r.unit, r.rank])).toEqual([['B', 1], ['A', 2]]);
    expect(v.columns.map((c) => c.indicator)).toEqual(['resolution_rate', 'received']);
    expect(v.total.cells.resolution_rate.value?.value).toBeCloseTo((100 / 102) * 100, 9);
    expect(v.total.cells.received.value?.value).toBe(102);
  });

  it('Kiên Giang: Gò Quao is the one row; the 14 districts without figures are folded into a list by name', () => {
    const v = rankingRows(seeds(), '91', 'resolution_rate', GO_QUAO.period);
    expect(v.rows.map((r) => [r.unit, r.rank])).toEqual([[GO_QUAO.unit, 1]]);
    expect(v.withoutFigures).toHaveLength(14);
    expect(v.withoutFigures.slice(0, 3).map((r) => r.name)).toEqual(['Huyện An Biên', 'Huyện An Minh', 'Huyện Châu Thành']);
    // Kiên Giang's other districts did not report: the province has no total.
    expect(v.total.cells.resolution_rate.value).toBeNull();
  });

  it('no child with a figure at the view\'s level: the levels at which they have one', () => {
    const m = communesAtTheirLevel();
    const atProvince = rankingRows(m, 'P', 'received', '2026', 'tinh');
    expect(atProvince.rows).toEqual([]);
    expect(atProvince.withoutFigures.map((r) => r.unit)).toEqual(['A', 'B', 'C']);
    expect(atProvince.otherLevels).toEqual(['xa', '']);
    const atCommunes = rankingRows(m, 'P', 'received', '2026', 'xa');
    expect(atCommunes.rows.map((r) => [r.unit, r.rank])).toEqual([['A', 1], ['B', 2]]);
    expect(atCommunes.otherLevels).toEqual([]);
  });
});

