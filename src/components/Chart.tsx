// Charts load ECharts on demand, so the KPI cards do not wait for it: a placeholder of the
// chart's height stands in until the chunk arrives. Nothing is asked for until a chart comes near
// the screen: a phone that opens on the cards does not download ECharts before the reader
// scrolls to a chart. From then on every chart loads its parts (drawing only near the screen), so
// printing can draw them all at once. On a wide screen the app fetches it at once (prefetchCharts).
import { useEffect, useRef, useSyncExternalStore, type Ref } from 'react';
import type { ChartClick } from './EChart';
import type { ChartOption } from '../charts/option';
import type { Lang } from '../i18n/format';
import { useNearScreen } from './useNearScreen';
import type { ChartPart } from '../charts/parts';
import { ModuleStore, useModule } from './moduleStore';

export type { ChartClick };

// ECharts' code (moduleStore.ts: a chart is its placeholder until it has come, then drawn by a
// plain state update, not suspended). Fetched only once a chart is wanted.
const echartCode = new ModuleStore(() => import('./EChart'));
/** Whether a chart has come near the screen yet (once true, true for the page's life). */
let wanted = false;
const listeners = new Set<() => void>();

function want(): void {
  if (wanted) return;
  wanted = true;
  void echartCode.load().catch(() => {});
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; };
const useWanted = () => useSyncExternalStore(subscribe, () => wanted, () => wanted);

/**
 * Fetches ECharts now, before any chart asks: the app calls it on a wide screen, whose first screen
 * holds a chart beside the cards, so ECharts arrives while the figures are still loading rather
 * than after them. (Not done here, as this module loads: an embed's comparison, drawn without
 * ECharts, shares this module's chunk.)
 */
export function prefetchCharts(): void {
  if (typeof window === 'undefined' || !window.matchMedia?.('(min-width: 1024px)').matches) return;
  want();
}

/**
 * Fetches the ECharts parts a chart to come will need (src/charts/parts.ts), where ECharts is
 * wanted already (a wide screen, or a chart came near the screen): a phone still fetches nothing of
 * ECharts before a chart comes near its screen.
 */
export function prefetchChartParts(parts: readonly ChartPart[]): void {
  if (!wanted) return;
  void import('../charts/parts').then((m) => m.loadParts(parts)).catch(() => {});
}

/** The chart's place, of its height, before it is drawn: `loading` while ECharts' chunk arrives. */
function Frame({ height, name, loading = false, ref }: { height: number; name: string; loading?: boolean; ref?: Ref<HTMLDivElement> }) {
  return <div ref={ref} className={loading ? 'chart chart--loading' : 'chart'} data-chart={name} style={{ height }} aria-hidden="true" />;
}

/** The chart's place before any chart was near the screen (nothing is loading): it says when it comes near. */
function Waiting({ height, name }: { height: number; name: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearScreen(frame);
  useEffect(() => { if (near) want(); }, [near]);
  return <Frame ref={frame} height={height} name={name} />;
}

export function Chart(props: { option: ChartOption; height: number; lang: Lang; name: string; onClick?: (p: ChartClick) => void }) {
  const isWanted = useWanted();
  const loaded = useModule(echartCode, isWanted);
  if (!isWanted) return <Waiting height={props.height} name={props.name} />;
  if (loaded) return <loaded.EChart {...props} />;
  return <Frame loading height={props.height} name={props.name} />;
}
