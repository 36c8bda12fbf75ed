import { describe, expect, it } from 'vitest';
import { satisfaction } from '../model/views/satisfaction';
import { satisfactionOption, satisfactionSummary } from './satisfaction';
import { THEME } from './theme';
import { seriesOf, vi, type Loose } from './testutil';
import { loadFixture, loadTexts } from '../../test/helpers';

describe('satisfactionOption', () => {
  it('the unit and its children against the target line', () => {
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\n',
      'observations.csv': 'period,unit,indicator,value\n2024,P,satisfaction_rate,"91,0"\n2024,A,satisfaction_rate,"84,0"\n',
      'targets.csv': 'plan,period,unit,level,indicator,op,value\nKH,2024,P,,satisfaction_rate,>=,90\n',
    });
    const o: Loose = satisfactionOption(satisfaction(m, 'P', '2024'), THEME, vi, { indicatorName: 'Mức độ hài lòng' });
    expect(o.yAxis.data).toEqual(['Tỉnh P', 'Huyện A']);
    expect(seriesOf(o).data.map((d: Loose) => d.itemStyle.color)).toEqual([THEME.status.met, THEME.status.missed]);
    expect(seriesOf(o).markLine.data[0].xAxis).toBe(90);
  });

  it('no figures: says so', () => {
    expect(satisfactionSummary(satisfaction(loadFixture('fixtures/seeds'), '06', '2022'), vi)).toBe('Chưa có số liệu về mức độ hài lòng.');
  });
});
