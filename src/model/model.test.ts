// The model on the seeds: the figures the five articles print, and what the model derives and
// checks from them. Each expectation is a figure as printed (see fixtures/seeds/README.md).
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/helpers';
import { fromWire, toWire } from '../data/problemPack';
import { plainProblem } from '../data/deferredProblem';
import { PROBLEM_WRITERS } from './problemWriters';

const model = loadFixture('fixtures/seeds');
const problem = (code: string, line: number) => model.problems.find((p) => p.code === code && p.line === line);

describe('the seeds dataset', () => {
  it('loads with no errors, every row read', () => {
    expect(model.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model.raw.observations).toHaveLength(62);
    expect(model.tree.flat).toBe(false);
  });

  it('Quế Võ: 132.410 / 133.555 = 99,14%, printed 99,14% (rounded)', () => {
    const f = model.figure('259', 'resolution_rate', '2020-07-01/2023-06-30', { level: 'huyen' })!;
    expect(f.numerator).toBe(132410);
    expect(f.denominator).toBe(133555);
    expect(f.value.toFixed(2)).toBe('99.14');
    expect(f.published).toBe(99.14);
    expect(problem('rate-rounded', 4)?.message).toContain('rounded to two decimals');
  });

  it('Quế Võ: district desk and communes add up to the town total; its resolution rate is not guessed', () => {
    expect(model.figure('259', 'received', '2020-07-01/2023-06-30')?.value).toBe(133555 + 229728);
    // Communes printed no resolved count: no Σresolved, so no town-wide rate.
    expect(model.figure('259', 'resolution_rate', '2020-07-01/2023-06-30')).toBeUndefined();
    // "trên 99%" keeps its qualifier and stays where it was published.
    const communes = model.figure('259', 'on_time_rate', '2020-07-01/2023-06-30', { level: 'xa' })!;
    expect([communes.value, communes.qualifier, communes.numerator]).toEqual([99, '>', null]);
  });

  it('Thủ Dầu Một on-time rate: 99,83% (2021), 99,99% (2022), 100% (Q1/2023)', () => {
    const series = model.series('718', 'on_time_rate');
    expect(series.map((f) => [f.period.key, f.value.toFixed(2)])).toEqual([
      ['2021', '99.83'], ['2022', '99.99'], ['2023-Q1', '100.00'],
    ]);
    expect(series.map((f) => f.published)).toEqual([99.83, 99.99, 100]);
  });

  it('Gò Quao district desk: 6.272 / 6.612 computes to 94,86%, printed 94,85% is a truncation (info, not an error)', () => {
    const f = model.figure('907', 'resolution_rate', '2020-01-01/2020-09-30', { level: 'huyen' })!;
    expect(f.value.toFixed(2)).toBe('94.86');
    expect(f.published).toBe(94.85);
    const p = problem('rate-truncated', 25)!;
    expect(p.severity).toBe('info');
    expect(p.message).toContain('printed 94,85% and 6.272 / 6.612 = 94,86%');
    expect(p.message).toContain('truncated to two decimals');
  });

  it('Gò Quao: district desk + communes = 61.475 received and 61.135 resolved in time, as printed', () => {
    const period = '2020-01-01/2020-09-30';
    expect(model.figure('907', 'received', period, { level: 'huyen' })!.value + model.figure('907', 'received', period, { level: 'xa' })!.value).toBe(61475);
    // Communes: 48.801 on time + 6.062 early = 54.863 in time (identity), + 6.272 at the desk.
    expect(model.figure('907', 'resolved_in_time', period, { level: 'xa' })?.value).toBe(54863);
    expect(model.figure('907', 'resolved_in_time', period)?.value).toBe(61135);
    expect(model.figure('907', 'resolved', period)?.value).toBe(61135);
    // The printed totals agree with their parts: no parts-vs-total problem for Gò Quao.
    expect(model.problems.filter((p) => p.code.startsWith('parts-') && p.message.includes('Gò Quao'))).toEqual([]);
  });

  it('Gò Quao pending share: printed 5,15% but 340 / 6.612 = 5,14% is a warning', () => {
    const p = problem('rate-mismatch', 27)!;
    expect(p.severity).toBe('warning');
    expect(p.message).toContain('printed 5,15% but 340 / 6.612 = 5,14%');
  });

  it('Bắc Kạn: level-4 1.293 = 70,9% and level-3 70 = 3,84% are shares of one total (1.823–1.824)', () => {
    const total = model.impliedTotals.find((t) => t.unit === '06' && t.periodKey === '2022-Q1')!;
    expect(total.denominator).toBe('procedures_total');
    expect(total.members.find((m) => m.indicator === 'online_full_rate')).toMatchObject({ numerator: 1293, min: 1823, max: 1824 });
    expect(total.members.find((m) => m.indicator === 'online_partial_rate')).toMatchObject({ numerator: 70, min: 1821, max: 1825 });
    expect([total.min, total.max]).toEqual([1823, 1824]);
    // 74,74% for 1.363 fits no whole total: it is 70,9% + 3,84%, added.
    const p = model.problems.find((x) => x.code === 'implied-total-mismatch')!;
    expect(p.message).toContain('74,74% of 1.363');
    expect(p.message).toContain('70,9% + 3,84%');
  });

  it('Sở Tư pháp: 108 / 132 = 81,8% and 1.280 / 1.550 = 82,6%, each rounded to one decimal', () => {
    const period = '2022-01-01/2022-05-31';
    expect(model.figure('06-STP', 'online_full_rate', period)!.value.toFixed(1)).toBe('81.8');
    expect(model.figure('06-STP', 'online_dossier_rate', period)!.value.toFixed(1)).toBe('82.6');
    expect(problem('rate-rounded', 47)!.message).toBe('Sở Tư pháp online_dossier_rate 2022-01-01/2022-05-31: printed 82,6% and 1.280 / 1.550 = 82,58%: rounded to one decimal');
  });

  it('Long Xuyên: approximate figures keep their qualifiers', () => {
    const period = '2024-01-01/2024-07-31';
    const got = (indicator: string) => { const f = model.figure('883', indicator, period, { level: 'huyen' })!; return [f.value, f.qualifier]; };
    expect(got('received')).toEqual([7800, '>']);
    expect(got('resolution_rate')).toEqual([92, '~']);
    expect(got('online_payment_amount')).toEqual([32_000_000, '>']);
    expect(got('carried_over')).toEqual([504, '=']);
  });

  it('Long Xuyên: two named fields do not make a total (the rest is not itemised)', () => {
    const period = '2024-01-01/2024-07-31';
    expect(model.figure('883', 'received', period, { level: 'huyen', field: 'dat_dai' })?.value).toBe(5183);
    // The city's own total is the desk's printed figure, not a sum of two fields.
    expect(model.figure('883', 'received', period, { level: 'huyen' })?.value).toBe(7800);
  });

  it('a province is never the sum of the one district that reported', () => {
    expect(model.figuresOf('27')).toEqual([]); // Bắc Ninh: only Quế Võ printed figures
    expect(model.figuresOf('91')).toEqual([]); // Kiên Giang: only Gò Quao
  });

  it('Bắc Kạn 2022 targets (KH 798/KH-UBND) evaluate against whatever exists, "no data" where nothing does', () => {
    const evals = model.targetEvaluations().filter((e) => e.target.plan === 'KH 798/KH-UBND');
    expect(evals).toHaveLength(9);
    expect(evals.every((e) => e.status === 'no-data' && e.gap === null)).toBe(true);
    expect(evals.filter((e) => e.target.indicator === 'digitized_result_rate').map((e) => [e.target.level, e.target.value])).toEqual([
      ['tinh', 50], ['huyen', 40], ['xa', 35],
    ]);
  });

  it('every figure is traceable: published ones to a file and line, derived ones to a rule', () => {
    for (const f of model.figures()) {
      if (f.derived === 'published') expect(f.origin?.line).toBeGreaterThan(1);
      else expect(f.rule.length).toBeGreaterThan(0);
    }
  });
});

describe('computing in a worker', () => {
  it('the computed figures survive structured cloning and assemble into the same model', async () => {
    const { assembleModel, computeDataset } = await import('./model');
    // The rows read stay in the worker (a table of columns with its methods); the rest crosses.
    const raw = { ...structuredClone({ ...model.raw, observations: undefined, problems: [...model.raw.problems] }), observations: model.raw.observations! };
    // Problems cross packed (data/problemPack), the printed rates' notes as what their messages are made of.
    const computed = computeDataset(raw);
    const crossed = structuredClone({ ...computed, problems: toWire(computed.problems) });
    const rebuilt = assembleModel(raw, { ...crossed, problems: fromWire(crossed.problems, PROBLEM_WRITERS) });
    expect(rebuilt.figures().length).toBe(model.figures().length);
    expect(rebuilt.problems.map(plainProblem)).toEqual(model.problems.map(plainProblem));
    expect(rebuilt.problems.some((p) => p.code === 'rate-rounded')).toBe(true);
    expect(rebuilt.figure('259', 'resolution_rate', '2020-07-01/2023-06-30', { level: 'huyen' })?.value).toBe(model.figure('259', 'resolution_rate', '2020-07-01/2023-06-30', { level: 'huyen' })?.value);
  });
});

describe('computing, step by step (the loading bar)', () => {
  it('tells of each step once, in order, and the shares make the whole', async () => {
    const { COMPUTE_STEPS, computeProgress, computeTable } = await import('./model');
    const steps: string[] = [];
    const { computed } = computeTable(model.raw as Parameters<typeof computeTable>[0], { onStep: (s) => steps.push(s) });
    expect(steps).toEqual(COMPUTE_STEPS.map(([name]) => name));
    expect(steps.map((s) => computeProgress(s as (typeof COMPUTE_STEPS)[number][0]))).toEqual([11, 33, 46, 65, 69, 83, 87, 100]);
    // Told or not, the same figures and problems.
    const quiet = computeTable(model.raw as Parameters<typeof computeTable>[0]).computed;
    expect(computed.columns.size).toBe(quiet.columns.size);
    expect(computed.problems.map(plainProblem)).toEqual(quiet.problems.map(plainProblem));
  });
});
