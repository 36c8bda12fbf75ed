import { describe, expect, it } from 'vitest';
import { partPending } from './childLevels';
import type { Model } from '../model';
import { loadTexts } from '../../../test/helpers';

/** A national summary's model, with the parts its index lists (the worker sets them). */
function withParts(parts: { unit: string; loaded: boolean }[]): Model {
  const m = loadTexts({ 'summary.csv': 'period,unit,indicator,value\n2026-Q1,24,received,1200\n2026-Q1,91,received,1400\n' });
  m.raw.partitions = parts.map((p) => ({ ...p, files: [`provinces/${p.unit}.csv`] }));
  return m;
}

describe('partPending', () => {
  it('a province whose part is not read yet, and a unit under it, are pending; one read, or another province, not', () => {
    const m = withParts([{ unit: '24', loaded: false }, { unit: '91', loaded: true }]);
    expect(partPending(m, '24')).toBe(true);
    expect(partPending(m, '91')).toBe(false);
    // A commune of Bắc Ninh the summary does not name: its code alone, not in the tree.
    expect(partPending(m, '07210')).toBe(false);
    expect(partPending(m, m.tree.roots[0])).toBe(false);
  });

  it('a dataset without parts: nothing is pending', () => {
    expect(partPending(withParts([]), '24')).toBe(false);
  });
});
