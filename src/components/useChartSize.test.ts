import { describe, expect, it } from 'vitest';
import { needsResize } from './useChartSize';

describe('needsResize: a chart follows its frame, except a hidden one', () => {
  it('resizes to a new size', () => {
    expect(needsResize({ width: 1240, height: 140 }, { width: 1240, height: 4592 })).toBe(true);
    expect(needsResize({ width: 320, height: 4592 }, { width: 1240, height: 4592 })).toBe(true);
  });
  it('leaves a chart whose panel hides it (a frame of no size) as it is', () => {
    expect(needsResize({ width: 0, height: 0 }, { width: 1240, height: 4592 })).toBe(false);
    expect(needsResize({ width: 1240, height: 0 }, { width: 1240, height: 4592 })).toBe(false);
  });
  it('does nothing for the size the chart has (shown again as it was hidden)', () => {
    expect(needsResize({ width: 1240, height: 4592 }, { width: 1240, height: 4592 })).toBe(false);
  });
});
