// The add / edit form's rules: the reader's period parser, printed numbers in the reader's
// language, known indicators, units and levels, the reader's ranges, no target entered twice.
import { describe, expect, it } from 'vitest';
import { checkTarget, inputOf, type TargetInput, type TargetRules } from './validate';
import { seeds } from '../views/seeds.testutil';
import { targetKey } from './edits';

const m = seeds();
const rules: TargetRules = { catalogue: m.catalogue, hasUnit: (c) => m.tree.units.has(c), style: 'vi' };
const input = (patch: Partial<TargetInput> = {}): TargetInput => ({ plan: 'KH 1', period: 'Năm 2022', unit: '06-STP', level: '', indicator: 'online_full_rate', op: '>=', value: '82,5', note: ' Sở Tư pháp ', ...patch });

describe('checking a target', () => {
  it('reads the period and the number as the data files are read, and keeps a clean draft', () => {
    expect(checkTarget(input(), rules)).toEqual({ ok: true, draft: { plan: 'KH 1', period: '2022', unit: '06-STP', level: null, indicator: 'online_full_rate', op: '>=', value: 82.5, note: 'Sở Tư pháp' } });
    expect(checkTarget(input({ period: 'Quý I/2023', unit: '', level: 'cấp huyện', value: '95%' }), rules)).toMatchObject({ ok: true, draft: { period: '2023-Q1', unit: null, level: 'huyen', value: 95 } });
    expect(checkTarget(input({ value: '82.5' }), { ...rules, style: 'en' })).toMatchObject({ ok: true, draft: { value: 82.5 } });
  });

  it('names every field that is wrong', () => {
    expect(checkTarget(input({ period: 'Quý V/2022', indicator: 'khong_co', unit: 'XX', level: 'thôn', op: '>' , value: '' }), rules)).toEqual({
      ok: false,
      problems: [
        { field: 'period', code: 'bad-period', detail: expect.any(String) },
        { field: 'indicator', code: 'unknown-indicator' },
        { field: 'unit', code: 'unknown-unit' },
        { field: 'level', code: 'bad-level' },
        { field: 'op', code: 'bad-op' },
        { field: 'value', code: 'required' },
      ],
    });
    expect(checkTarget(input({ period: ' ', indicator: '' }), rules)).toMatchObject({ ok: false, problems: [{ field: 'period', code: 'required' }, { field: 'indicator', code: 'required' }] });
  });

  it.each([
    ['120', 'online_full_rate', { code: 'out-of-range', max: 100 }],
    ['-5', 'online_full_rate', { code: 'negative' }],
    ['hai', 'online_full_rate', { code: 'not-a-number' }],
    ['2,5', 'received', { code: 'fractional' }],
    ['50%', 'received', { code: 'percent-on-count' }],
  ])('the value %s for %s: %o', (value, indicator, problem) => {
    expect(checkTarget(input({ value, indicator }), rules)).toEqual({ ok: false, problems: [{ field: 'value', ...problem }] });
  });

  it('a count reads its thousands mark: 1.280 is 1280', () => {
    expect(checkTarget(input({ value: '1.280', indicator: 'received' }), rules)).toMatchObject({ ok: true, draft: { value: 1280 } });
  });

  it('the same target (plan, period, unit, level, indicator) cannot be entered twice', () => {
    const taken = new Set([targetKey({ plan: 'KH 1', period: '2022', unit: '06-STP', level: null, indicator: 'online_full_rate' })]);
    expect(checkTarget(input(), { ...rules, taken })).toEqual({ ok: false, problems: [{ field: 'plan', code: 'duplicate' }] });
  });

  it('an edited target fills the form as the reader writes numbers', () => {
    const draft = { plan: 'KH', period: '2022', unit: null, level: 'xa', indicator: 'digitized_result_rate', op: '>=', value: 35.5, note: '' } as const;
    expect(inputOf(draft, 'vi')).toEqual({ plan: 'KH', period: '2022', unit: '', level: 'xa', indicator: 'digitized_result_rate', op: '>=', value: '35,5', note: '' });
    expect(inputOf(draft, 'en').value).toBe('35.5');
  });
});
