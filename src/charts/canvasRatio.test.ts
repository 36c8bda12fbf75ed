import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, canvasRatio } from './canvasRatio';

describe('canvasRatio', () => {
  it('a chart that fits keeps the screen\'s own ratio', () => {
    expect(canvasRatio(1240, 4592, 1)).toBe(1);
    expect(canvasRatio(1240, 1000, 2)).toBe(2);
    // Hà Nội's 126 communes on a phone at 3 device px per CSS px: 13.6 million pixels, under the limit.
    expect(canvasRatio(328, 4592, 3)).toBe(3);
    expect(canvasRatio(328, 4592, 2.625)).toBe(2.625);
  });

  it('Thanh Hóa\'s 166 communes on a phone get fewer device pixels: the canvas stays under iOS Safari\'s 16,777,216', () => {
    const r = canvasRatio(328, 6032, 3);
    expect(r).toBe(2.875);
    expect(328 * r * 6032 * r).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    // An eighth more would not fit.
    expect(328 * (r + 0.125) * 6032 * (r + 0.125)).toBeGreaterThan(MAX_CANVAS_AREA);
    // A retina laptop's 2, on the full width.
    expect(canvasRatio(1240, 6032, 2)).toBe(1.375);
  });

  it('a very long chart is bounded by the longest side too, and goes below 1 rather than blank', () => {
    // 3,355 units side by side (a flat list): 120,836 CSS px tall.
    const r = canvasRatio(1240, 120_836, 1);
    expect(r * 120_836).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(1240 * r * 120_836 * r).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(r).toBeGreaterThan(0);
  });

  it('no size or no ratio known: the screen\'s, or 1', () => {
    expect(canvasRatio(0, 500, 2)).toBe(2);
    expect(canvasRatio(500, 500, 0)).toBe(1);
    expect(canvasRatio(500, 500, Number.NaN)).toBe(1);
  });
});
