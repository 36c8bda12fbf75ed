import { describe, expect, it } from 'vitest';
import { loadSummary, problemAt, qualityList, unusableReason } from './quality';
import { seeds } from './seeds.testutil';
import { loadTexts } from '../../../test/helpers';

describe('qualityList', () => {
  it('lists the seeds\' problems with file:line, filterable by severity and text', () => {
    const m = seeds();
    const all = qualityList(m);
    expect(all.total).toBe(m.problems.length);
    expect(all.counts.error).toBe(0);
    const warnings = qualityList(m, 'warning');
    expect(warnings.items.every((p) => p.severity === 'warning')).toBe(true);
    expect(warnings.items.length).toBe(all.counts.warning);
    const truncated = qualityList(m, 'all', 'truncated');
    expect(truncated.items).toHaveLength(1);
    expect(truncated.items[0].where).toMatch(/^observations\.csv:25:\d+$/);
    expect(truncated.items[0].message).toContain('94,85%');
  });

  it('finds the entry about a printed cell', () => {
    const m = seeds();
    const p = problemAt(m, m.raw.files.find((f) => f.endsWith('observations.csv'))!, 25)!;
    expect(p.code).toBe('rate-truncated');
  });
});

describe('loadSummary and unusableReason', () => {
  it('counts what was read', () => {
    const s = loadSummary(seeds());
    expect(s.observations).toBe(62);
    expect(s.files).toContain('observations.csv');
    expect(unusableReason(seeds())).toBeNull();
  });

  it('an empty file is unusable, with the reader\'s reason', () => {
    const m = loadTexts({ 'observations.csv': '' });
    expect(unusableReason(m)).toContain('empty');
  });
});
