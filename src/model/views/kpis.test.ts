import { describe, expect, it } from 'vitest';
import { kpiCards, kpiView } from './kpis';
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
    const problem = m.problems.at(Number(rate.problemId!.slice(2)))!;
    expect(problem.code).toBe('rate-truncated');
  });

  it('Bắc Kạn, Q1/2022: a card for each of its five figures; the six plan targets without a figure are listed, not cards', () => {
    const v = kpiView(seeds(), BAC_KAN, '2022-Q1');
    expect(v.cards.map((c) => [c.indicator, c.value?.value])).toEqual([
      ['online_full_rate', 70.9], ['online_service_rate', 74.74], ['online_partial_rate', 3.84],
      ['procedures_online_full', 1293], ['procedures_online_partial', 70],
    ]);
    expect(v.withoutFigures.map((w) => w.indicator)).toEqual([
      'satisfaction_rate', 'procedures_published_rate', 'procedures_internal_process_rate', 'e_certification_rate', 'online_payment_rate', 'feedback_resolved_rate',
    ]);
    const sat = v.withoutFigures[0];
    expect(sat.status.status).toBe('no-data');
    expect(sat.status.target?.value).toBe(90);
    expect(kpiCards(seeds(), BAC_KAN, '2022-Q1')).toEqual(v.cards);
  });

  it('Bắc Kạn\'s 74,74% (added percentages, no whole total fits) links to its warning in the data-quality panel', () => {
    const m = seeds();
    const card = kpiView(m, BAC_KAN, '2022-Q1').cards.find((c) => c.indicator === 'online_service_rate')!;
    expect(card.value?.flags).toEqual([{ id: card.problemId, code: 'implied-total-mismatch', severity: 'warning' }]);
    expect(m.problems.at(Number(card.problemId!.slice(2)))!.line).toBe(37);
    // 70,9% is only part of an informational note: no mark, no link.
    const full = kpiView(m, BAC_KAN, '2022-Q1').cards.find((c) => c.indicator === 'online_full_rate')!;
    expect(full.value?.flags).toEqual([]);
    expect(full.problemId).toBeNull();
  });

  it('Gò Quao, nine months of 2020 (the first screen): eight cards, each with a figure', () => {
    const v = kpiView(seeds(), GO_QUAO.unit, GO_QUAO.period);
    expect(v.cards).toHaveLength(8);
    expect(v.cards.every((c) => c.value !== null)).toBe(true);
    expect(v.cards[0]).toMatchObject({ indicator: 'received', value: { value: 61475 } });
    expect(v.withoutFigures).toEqual([]);
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
