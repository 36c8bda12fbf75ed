// A sparkline as an SVG path: no axes, just the shape of the series and the current point.
export interface SparklineGeometry {
  path: string;
  /** The selected period's point, if in the series. */
  dot: { x: number; y: number } | null;
}

export function sparklinePath(points: readonly { value: number; current: boolean }[], width: number, height: number, pad = 3): SparklineGeometry {
  if (points.length === 0) return { path: '', dot: null };
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => (points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) * (height - 2 * pad)) / span);
  const r = (n: number) => Math.round(n * 10) / 10;
  const coords = points.map((p, i) => `${r(x(i))},${r(y(p.value))}`);
  const path = points.length === 1 ? `M${r(x(0) - 6)},${r(y(values[0]))}L${r(x(0) + 6)},${r(y(values[0]))}` : `M${coords.join('L')}`;
  const i = points.findIndex((p) => p.current);
  return { path, dot: i >= 0 ? { x: r(x(i)), y: r(y(points[i].value)) } : null };
}
