// How many device pixels a chart's canvas gets per CSS pixel. A phone's screen has 3 (some 4), so a
// comparison of a province's 166 communes (6,032 CSS px tall) would be a canvas of 19.5 million
// pixels at 360 px wide: more than iOS Safari draws (16,777,216, where it leaves the canvas blank),
// and 78 MB of memory on any phone. Such a chart gets fewer pixels per CSS pixel — a little less
// sharp, never blank. Every other chart gets the screen's own ratio.

/** The largest canvas area iOS Safari draws; Chromium and Firefox draw more, but not for free. */
export const MAX_CANVAS_AREA = 16_777_216;
/** The longest canvas side the browsers draw. */
export const MAX_CANVAS_SIDE = 32_767;

/**
 * The device pixel ratio for a canvas of `width` × `height` CSS px on a screen of `deviceRatio`:
 * the screen's own when the canvas fits, else the largest that fits, in eighth steps (so a chart
 * whose height changes with each drill is made anew only when it crosses a step).
 */
export function canvasRatio(width: number, height: number, deviceRatio: number): number {
  const ratio = deviceRatio > 0 && Number.isFinite(deviceRatio) ? deviceRatio : 1;
  if (!(width > 0) || !(height > 0)) return ratio;
  const fits = Math.min(Math.sqrt(MAX_CANVAS_AREA / (width * height)), MAX_CANVAS_SIDE / Math.max(width, height));
  if (ratio <= fits) return ratio;
  return Math.floor(fits * 8) / 8 || fits;
}
