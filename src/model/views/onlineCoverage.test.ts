import { describe, expect, it } from 'vitest';
import { onlineCoverage } from './onlineCoverage';
import { BAC_KAN, GO_QUAO, seeds } from './seeds.testutil';

describe('onlineCoverage', () => {
  it('Bắc Kạn Q1/2022: 1.293 fully and 70 partly online, printed as "mức độ 4 / 3"', () => {
    const v = onlineCoverage(seeds(), BAC_KAN, '2022-Q1');
    expect(v.basis).toBe('unit');
    expect(v.rows[0].segments).toEqual({ procedures_online_full: 1293, procedures_online_partial: 70 });
    expect(v.rows[0].fullRate).toBe(70.9);
    expect(v.legacyTerms).toBe(true);
  });

  it('Bắc Kạn departments on 08/06/2022: Sở Công Thương fully online, Sở NN&PTNT not split', () => {
    const v = onlineCoverage(seeds(), BAC_KAN, '2022-06-08');
    expect(v.basis).toBe('children');
    expect(Object.fromEntries(v.rows.map((r) => [r.unit, r.segments]))).toEqual({
      '06-SCT': { procedures_online_full: 134 },
      '06-SNNPTNT': { procedures_online: 85 },
    });
  });

  it('Gò Quao: procedures by level without online counts are not a coverage', () => {
    expect(onlineCoverage(seeds(), GO_QUAO.unit, GO_QUAO.period).rows).toEqual([]);
  });
});
