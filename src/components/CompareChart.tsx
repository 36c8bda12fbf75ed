// The comparison in the app: its panel around the canvas chart (ECharts); a click on a bar drills in.
// A long list (a province's 168 wards) is drawn a page at a time, best first (model/views/rowPage).
import { useTheme } from './appContext';
import { Chart } from './Chart';
import { ComparePanel, type CompareDrawing, type CompareProps } from './ComparePanel';
import { Pager } from './pager/Pager';
import { useRowPage } from './pager/useRowPage';
import { compareHeight, compareOption } from '../charts/compare';
import type { ChartOption } from '../charts/option';
import type { Locale } from '../i18n/messages';

// A page's option, made once per comparison: a drill in and back finds the very option it drew.
const pageOptions = new WeakMap<CompareDrawing['cv'], Map<string, ChartOption>>();

function PagedCompare({ drawing, locale, onSelectUnit }: { drawing: CompareDrawing; locale: Locale; onSelectUnit: (unit: string) => void }) {
  const theme = useTheme();
  const { cv } = drawing;
  const paging = useRowPage(cv.rows.length, cv);
  const { from, to } = paging.page;
  let option = drawing.option;
  if (to - from < cv.rows.length) {
    let byPage = pageOptions.get(cv);
    if (!byPage) pageOptions.set(cv, (byPage = new Map()));
    const key = `${from}-${to}`;
    option = byPage.get(key) ?? compareOption(cv, theme, locale, { indicatorName: drawing.indicatorName }, { from, to });
    byPage.set(key, option);
  }
  return (
    <>
      <Chart
        name="compare" lang={locale.lang} option={option} height={compareHeight(to - from, !!cv.target)}
        onClick={(p) => { const unit = (p.data as { unit?: string } | null)?.unit; if (unit) onSelectUnit(unit); }}
      />
      <Pager paging={paging} ranked />
    </>
  );
}

export function CompareChart(props: CompareProps) {
  return <ComparePanel {...props} draw={(d) => <PagedCompare drawing={d} locale={props.locale} onSelectUnit={props.onSelectUnit} />} />;
}
