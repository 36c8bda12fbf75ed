// The comparison an embed shows: the same panel as the app's, its bars drawn in HTML (BarList), so
// that the widget loads no chart library. The chart's PNG and SVG downloads still draw the canvas
// chart's option, loading ECharts then, on demand.
import { useMemo } from 'react';
import { compareBars } from '../../charts/barList';
import { indicatorName } from '../../i18n/messages';
import { useTheme } from '../appContext';
import { ComparePanel, type CompareDrawing, type CompareProps } from '../ComparePanel';
import { BarList } from '../barList/BarList';

function Bars({ drawing, props }: { drawing: CompareDrawing; props: CompareProps }) {
  const theme = useTheme();
  const { model, view, locale } = props;
  const name = indicatorName(model.catalogue.get(view.indicator), locale.lang, view.indicator);
  const spec = useMemo(() => compareBars(drawing.cv, theme, locale, { indicatorName: name }), [drawing.cv, theme, locale, name]);
  return <BarList spec={spec} name="compare" onSelect={props.onSelectUnit} />;
}

export function CompareBars(props: CompareProps) {
  return <ComparePanel {...props} draw={(d) => <Bars drawing={d} props={props} />} />;
}
