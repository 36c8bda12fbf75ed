// An embedded widget's code (EmbedFrame.tsx shows it), loaded only for the widget embedded, and
// asked for with the embed's own code (main.ts mounts the widget once it is here), while the
// worker reads the figures.
//
// Asked for by React.lazy once the figures had come, it cost the frame twice. A chain of requests
// (the widget, then the chunks it needs) stood between the figures and the frame. And the render
// that brought the figures suspended on it: React committed the loading fallback, then held the
// frame back 300 ms after it (its throttle on revealing suspended content), even where the code
// came sooner. On the bundled data, the comparison widget's frame came 340 ms after the worker's
// figures (.tmp/embedprof.mts), 160 ms of it idle.
import type { Widget } from '../../state/embed';

const widgetCode = {
  kpis: () => import('../KpiCards'),
  // The comparison's bars are HTML here, as the levels' are everywhere: an embed loads no ECharts for them.
  compare: () => import('./CompareBars'),
  trend: () => import('../TrendChart'),
  levels: () => import('../LevelChart'),
  status: () => import('../StatusPanels'),
  online: () => import('../StatusPanels'),
  satisfaction: () => import('../SatisfactionChart'),
  table: () => import('../RankingTable'),
  map: () => import('../map/MapPanel'),
} satisfies Record<Widget, () => Promise<unknown>>;

export type WidgetModule<W extends Widget> = Awaited<ReturnType<(typeof widgetCode)[W]>>;

/** A promise as React's `use` reads it: marked once fulfilled, so that a render after the code
 * has come reads it at once, without suspending. */
type Marked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

const asked = new Map<Widget, Marked<unknown>>();

/** The widget's code: fetched once (again after a failure), the same promise each time asked. */
export function widgetModule<W extends Widget>(widget: W): Promise<WidgetModule<W>> {
  let p = asked.get(widget) as Marked<WidgetModule<W>> | undefined;
  if (!p) {
    const q: Marked<WidgetModule<W>> = widgetCode[widget]() as Promise<WidgetModule<W>>;
    q.then((m) => { q.status = 'fulfilled'; q.value = m; }, () => { asked.delete(widget); });
    asked.set(widget, q);
    p = q;
  }
  return p;
}
