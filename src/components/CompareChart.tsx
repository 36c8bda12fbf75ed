// The comparison in the app: its panel around the canvas chart (ECharts); a click on a bar drills in.
import { Chart } from './Chart';
import { ComparePanel, type CompareProps } from './ComparePanel';

export function CompareChart(props: CompareProps) {
  const { onSelectUnit, locale } = props;
  return (
    <ComparePanel
      {...props}
      draw={({ option, height }) => (
        <Chart
          name="compare" lang={locale.lang} option={option} height={height}
          onClick={(p) => { const unit = (p.data as { unit?: string } | null)?.unit; if (unit) onSelectUnit(unit); }}
        />
      )}
    />
  );
}
