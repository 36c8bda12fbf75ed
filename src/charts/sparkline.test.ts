import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline';

describe('sparklinePath', () => {
  it('spans the width, higher values higher up, with a dot on the current point', () => {
    const g = sparklinePath([{ value: 1, current: false }, { value: 3, current: false }, { value: 2, current: true }], 100, 20, 0);
    expect(g.path).toBe('M0,20L50,0L100,10');
    expect(g.dot).toEqual({ x: 100, y: 10 });
  });

  it('one point is a short flat stroke; none is nothing', () => {
    expect(sparklinePath([{ value: 5, current: true }], 40, 10, 0).path).toBe('M14,5L26,5');
    expect(sparklinePath([], 40, 10)).toEqual({ path: '', dot: null });
  });
});
