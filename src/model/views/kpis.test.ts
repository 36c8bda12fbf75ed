import { describe, expect, it } from 'vitest';
import { kpiCards } from './kpis';
import { BAC_KAN, GO_QUAO, QUE_VO, THU_DAU_MOT, seeds } from './seeds.testutil';

describe('kpiCards', () => {
  it('Quế Võ district desk: resolution rate 132.410 / 133.555, shown with the printed two decimals', () => {
    const cards = kpiCards(seeds(), QUE_VO.unit, QUE_VO.period, 'huyen');
    const rate = cards.find((c) => c.indicator === 'resolution_rate')!;
    expect(rate.value?.value.toFixed(2)).toBe('99.14');
    expect(rate.value?.decimals).toBe(2);
    expect(rate.value?.differs).toBe(false);
    expect(rate.value?.numerator).toBe(132410);
    expect(cards[0].indicator).toBe('received');
    expect(cards[0].value?.value).toBe(133555);
  });

  it('Gò Quao: printed 94,85% differs from 94,86% computed, and links to its data-quality entry', () => {
    const m = seeds();
    const rate = kpiCards(m, GO_QUAO.unit, GO_QUAO.period, 'huyen').find((c) => c.indicator === 'resolution_rate')!;
    expect(rate.value?.differs).toBe(true);
    expect(rate.value?.published).toBe(94.85);
    expect(rate.problemId).not.toBeNull();
    const problem = m.problems[Number(rate.problemId!.slice(2))];
    expect(problem.code).toBe('rate-truncated');
  });

  it('Bắc Kạn: the plan targets that have no figure are cards with status "no data"', () => {
    const cards = kpiCards(seeds(), BAC_KAN, '2022-Q1');
    const sat = cards.find((c) => c.indicator === 'satisfaction_rate')!;
    expect(sat.value).toBeNull();
    expect(sat.status.status).toBe('no-data');
    expect(sat.status.target?.value).toBe(90);
    expect(cards.find((c) => c.indicator === 'online_full_rate')?.value?.value).toBe(70.9);
    expect(cards.length).toBeLessThanOrEqual(8);
  });

  it('Thủ Dầu Một 2022: change from 2021 in points and a two-point sparkline', () => {
    const c = kpiCards(seeds(), THU_DAU_MOT, '2022').find((x) => x.indicator === 'on_time_rate')!;
    expect(c.change?.previous.key).toBe('2021');
    expect(c.change?.delta).toBeCloseTo(99.99345 - 99.83057, 4);
    expect(c.change?.relative).toBeNull();
    expect(c.sparkline.map((s) => s.periodKey)).toEqual(['2021', '2022']);
    expect(c.sparkline.at(-1)?.current).toBe(true);
  });

  it('an unknown unit or period gives no cards', () => {
    expect(kpiCards(seeds(), 'nope', '2022')).toEqual([]);
    expect(kpiCards(seeds(), BAC_KAN, 'nonsense')).toEqual([]);
  });
});
