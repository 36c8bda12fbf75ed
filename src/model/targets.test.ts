// Plan targets: met / at risk / missed with the gap in points, per level, against any figure
// within the target's period.
import { describe, expect, it } from 'vitest';
import { targetStatus } from './targets';
import { loadTexts } from '../../test/helpers';

describe('targetStatus', () => {
  it.each([
    [92, '=', '>=', 90, 'met'],
    [87, '=', '>=', 90, 'at-risk'],
    [80, '=', '>=', 90, 'missed'],
    [90, '>', '>=', 90, 'met'], // "trên 90%"
    [90.5, '~', '>=', 90, 'at-risk'], // "khoảng 90,5%": too close to call
    [3, '=', '<=', 5, 'met'],
    [8, '=', '<=', 5, 'at-risk'],
    [20, '=', '<=', 5, 'missed'],
  ] as const)('%s (%s) %s %s → %s', (value, q, op, target, status) => {
    expect(targetStatus(value, q, op, target)).toBe(status);
  });

  it('the at-risk band is configurable', () => {
    expect(targetStatus(87, '=', '>=', 90, 2)).toBe('missed');
  });
});

describe('targets on a dataset', () => {
  const m = loadTexts({
    'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nD,Huyện D,district,P\nS,Sở S,agency,P\n',
    'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH 1,2022,P,tinh,digitized_result_rate,>=,50\nKH 1,2022,P,huyen,digitized_result_rate,>=,40\nKH 1,2022,P,,satisfaction_rate,>=,90\n',
    'observations.csv': 'period,unit,indicator,value,level\nQuý I/2022,P,digitized_result_rate,30,huyen\n2022,D,digitized_result_rate,38,\n2022,S,digitized_result_rate,55,\n',
  });

  it('a per-level target applies to that level of the province and to units of that level', () => {
    const q1 = m.periods().find((p) => p.key === '2022-Q1')!;
    const atProvince = m.targetStatusOf('P', 'digitized_result_rate', q1, { level: 'huyen' })!;
    expect([atProvince.target.value, atProvince.status, atProvince.gap, atProvince.partial]).toEqual([40, 'missed', -10, true]);
    const y = m.periods().find((p) => p.key === '2022')!;
    expect(m.targetStatusOf('D', 'digitized_result_rate', y)).toMatchObject({ status: 'at-risk', gap: -2 });
    expect(m.targetStatusOf('S', 'digitized_result_rate', y)).toMatchObject({ status: 'met', gap: 5 });
  });

  it('a target with no figure says no data', () => {
    const e = m.targetEvaluations().find((x) => x.target.indicator === 'satisfaction_rate')!;
    expect([e.status, e.unit, e.gap]).toEqual(['no-data', 'P', null]);
  });
});
