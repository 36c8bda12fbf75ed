import { describe, expect, it } from 'vitest';
import { rankingRows } from './ranking';
import { GO_QUAO, seeds } from './seeds.testutil';
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
  it('ranks the children best first, and the totals row is Σnum / Σden (100/102), not the mean of 50% and 99%', () => {
    const v = rankingRows(tiny(), 'P', 'resolution_rate', '2024');
    expect(v.rows.map((r) => [r.unit, r.rank])).toEqual([['B', 1], ['A', 2]]);
    expect(v.columns.map((c) => c.indicator)).toEqual(['resolution_rate', 'received']);
    expect(v.total.cells.resolution_rate.value?.value).toBeCloseTo((100 / 102) * 100, 9);
    expect(v.total.cells.received.value?.value).toBe(102);
  });

  it('Kiên Giang: every district is a row; those without figures are unranked, last', () => {
    const v = rankingRows(seeds(), '91', 'resolution_rate', GO_QUAO.period);
    expect(v.rows).toHaveLength(15);
    expect(v.rows[0]).toMatchObject({ unit: GO_QUAO.unit, rank: 1 });
    expect(v.rows.slice(1).every((r) => r.rank === null)).toBe(true);
    // Kiên Giang's other districts did not report: the province has no total.
    expect(v.total.cells.resolution_rate.value).toBeNull();
  });
});
