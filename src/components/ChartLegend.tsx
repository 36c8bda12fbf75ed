// A chart's legend in HTML, above its canvas: it wraps on a phone, where ECharts' own legend took a
// second line without moving the plot down for it. The stacked charts (StackedChart.tsx) and the
// service index's ranking (serviceIndex/ServiceIndexPanel.tsx) name their parts with it; the
// names and colours come from the chart's spec (src/charts).
export function ChartLegend({ items, label, outlined = false }: {
  items: readonly { name: string; color: string }[];
  /** What the list names, for a screen reader (the chart it is the legend of). */
  label?: string;
  /** Swatches with a border: for light colours on a light page (the service index's bands). */
  outlined?: boolean;
}) {
  return (
    <ul className={outlined ? 'chart-legend chart-legend--outlined' : 'chart-legend'} aria-label={label}>
      {items.map((l) => <li key={l.name}><span className="chart-legend__swatch" style={{ background: l.color }} aria-hidden="true" />{l.name}</li>)}
    </ul>
  );
}
