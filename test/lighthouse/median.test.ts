import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
  it('is the middle score of an odd number of runs, whatever their order', () => {
    expect(median([86, 91, 78])).toBe(86);
    expect(median([91])).toBe(91);
  });
  it('is the mean of the two middle scores of an even number', () => {
    expect(median([80, 90, 84, 88])).toBe(86);
  });
  it('refuses no runs at all', () => {
    expect(() => median([])).toThrow('no runs');
  });
});
