// The parts of ECharts an option needs beyond the core (grid, aria, canvas): each is a chunk of
// its own, loaded before the chart draws — an embedded bar chart never loads the line series or
// the legend. The tooltip is a part too, but nothing is drawn with it until the reader points at
// a chart or moves through it with the keys: it is fetched when the page is idle after a chart has
// drawn, and a chart takes it when first pointed at or focused (EChart.tsx), so the first chart
// does not wait for its 15 KB (gzip, with the axis pointer it installs).
export type ChartPart = 'bar' | 'line' | 'legend' | 'markLine' | 'tooltip';

/** The part an option's interaction needs, loaded after it draws: its tooltip, if it has one. */
export function interactionPartsOf(option: unknown): ChartPart[] {
  return (option as { tooltip?: unknown }).tooltip ? ['tooltip'] : [];
}

interface OptionShape {
  series?: { type?: string; markLine?: unknown }[] | { type?: string; markLine?: unknown };
  legend?: unknown;
}

export function partsOf(option: unknown): ChartPart[] {
  const o = option as OptionShape;
  const series = Array.isArray(o.series) ? o.series : o.series ? [o.series] : [];
  const parts = new Set<ChartPart>();
  for (const s of series) {
    if (s.type === 'bar') parts.add('bar');
    if (s.type === 'line') parts.add('line');
    if (s.markLine) parts.add('markLine');
  }
  if (o.legend) parts.add('legend');
  return [...parts].sort();
}

const loaders: Record<ChartPart, () => Promise<unknown>> = {
  bar: () => import('./parts/bar'),
  line: () => import('./parts/line'),
  legend: () => import('./parts/legend'),
  markLine: () => import('./parts/markLine'),
  tooltip: () => import('./parts/tooltip'),
};

const loaded = new Set<ChartPart>();

/** Whether every part is registered already (then the chart can draw at once). */
export function partsReady(parts: readonly ChartPart[]): boolean {
  return parts.every((p) => loaded.has(p));
}

export async function loadParts(parts: readonly ChartPart[]): Promise<void> {
  await Promise.all(parts.filter((p) => !loaded.has(p)).map((p) => loaders[p]().then(() => loaded.add(p))));
}
