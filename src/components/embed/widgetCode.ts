// An embedded widget's code (EmbedFrame.tsx shows it), loaded only for the widget embedded, and
// asked for with the embed's own code (main.ts mounts the widget once it is here), while the
// worker reads the figures.
//
// Asked for by React.lazy once the figures had come, it cost the frame twice. A chain of requests
// (the widget, then the chunks it needs) stood between the figures and the frame. And the render
// that brought the figures suspended on it, even where the code came sooner (../moduleStore.ts). On
// the bundled data, the comparison widget's frame came 340 ms after the worker's figures
// (.tmp/embedprof.mts), 160 ms of it idle.
import type { Widget } from '../../state/embed';
import { ModuleStore } from '../moduleStore';

// The dossiers' status and the online share are two panels of one module: one store for both.
const statusPanels = new ModuleStore(() => import('../StatusPanels'));

/** Each widget's code (../moduleStore.ts: the widget is drawn once it has come, not suspended). */
export const widgetCode = {
  kpis: new ModuleStore(() => import('../KpiCards')),
  // The comparison's bars are HTML here, as the levels' are everywhere: an embed loads no ECharts for them.
  compare: new ModuleStore(() => import('./CompareBars')),
  trend: new ModuleStore(() => import('../TrendChart')),
  levels: new ModuleStore(() => import('../LevelChart')),
  status: statusPanels,
  online: statusPanels,
  satisfaction: new ModuleStore(() => import('../SatisfactionChart')),
  table: new ModuleStore(() => import('../RankingTable')),
  map: new ModuleStore(() => import('../map/MapPanel')),
} satisfies Record<Widget, ModuleStore<unknown>>;
