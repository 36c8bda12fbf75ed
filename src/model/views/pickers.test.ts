import { describe, expect, it } from 'vitest';
import { hasUnlistedParts, unreadUnitName, indicatorGroups, levelOptions, matchUnits, periodGroups, unitOptions } from './pickers';
import { BAC_KAN, GO_QUAO, seeds } from './seeds.testutil';
import { loadPartitioned } from '../../../test/helpers';

describe('pickers', () => {
  it('units in tree order, found without diacritics', () => {
    const options = unitOptions(seeds());
    expect(options[0].depth).toBe(0);
    expect(matchUnits(options, 'que vo').map((o) => o.code)).toEqual(['259']);
    expect(matchUnits(options, 'QUẾ VÕ').map((o) => o.code)).toEqual(['259']);
    // Every word, anywhere: both Huyện Châu Thành, and Thành phố Châu Đốc.
    expect(matchUnits(options, 'chau thanh').map((o) => o.code).sort()).toEqual(['884', '892', '905']);
    expect(options.find((o) => o.code === '91')?.hasData).toBe(true);
    expect(options.find((o) => o.code === '899')?.hasData).toBe(false);
  });

  it('indicators with figures or targets, grouped in catalogue order', () => {
    const groups = indicatorGroups(seeds());
    expect(groups[0].group).toBe('dossiers');
    const ids = groups.flatMap((g) => g.indicators.map((i) => i.id));
    expect(ids).toContain('resolution_rate');
    expect(ids).toContain('digitized_result_rate'); // a target only
    expect(ids).not.toContain('service_index');
  });

  it('periods grouped by kind, newest first, marked where the unit has figures', () => {
    const groups = periodGroups(seeds(), BAC_KAN);
    expect(groups.map((g) => g.kind)).toEqual(['year', 'quarter', 'day', 'range']);
    const quarters = groups.find((g) => g.kind === 'quarter')!.periods;
    expect(quarters.map((p) => [p.period.key, p.hasData])).toEqual([['2023-Q1', false], ['2022-Q1', true]]);
  });

  it('levels: the total, then the levels the unit reports', () => {
    expect(levelOptions(seeds(), GO_QUAO.unit, GO_QUAO.period)).toEqual(['', 'huyen', 'xa']);
  });

  it("a national summary's provinces not opened: their communes found by a search, named from the built-in lists, not listed without one", () => {
    const m = loadPartitioned('fixtures/partitioned-levels');
    const options = unitOptions(m);
    // Listed: the country and its 34 provinces; Bắc Ninh's 99 and An Giang's 102 communes are searched.
    expect(matchUnits(options, '')).toHaveLength(35);
    expect(options.filter((o) => o.unread)).toHaveLength(99 + 102);
    const [xuanLuong] = matchUnits(options, 'xuan luong');
    expect(xuanLuong).toMatchObject({ code: '07246', name: 'Xã Xuân Lương', depth: 2, parents: ['Cả nước', 'Tỉnh Bắc Ninh'], unread: true });
    expect(matchUnits(options, 'xuan luong')).toHaveLength(1);
    // On the English page too, a commune keeps its own name, as it has once its province is read.
    expect(matchUnits(unitOptions(m, 'en'), 'xuan luong')[0].name).toBe('Xã Xuân Lương');
    expect(hasUnlistedParts(m)).toBe(false);
    // What the page says it opens while Bắc Ninh's part comes.
    expect([unreadUnitName(m, '07246'), unreadUnitName(m, '07246', 'en'), unreadUnitName(m, '24'), unreadUnitName(m, 'nowhere')]).toEqual(['Xã Xuân Lương', 'Xã Xuân Lương', null, null]);
    // Bắc Ninh opened: its communes are the tree's, with their figures; An Giang's still to come.
    const opened = unitOptions(loadPartitioned('fixtures/partitioned-levels', ['24']));
    expect(matchUnits(opened, 'xuan luong')).toMatchObject([{ code: '07246', hasData: true }]);
    expect(matchUnits(opened, 'xuan luong')[0].unread).toBeUndefined();
    expect(matchUnits(unitOptions(loadPartitioned('fixtures/partitioned-levels', ['24']), 'en'), 'xuan luong')[0].name).toBe('Xã Xuân Lương');
    expect(opened.filter((o) => o.unread)).toHaveLength(102);
  });

  it("a partitioned dataset's own units under a part not read: listed, their figures to load when chosen, not 'without figures'", () => {
    const m = loadPartitioned('fixtures/partitioned-own', ['Tỉnh Một']);
    const options = unitOptions(m);
    expect(matchUnits(options, '').map((o) => [o.name, o.hasData, o.unread ?? false])).toEqual([
      ['Tỉnh Hai', true, false], ['Xã Cát', true, true], ['Xã Đông', true, true],
      ['Tỉnh Một', true, false], ['Xã An', true, false], ['Xã Bình', true, false],
    ]);
    // The tree names them: no note that a province's communes come once it is opened.
    expect(hasUnlistedParts(m)).toBe(false);
  });

  it('a partitioned dataset whose parts cannot be named (its own units) says so in a search', () => {
    const m = seeds();
    expect(hasUnlistedParts(m)).toBe(false);
    const parts = (loaded: boolean[], units?: []) => ({ ...m, raw: { ...m.raw, partitions: loaded.map((l, i) => ({ unit: String(i), files: [], loaded: l, units })) } });
    expect(hasUnlistedParts(parts([true, false]))).toBe(true);
    expect(hasUnlistedParts(parts([true, true]))).toBe(false);
    expect(hasUnlistedParts(parts([true, false], []))).toBe(false);
  });
});
