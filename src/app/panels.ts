// The overview's panels below the comparison, each with code of its own (TanStack Table, the map's
// view and option, the other panels): loaded after the first paint, so the initial JS stays small.
// While the worker reads and computes a dataset (seconds for a province's history), the page's
// thread and the network are idle: the panels' code, and on a wide screen the comparison's chart
// series, are fetched then (prefetchOverview), not after the figures arrive. At 100k rows the
// comparison's bar series and the chunks it needs were asked for only after the figures came,
// 300 ms before its first drawing, a waterfall a slower network makes longer.
import { prefetchChartParts } from '../components/Chart';
import { ModuleStore } from '../components/moduleStore';
import { onView } from '../components/onView';

// Each panel's code (components/moduleStore.ts: a panel is drawn once its code has come, by a plain
// state update, not suspended). Panels that show only part of the view are rendered again only
// when that part changes (onView), wrapped here once.
export const panelCode = {
  ranking: new ModuleStore(() => import('../components/RankingTable')),
  map: new ModuleStore(() => import('../components/map/MapPanel')),
  levels: new ModuleStore(() => import('../components/LevelChart').then((m) => onView(m.LevelChart, ['unit', 'indicator', 'period']))),
  trend: new ModuleStore(() => import('../components/TrendChart')),
  satisfaction: new ModuleStore(() => import('../components/SatisfactionChart').then((m) => onView(m.SatisfactionChart, ['unit', 'period', 'level']))),
  status: new ModuleStore(() => import('../components/StatusPanels').then((m) => ({
    DossierStatusPanel: onView(m.DossierStatusPanel, ['unit', 'period', 'level']),
    OnlinePanel: onView(m.OnlinePanel, ['unit', 'period', 'level']),
  }))),
  plan: new ModuleStore(() => import('../components/targets/TargetTracker')),
  quality: new ModuleStore(() => import('../components/QualityPanel').then((m) => onView(m.QualityPanel, []))),
  serviceIndex: new ModuleStore(() => import('../components/serviceIndex/ServiceIndexPanel').then((m) => onView(m.ServiceIndexPanel, ['unit', 'period']))),
};

let asked = false;

/** Fetches, once, the code the overview needs after its first screen (see above). */
export function prefetchOverview(): void {
  if (asked) return;
  asked = true;
  for (const code of Object.values(panelCode)) void code.load().catch(() => { asked = false; });
  // The comparison's bars and target line (src/charts/compare.ts), where ECharts is wanted already;
  // and the trend's line and the legend of the status charts, which a first drill lands on: it
  // waited for their chunks before it could draw them.
  prefetchChartParts(['bar', 'markLine', 'line', 'legend']);
}
