import { describe, expect, it } from 'vitest';
import { findFirstView, firstView, rememberFirstView } from './firstView';
import { GO_QUAO, seeds } from './seeds.testutil';
import { loadFixture, loadTexts } from '../../../test/helpers';

const province = (rows: string[]) => loadTexts({
  'units.csv': 'code,name,type,parent\nP,Tỉnh P,province,\nA,Huyện A,district,P\nB,Huyện B,district,P\nC,Huyện C,district,P\n',
  'observations.csv': ['period,unit,indicator,value,numerator,denominator,level', ...rows].join('\n'),
});

describe('firstView', () => {
  it('on the seeds: Gò Quao, nine months of 2020, dossiers received — 11 figures (8 cards, 2 levels, 1 trend point)', () => {
    expect(firstView(seeds())).toEqual({ unit: GO_QUAO.unit, period: GO_QUAO.period, level: '', indicator: 'received', score: 11 });
  });

  it('three districts side by side outweigh one district\'s own cards: the province, on the indicator they share', () => {
    const v = firstView(province([
      '2024,A,resolution_rate,"90,0",9,10,', '2024,B,resolution_rate,"80,0",8,10,', '2024,C,resolution_rate,"70,0",7,10,',
      '2023,A,satisfaction_rate,"95,0",,,',
    ]));
    expect(v).toMatchObject({ unit: 'P', period: '2024', level: '', indicator: 'resolution_rate' });
  });

  it('where the children report only by level, the view opens on that level (their bars are there)', () => {
    const v = firstView(province(['2024,A,received,10,,,xa', '2024,B,received,20,,,xa', '2024,C,received,30,,,xa']));
    expect(v).toMatchObject({ unit: 'P', period: '2024', level: 'xa', indicator: 'received' });
  });

  it('the period with most to show, not the latest: three districts in 2023 beat one in 2024', () => {
    const v = firstView(province([
      '2023,A,received,10,,,', '2023,B,received,20,,,', '2023,C,received,30,,,', '2024,A,received,12,,,',
    ]));
    expect(v).toMatchObject({ unit: 'P', period: '2023', indicator: 'received' });
  });

  it('a national table of index scores opens on Cả nước, its provinces side by side, not on one province\'s own cards', () => {
    const v = firstView(loadFixture('fixtures/service-index'))!;
    expect([v.unit, v.period]).toEqual(['VN', '2025']);
    expect(['service_index', 'par_index', 'sipas']).toContain(v.indicator);
  });

  it('a dataset without figures has none', () => {
    expect(firstView(loadTexts({ 'observations.csv': 'period,unit,indicator,value\n' }))).toBeNull();
  });

  it('the view the load worker found is taken as it is, once per model; a model it did not see is searched', () => {
    const m = loadFixture('fixtures/seeds');
    const found = findFirstView(loadFixture('fixtures/seeds'));
    expect(found).toMatchObject({ unit: GO_QUAO.unit, period: GO_QUAO.period });
    rememberFirstView(m, found);
    expect(firstView(m)).toBe(found);
    rememberFirstView(m, null); // remembered already: the first answer stays
    expect(firstView(m)).toBe(found);
    expect(firstView(loadFixture('fixtures/seeds'))).toEqual(found);
  });
});
