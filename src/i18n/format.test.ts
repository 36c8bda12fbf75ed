import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatNumber, formatPercent, formatPoints, formatSigned, qualifierMark, roundTo } from './format';
import { periodFromDays } from '../data/period';
import { formatPeriod } from './format';

describe('numbers', () => {
  it('groups thousands and marks decimals per language', () => {
    expect(formatNumber(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(133555, 'vi')).toBe('133.555');
    expect(formatNumber(32000000, 'en')).toBe('32,000,000');
    expect(formatNumber(999, 'vi')).toBe('999');
    expect(formatNumber(0, 'vi', 2)).toBe('0,00');
  });

  it('rounds half away from zero without binary surprises', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(formatNumber(99.142675, 'vi', 2)).toBe('99,14');
    expect(formatNumber(94.857834, 'vi', 2)).toBe('94,86');
    expect(formatNumber(-0.004, 'vi', 2)).toBe('0,00');
    expect(formatNumber(-12.5, 'en', 1)).toBe('−12.5');
  });

  it('rounds exactly as the figure\'s decimal text does, near a half or not, large or small, either sign', () => {
    // The rounding written with strings only: the fast path in roundTo must never differ from it.
    const byText = (x: number, d: number) => (x < 0 ? -1 : 1) * Number(`${Math.round(Number(`${Math.abs(x)}e${d}`))}e-${d}`);
    // (That text has no exponent: below 1e-6 or from 1e21 JavaScript writes one, and the text rounds to NaN.)
    const same = (x: number, d: number) => /e/.test(String(x)) || Object.is(roundTo(x, d), byText(x, d));
    const decimals = fc.integer({ min: 0, max: 6 });
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), decimals, same), { numRuns: 20_000 });
    fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), decimals, same), { numRuns: 20_000 });
    // Halves as figures are written (k + 0.5 at d decimals, e.g. 1.005, 99.125), and a hair off them.
    const half = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), decimals, fc.constantFrom(0, 1e-9, -1e-9, 1e-12, 4e-7, -4e-7));
    fc.assert(fc.property(half, ([k, d, off]) => same(Number(`${k}.5e-${d}`) + off, d) && same(Number(`${k}.5e-${d}`), d)), { numRuns: 20_000 });
    for (const [x, d] of [[1.005, 2], [-1.005, 2], [2.675, 2], [1.255, 2], [0.5, 0], [-0.5, 0], [-0.004, 2], [1e20, 2], [99.142675, 2], [2 ** 30 / 100 + 0.005, 2]] as const) {
      expect(Object.is(roundTo(x, d), byText(x, d)), `${x} at ${d}`).toBe(true);
    }
    // A remainder of floating arithmetic is nought, not NaN as the text made it (`3e-16e2`).
    expect(roundTo(3e-16, 2)).toBe(0);
    expect(formatNumber(-3e-16, 'vi', 2)).toBe('0,00');
    expect(formatNumber(1e-7, 'en', 1)).toBe('0.0');
  });

  it('percentages with the figure\'s decimals', () => {
    expect(formatPercent(99.142675, 'vi', 2)).toBe('99,14%');
    expect(formatPercent(99.142675, 'en', 2)).toBe('99.14%');
    expect(formatPercent(70.9, 'vi', 1)).toBe('70,9%');
    expect(formatPercent(100, 'en', 0)).toBe('100%');
  });

  it('qualifier marks ≈ > <', () => {
    expect(qualifierMark('~')).toBe('≈');
    expect(formatFigure({ value: 92, qualifier: '~', decimals: 0, kind: 'rate' }, 'vi')).toBe('≈\u00a092%');
    expect(formatFigure({ value: 7800, qualifier: '>', decimals: 0, kind: 'count' }, 'vi')).toBe('>\u00a07.800');
    expect(formatFigure({ value: 7800, qualifier: '>', decimals: 0, kind: 'count' }, 'en')).toBe('>\u00a07,800');
    expect(formatFigure({ value: 5, qualifier: '<', decimals: 0, kind: 'rate' }, 'en')).toBe('<\u00a05%');
    expect(formatFigure({ value: 99.14, qualifier: '=', decimals: 2, kind: 'rate' }, 'vi')).toBe('99,14%');
  });

  it('signed changes and gaps in points', () => {
    expect(formatSigned(0.1629, 'vi', 2)).toBe('+0,16');
    expect(formatSigned(-4.14, 'en', 1)).toBe('−4.1');
    expect(formatSigned(0, 'en', 1)).toBe('0.0');
    expect(formatPoints(4.1, 'vi')).toBe('+4,1\u00a0điểm\u00a0%');
    expect(formatPoints(-15, 'en')).toBe('−15.0\u00a0pts');
  });
});

describe('dates and periods', () => {
  it('dd/mm/yyyy in both languages', () => {
    expect(formatDate('2023-06-30', 'vi')).toBe('30/06/2023');
    expect(formatDate('2022-05-31', 'en')).toBe('31/05/2022');
  });

  it('periods in words', () => {
    expect(formatPeriod(periodFromDays('2023-01-01', '2023-03-31'), 'vi')).toBe('Quý I/2023');
    expect(formatPeriod(periodFromDays('2023-01-01', '2023-03-31'), 'en')).toBe('Q1 2023');
    expect(formatPeriod(periodFromDays('2020-07-01', '2023-06-30'), 'vi')).toBe('01/07/2020 – 30/06/2023');
  });
});
