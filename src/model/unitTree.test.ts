// The unit tree: parents, validity, broken files, and history under today's units.
import { describe, expect, it } from 'vitest';
import { buildUnitTree } from './unitTree';
import type { UnitRecord } from '../data/types';
import { loadFixture, filesIn } from '../../test/helpers';
import { loadDataset } from './load';

const unit = (code: string, parent: string | null, extra: Partial<UnitRecord> = {}): UnitRecord => ({
  code, name: code, type: 'district', parent, validFrom: null, validTo: null, successor: null, ...extra,
});

describe('buildUnitTree', () => {
  it('children in name order, paths from the root, bottom-up order', () => {
    const { tree } = buildUnitTree([unit('P', null), unit('B', 'P'), unit('A', 'P'), unit('X', 'A')], [], false);
    expect(tree.children('P')).toEqual(['A', 'B']);
    expect(tree.path('X')).toEqual(['P', 'A', 'X']);
    expect(tree.bottomUp.indexOf('X')).toBeLessThan(tree.bottomUp.indexOf('A'));
  });

  it('an unknown parent and a cycle are reported, and the units still show', () => {
    const { tree, problems } = buildUnitTree([unit('A', 'Z'), unit('B', 'C'), unit('C', 'B')], [], false);
    expect(problems.map((p) => p.code).sort()).toEqual(['unit-cycle', 'unknown-parent']);
    expect(tree.roots.length).toBeGreaterThanOrEqual(2);
  });

  it('with a date, units ended before it hang under their successor', () => {
    const records = [unit('OLD', null, { validTo: '2025-06-30', successor: 'NEW' }), unit('NEW', null, { validFrom: '2025-07-01' })];
    expect(buildUnitTree(records, [], false).tree.children('NEW')).toEqual([]);
    expect(buildUnitTree(records, [], false, '2026-01-01').tree.children('NEW')).toEqual(['OLD']);
    expect(buildUnitTree(records, [], false, '2025-01-01').tree.children('NEW')).toEqual([]);
  });
});

describe('--today on fixtures/today', () => {
  it('the old provinces\' 2024 figures add up under the province in force today; the rate is recomputed', () => {
    const today = loadDataset(filesIn('fixtures/today'), { today: '2026-11-23' });
    expect(today.figure('19-2025', 'received', '2024')?.value).toBe(40_000);
    expect(today.figure('19-2025', 'resolution_rate', '2024')?.value).toBeCloseTo((36_900 / 40_000) * 100, 9);
    expect(today.figure('19-2025', 'received', '2025-Q3')?.value).toBe(12_000);
    expect(today.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('without --today the old figures stay under their own units only', () => {
    expect(loadFixture('fixtures/today').figure('19-2025', 'received', '2024')).toBeUndefined();
  });
});
