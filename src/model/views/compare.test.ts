import { describe, expect, it } from 'vitest';
import { childComparison } from './compare';
import { childLevels } from './childLevels';
import { BAC_KAN, GO_QUAO, communesAtTheirLevel, seeds } from './seeds.testutil';
import { loadTexts } from '../../../test/helpers';

describe('childComparison', () => {
  it('Kiên Giang: Gò Quao is the one district with a resolution rate, Σresolved / Σreceived', () => {
    const v = childComparison(seeds(), '91', 'resolution_rate', GO_QUAO.period);
    expect(v.rows.map((r) => r.unit)).toEqual([GO_QUAO.unit]);
    expect(v.rows[0].value?.value).toBeCloseTo((61135 / 61475) * 100, 6);
    expect(v.missing).toHaveLength(14);
  });

  it('Bắc Kạn in Q1/2022: no child has the online rate then; it says which periods they do', () => {
    const v = childComparison(seeds(), BAC_KAN, 'online_full_rate', '2022-Q1');
    expect(v.rows).toEqual([]);
    expect(v.otherPeriods).toEqual(['2022-01-01/2022-05-31']);
  });

  it('ranks best first by the indicator\'s direction, with each child\'s status and the shared target line', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\nC,Huyện C,district,P\n',
      'observations.csv': 'period,unit,indicator,value\n2024,A,on_time_rate,80\n2024,B,on_time_rate,97\n2024,C,on_time_rate,93\n2024,A,late_rate,20\n2024,B,late_rate,3\n',
      'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH,2024,P,,on_time_rate,>=,95\n',
    });
    const v = childComparison(m, 'P', 'on_time_rate', '2024');
    expect(v.rows.map((r) => [r.unit, r.status.status])).toEqual([['B', 'met'], ['C', 'at-risk'], ['A', 'missed']]);
    expect(v.target?.value).toBe(95);
    expect(v.rows[2].status.gap).toBe(-15);
    expect(childComparison(m, 'P', 'late_rate', '2024').rows.map((r) => r.unit)).toEqual(['B', 'A']);
  });

  it('a province at the province level, whose communes report at the commune level: it names the levels they have figures at', () => {
    const m = communesAtTheirLevel();
    const atProvince = childComparison(m, 'P', 'received', '2026', 'tinh');
    expect(atProvince.rows).toEqual([]);
    // Two communes at the commune level, one with a total alone; 2025's figure at the province level is another period's.
    expect(atProvince.otherLevels).toEqual(['xa', '']);
    const atCommunes = childComparison(m, 'P', 'received', '2026', 'xa');
    expect(atCommunes.rows.map((r) => [r.unit, r.value?.value])).toEqual([['A', 120], ['B', 80]]);
    expect(atCommunes.otherLevels).toEqual([]);
    expect(childLevels(m, 'P', 'received', '2026', 'xa')).toEqual(['']);
  });
});
