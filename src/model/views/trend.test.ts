import { describe, expect, it } from 'vitest';
import { trend } from './trend';
import { THU_DAU_MOT, seeds } from './seeds.testutil';
import { loadTexts } from '../../../test/helpers';

describe('trend', () => {
  it('Thủ Dầu Một on-time rate by year: 2021 and 2022 (the Q1/2023 figure is another kind)', () => {
    const v = trend(seeds(), THU_DAU_MOT, 'on_time_rate', '2022');
    expect(v.kind).toBe('year');
    expect(v.points.map((p) => [p.period.key, p.value.published, p.current])).toEqual([['2021', 99.83, false], ['2022', 99.99, true]]);
    expect(trend(seeds(), THU_DAU_MOT, 'on_time_rate', '2023-Q1').points.map((p) => p.period.key)).toEqual(['2023-Q1']);
  });

  it('a target per year: the line only when every point shares one', () => {
    const m = loadTexts({
      'observations.csv': 'period,unit,indicator,value\n2023,A,satisfaction_rate,88\n2024,A,satisfaction_rate,91\n',
      'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH23,2023,,,satisfaction_rate,>=,90\nKH24,2024,,,satisfaction_rate,>=,92\n',
    });
    const v = trend(m, 'A', 'satisfaction_rate', '2024');
    expect(v.target).toBeNull();
    expect(v.points.map((p) => [p.status.target?.value, p.status.status])).toEqual([[90, 'at-risk'], [92, 'at-risk']]);
    expect(v.currentTarget?.value).toBe(92);
  });
});
