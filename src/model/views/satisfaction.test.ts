import { describe, expect, it } from 'vitest';
import { satisfaction } from './satisfaction';
import { BAC_KAN, seeds } from './seeds.testutil';
import { loadTexts } from '../../../test/helpers';

describe('satisfaction', () => {
  it('Bắc Kạn 2022: the 90% target is there, no figure yet', () => {
    const v = satisfaction(seeds(), BAC_KAN, '2022');
    expect(v.hasData).toBe(false);
    expect(v.target?.value).toBe(90);
    expect(v.self?.status.status).toBe('no-data');
  });

  it('the unit first, then its children best first', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\n',
      'observations.csv': 'period,unit,indicator,value\n2024,P,satisfaction_rate,"90,5"\n2024,A,satisfaction_rate,88\n2024,B,satisfaction_rate,95\n',
    });
    expect(satisfaction(m, 'P', '2024').rows.map((r) => [r.unit, r.value?.value])).toEqual([['P', 90.5], ['B', 95], ['A', 88]]);
  });
});
