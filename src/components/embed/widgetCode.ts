// An embedded widget's code (EmbedFrame.tsx shows it), loaded only for the widget embedded, and
// asked for with the embed's own code (main.ts mounts the widget once it is here), while the
// worker reads the figures.
//
// Asked for by React.lazy once the figures had come, it cost the frame twice. A chain of requests
// (the widget, then the chunks it needs) stood between the figures and the frame. And the render
// that brought the figures suspended on it, even where the code came sooner (moduleLoader.ts). On
// the bundled data, the comparison widget's frame came 340 ms after the worker's figures
// (.tmp/embedprof.mts), 160 ms of it idle.
import type { Widget } from '../../state/embed';
import { moduleLoader } from '../moduleLoader';

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

const loaders = new Map<Widget, () => Promise<unknown>>();

/** The widget's code: fetched once (again after a failure), the same promise each time asked,
 * marked for React's `use` once here (moduleLoader.ts). */
export function widgetModule<W extends Widget>(widget: W): Promise<WidgetModule<W>> {
  let load = loaders.get(widget);
  if (!load) loaders.set(widget, (load = moduleLoader<unknown>(widgetCode[widget])));
  return load() as Promise<WidgetModule<W>>;
}
