// The edited plan: the dataset's targets by stable ids, changed, deleted or added by the reader.
import { describe, expect, it } from 'vitest';
import { applyEdits, datasetTargetIds, draftOf, editCounts, type TargetDraft } from './edits';
import { seeds } from '../views/seeds.testutil';

const STP: TargetDraft = { plan: 'KH 798/KH-UBND', period: '2022', unit: '06-STP', level: null, indicator: 'online_full_rate', op: '>=', value: 80, note: '' };

describe('the edited plan', () => {
  const base = seeds().targets;

  it("the dataset's targets are known by what they are about", () => {
    const ids = datasetTargetIds(base);
    expect(ids[0]).toBe('ds:KH 798/KH-UBND|2022|06|*|procedures_published_rate');
    expect(ids[3]).toBe('ds:KH 798/KH-UBND|2022|06|huyen|digitized_result_rate');
    expect(new Set(ids).size).toBe(9);
  });

  it('the same target given twice gets a second id', () => {
    expect(datasetTargetIds([base[0], base[0]])).toEqual(['ds:KH 798/KH-UBND|2022|06|*|procedures_published_rate', 'ds:KH 798/KH-UBND|2022|06|*|procedures_published_rate#2']);
  });

  it('without edits it is the dataset\'s plan', () => {
    const plan = applyEdits(base, []);
    expect(plan.map((t) => t.edit)).toEqual(Array(9).fill(null));
    expect(plan[7].target).toBe(base[7]);
  });

  it('a change stays in place, a deletion removes, an addition comes last, oldest first', () => {
    const ids = datasetTargetIds(base);
    const plan = applyEdits(base, [
      { id: 'u:b', target: { ...STP, value: 85 }, updated: 3 },
      { id: ids[7], target: { ...draftOf(base[7]), value: 95 }, updated: 1 },
      { id: ids[0], target: null, updated: 2 },
      { id: 'u:a', target: STP, updated: 2 },
      { id: 'u:deleted', target: null, updated: 4 },
    ]);
    expect(plan.map((t) => [t.target.indicator, t.target.value, t.edit])).toEqual([
      ['procedures_internal_process_rate', 100, null],
      ['digitized_result_rate', 50, null],
      ['digitized_result_rate', 40, null],
      ['digitized_result_rate', 35, null],
      ['e_certification_rate', 20, null],
      ['online_payment_rate', 50, null],
      ['satisfaction_rate', 95, 'changed'],
      ['feedback_resolved_rate', 100, null],
      ['online_full_rate', 80, 'added'],
      ['online_full_rate', 85, 'added'],
    ]);
    expect(plan[8].target.period).toEqual({ start: '2022-01-01', end: '2022-12-31', kind: 'year', key: '2022' });
    expect(editCounts(base, [{ id: ids[0], target: null, updated: 1 }, { id: 'u:a', target: STP, updated: 2 }, { id: 'ds:gone', target: null, updated: 3 }])).toEqual({ added: 1, changed: 0, deleted: 1 });
  });
});

describe('every view follows the edited plan', () => {
  it("withTargets: the model's target queries answer from the edited plan, the figures stay", async () => {
    const { withTargets } = await import('../model');
    const m = seeds();
    const plan = applyEdits(m.targets, [{ id: 'u:1', target: STP, updated: 1 }]).map((t) => t.target);
    const edited = withTargets(m, plan);
    const period = m.periods().find((p) => p.key === '2022-01-01/2022-05-31')!;
    expect(m.targetStatusOf('06-STP', 'online_full_rate', period)).toBeNull();
    expect(edited.targetStatusOf('06-STP', 'online_full_rate', period)).toMatchObject({ status: 'met', gap: (108 / 132) * 100 - 80, partial: true });
    expect(edited.targets).toHaveLength(10);
    expect(edited.figure('06-STP', 'online_full_rate', period.key)).toBe(m.figure('06-STP', 'online_full_rate', period.key));
    expect(edited.targetEvaluations().filter((e) => e.status !== 'no-data').map((e) => [e.unit, e.status])).toEqual([['06-STP', 'met']]);
  });
});
