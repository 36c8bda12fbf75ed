import { describe, expect, it } from 'vitest';
import { hasUnreadParts, indicatorGroups, levelOptions, matchUnits, periodGroups, unitOptions } from './pickers';
import { BAC_KAN, GO_QUAO, seeds } from './seeds.testutil';

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

  it('a partitioned dataset has parts not read while one of its parts is not loaded', () => {
    const m = seeds();
    expect(hasUnreadParts(m)).toBe(false);
    const parts = (loaded: boolean[]) => ({ ...m, raw: { ...m.raw, partitions: loaded.map((l, i) => ({ unit: String(i), files: [], loaded: l })) } });
    expect(hasUnreadParts(parts([true, false]))).toBe(true);
    expect(hasUnreadParts(parts([true, true]))).toBe(false);
  });
});
