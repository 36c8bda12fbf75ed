// A tiny line of the indicator over periods of the same kind (decorative: the card says the change).
import { sparklinePath } from '../charts/sparkline';

export function Sparkline({ points }: { points: { value: number; current: boolean }[] }) {
  if (points.length < 2) return null;
  const w = 96;
  const h = 24;
  const g = sparklinePath(points, w, h);
  return (
    <svg className="sparkline" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      <path d={g.path} fill="none" stroke="currentColor" strokeWidth="1.5" />
      {g.dot && <circle cx={g.dot.x} cy={g.dot.y} r="2.5" fill="currentColor" />}
    </svg>
  );
}
