import { describe, expect, it } from 'vitest';
import { chainDefaults, defaultView, followUnit, latestPeriod, resolveView } from './defaults';
import { BAC_KAN, GO_QUAO, QUE_VO, THU_DAU_MOT, seeds } from './seeds.testutil';
import { loadTexts } from '../../../test/helpers';

describe('defaultView', () => {
  it('on the seeds: where the overview shows most figures — Gò Quao\'s nine months of 2020, dossiers received (its levels and cards)', () => {
    const m = seeds();
    const d = defaultView(m);
    expect(d).toEqual({ unit: GO_QUAO.unit, period: GO_QUAO.period, level: '', indicator: 'received' });
    expect(m.figure(d.unit, d.indicator, d.period)?.value).toBe(61475);
  });

  it('the first screen\'s view is what an empty link resolves to, and its link is empty', () => {
    const m = seeds();
    const d = defaultView(m);
    expect(resolveView(m, { unit: d.unit })).toEqual(d);
    expect(chainDefaults(m, d)).toEqual(d);
  });

  it('a flat dataset without units: its units side by side (never a single card), on their latest period', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2023,A,received,10\n2024,A,received,12\n2024,B,resolution_rate,"90,5"\n' });
    const d = defaultView(m);
    expect(d.unit).toBe('_all');
    expect(m.tree.children(d.unit)).toEqual(['A', 'B']);
    expect(d.period).toBe('2024');
    expect(d.indicator).toBe('received');
  });
});

describe('followUnit', () => {
  it('keeps the period when the new unit has figures in it, else takes the unit\'s latest', () => {
    const m = seeds();
    const v = followUnit(m, GO_QUAO.unit, { indicator: 'resolution_rate', period: GO_QUAO.period, level: '' });
    expect(v).toEqual({ unit: GO_QUAO.unit, indicator: 'resolution_rate', period: GO_QUAO.period, level: '' });
    const w = followUnit(m, THU_DAU_MOT, { indicator: 'resolution_rate', period: GO_QUAO.period, level: '' });
    expect(w.period).toBe(latestPeriod(m, THU_DAU_MOT));
    expect(w.indicator).toBe('on_time_rate');
  });

  it('keeps the level where the unit has it (Quế Võ district desk)', () => {
    const v = followUnit(seeds(), QUE_VO.unit, { indicator: 'resolution_rate', period: QUE_VO.period, level: 'huyen' });
    expect(v.level).toBe('huyen');
    expect(v.indicator).toBe('resolution_rate');
  });

  it('where the unit has not the level, takes one at which it has the indicator: back up from a province\'s communes to the country', () => {
    // A national summary: each province at the province level, and its new dossiers for all levels;
    // P's part: its communes, at the commune level. The country has 'resolved' at the province level only.
    const m = loadTexts({
      'units.csv': 'code,name,type,parent\nVN,Cả nước,country,\nP,Tỉnh P,province,VN\nQ,Tỉnh Q,province,VN\nA,Xã A,commune,P\nB,Xã B,commune,P\n',
      'observations.csv': 'period,unit,indicator,value,level\n2026,P,resolved,50,tinh\n2026,Q,resolved,70,tinh\n2026,P,received_new,400,\n2026,Q,received_new,300,\n2026,A,resolved,120,xa\n2026,B,resolved,80,xa\n',
    });
    expect(followUnit(m, 'P', { indicator: 'resolved', period: '2026', level: 'tinh' }).level).toBe('tinh');
    const up = followUnit(m, 'VN', { indicator: 'resolved', period: '2026', level: 'xa' });
    expect(up).toEqual({ unit: 'VN', indicator: 'resolved', period: '2026', level: 'tinh' });
    expect(m.figure('VN', 'resolved', '2026', { level: 'tinh' })?.value).toBe(120);
    // No level with the indicator: the unit's own best (its totals).
    expect(followUnit(m, 'VN', { indicator: 'received', period: '2026', level: 'xa' }).level).toBe('');
  });
});

describe('resolveView', () => {
  it('replaces unknown units, indicators and unreadable periods with the defaults', () => {
    const m = seeds();
    expect(resolveView(m, { unit: 'nope', indicator: 'nope', period: 'not a period' })).toEqual(defaultView(m));
  });

  it('fills what a link leaves out from the unit it names: Quế Võ\'s own period and a headline indicator it has', () => {
    const m = seeds();
    const v = resolveView(m, { unit: QUE_VO.unit, level: 'huyen' });
    expect(v.period).toBe(QUE_VO.period);
    expect(m.figure(v.unit, v.indicator, v.period, { level: 'huyen' })).toBeDefined();
  });

  it('a view and the defaults of its chain: leaving out what equals them resolves to the same view', () => {
    const m = seeds();
    const views = [
      { unit: QUE_VO.unit, period: QUE_VO.period, level: 'huyen', indicator: 'resolution_rate' },
      { unit: GO_QUAO.unit, period: GO_QUAO.period, level: '', indicator: 'received' },
      { unit: BAC_KAN, period: '2022', level: 'tinh', indicator: 'online_full_rate' },
    ];
    for (const v of views) {
      const d = chainDefaults(m, v);
      const link = Object.fromEntries(Object.entries(v).filter(([k, x]) => x !== d[k as keyof typeof d]));
      expect(resolveView(m, link)).toEqual(v);
    }
  });
});
