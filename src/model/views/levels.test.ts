import { describe, expect, it } from 'vitest';
import { levelComparison } from './levels';
import { BAC_KAN, GO_QUAO, QUE_VO, seeds } from './seeds.testutil';

describe('levelComparison', () => {
  it('Bắc Kạn 2022: digitisation targets 50 / 40 / 35% per level, with no figures yet', () => {
    const v = levelComparison(seeds(), BAC_KAN, 'online_full_rate', '2022');
    expect(v.indicator).toBe('digitized_result_rate');
    expect(v.rows.map((r) => [r.level, r.status.target?.value, r.status.status])).toEqual([
      ['tinh', 50, 'no-data'], ['huyen', 40, 'no-data'], ['xa', 35, 'no-data'],
    ]);
  });

  it('Gò Quao: district desk and communes side by side on dossiers received', () => {
    const v = levelComparison(seeds(), GO_QUAO.unit, 'received', GO_QUAO.period);
    expect(v.rows.map((r) => [r.level, r.value?.value])).toEqual([['huyen', 6612], ['xa', 54863]]);
  });

  it('Quế Võ: the communes\' "trên 99%" keeps its qualifier', () => {
    const v = levelComparison(seeds(), QUE_VO.unit, 'on_time_rate', QUE_VO.period);
    expect(v.rows.map((r) => [r.level, r.value?.value, r.value?.qualifier])).toEqual([['xa', 99, '>']]);
  });
});
