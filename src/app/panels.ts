// The overview's panels below the comparison, each with code of its own (TanStack Table, the map's
// view and option, the other panels): loaded after the first paint, so the initial JS stays small.
// While the worker reads and computes a dataset (seconds for a province's history), the page's
// thread and the network are idle: the panels' code, and on a wide screen the comparison's chart
// series, are fetched then (prefetchOverview), not after the figures arrive. At 100k rows the
// comparison's bar series and the chunks it needs were asked for only after the figures came,
// 300 ms before its first drawing, a waterfall a slower network makes longer.
import { prefetchChartParts } from '../components/Chart';

export const panelCode = {
  ranking: () => import('../components/RankingTable'),
  map: () => import('../components/map/MapPanel'),
  levels: () => import('../components/LevelChart'),
  trend: () => import('../components/TrendChart'),
  satisfaction: () => import('../components/SatisfactionChart'),
  status: () => import('../components/StatusPanels'),
  plan: () => import('../components/targets/TargetTracker'),
  quality: () => import('../components/QualityPanel'),
  serviceIndex: () => import('../components/serviceIndex/ServiceIndexPanel'),
};

let asked = false;

/** Fetches, once, the code the overview needs after its first screen (see above). */
export function prefetchOverview(): void {
  if (asked) return;
  asked = true;
  for (const load of Object.values(panelCode)) void load().catch(() => { asked = false; });
  // The comparison's bars and target line (src/charts/compare.ts), where ECharts is wanted already;
  // and the trend's line and the legend of the status charts, which a first drill lands on: it
  // waited for their chunks before it could draw them.
  prefetchChartParts(['bar', 'markLine', 'line', 'legend']);
}
