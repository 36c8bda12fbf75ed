import { describe, expect, it } from 'vitest';
import { DEFAULT_BAND_CUTS, bandOf } from './bands';

describe('bandOf', () => {
  it('by default: Xuất sắc ≥ 90, Tốt 80 to < 90, Khá 70 to < 80, Trung bình 50 to < 70, Yếu < 50', () => {
    expect([100, 90, 89.99, 80, 79.99, 70, 69.99, 50, 49.99, 0].map((t) => bandOf(t)))
      .toEqual(['excellent', 'excellent', 'good', 'good', 'fair', 'fair', 'average', 'average', 'weak', 'weak']);
  });

  it('a sum of decimal groups that lands on a cut point is in the band above (17,5 + … = 90)', () => {
    expect(bandOf(17.1 + 19.2 + 11.3 + 9.4 + 16.5 + 16.5)).toBe('excellent');
  });

  it('takes other cut points', () => {
    const cuts = { ...DEFAULT_BAND_CUTS, excellent: 95 };
    expect([bandOf(92, cuts), bandOf(95, cuts)]).toEqual(['good', 'excellent']);
  });
});
