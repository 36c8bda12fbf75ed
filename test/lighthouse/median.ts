// The median of a few runs' scores: Lighthouse's mobile performance swings by about ±5 points from
// run to run on 2 cores, so one run says little about a goal of 90; the median of three says more.
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('no runs');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
