import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../data/period';
import { coveredPeriods } from './periods';

describe('coveredPeriods: months from the first to the last received month; quarters and years only when whole', () => {
  it('three months make a quarter, not a year', () => {
    expect(coveredPeriods('2025-10-20', '2025-12-30').map((p) => p.period_key)).toEqual(['2025-10', '2025-11', '2025-12', '2025-Q4']);
  });

  it('a quarter started in its second month is left out; a whole year is in', () => {
    const keys = coveredPeriods('2025-08-03', '2027-01-05').map((p) => p.period_key);
    expect(keys.filter((k) => k.includes('Q'))).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(keys.filter((k) => /^\d{4}$/.test(k))).toEqual(['2026']);
    expect(keys.filter((k) => /^\d{4}-\d{2}$/.test(k))).toHaveLength(18);
  });

  it('first and last days are right (leap February, 31-day months), and keys are the canonical ones the reader parses', () => {
    const ps = coveredPeriods('2024-01-15', '2024-12-01');
    expect(ps.find((p) => p.period_key === '2024-02')).toEqual({ period_key: '2024-02', kind: 'month', start_date: '2024-02-01', end_date: '2024-02-29' });
    expect(ps.find((p) => p.period_key === '2024-Q3')).toEqual({ period_key: '2024-Q3', kind: 'quarter', start_date: '2024-07-01', end_date: '2024-09-30' });
    expect(ps.find((p) => p.period_key === '2024')).toEqual({ period_key: '2024', kind: 'year', start_date: '2024-01-01', end_date: '2024-12-31' });
    for (const p of ps) {
      const r = parsePeriod(p.period_key);
      expect(r.ok && [r.period.key, r.period.start, r.period.end]).toEqual([p.period_key, p.start_date, p.end_date]);
    }
  });
});
