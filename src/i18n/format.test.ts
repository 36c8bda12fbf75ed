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
