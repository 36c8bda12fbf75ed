// One ECharts canvas. The instance is also put on its element (`echartsInstance`) so browser
// tests can find a bar's pixel with convertToPixel. A chart that drills (it has `onClick`) is
// also a keyboard control: Tab to it, the arrow keys move from bar to bar (highlighted, with its
// tooltip, and announced), Enter drills in, Escape hides the tooltip. A chart draws only on or
// near the screen (useScreenPlace), or once while the page is idle (idleDraw.ts): until then its
// frame holds its place, and off screen it keeps the option it last drew until the reader comes
// back to it. Near the screen but not on it, it takes
// a new view a pass later, after the frame that shows the change. Its tooltip may come later
// (useLateTooltip). A hidden chart keeps its picture and size (useChartSize).
import { EChartsCore } from './echartsCore';
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { echarts, echartsLocale, REPLACED_COMPONENTS } from '../charts/echarts';
import { loadParts, partsOf, partsReady } from '../charts/parts';
import { itemLabels } from '../charts/keyboard';
import { canvasRatio } from '../charts/canvasRatio';
import type { ChartOption } from '../charts/option';
import type { Lang } from '../i18n/format';
import { useLocale } from './appContext';
import { useScreenPlace } from './useNearScreen';
import { useLateTooltip } from './useLateTooltip';
import { useChartSize } from './useChartSize';
import { usePanelHidden } from './panelHidden';
import { idleDrawPoke, useIdleTurn } from './idleDraw';

export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  data: unknown;
}

type Instance = ReturnType<typeof echarts.init>;

/**
 * The chart fills its frame, whose height the view sets: a style that never changes, so a new
 * height is taken up by the chart's size observer after layout rather than by a resize that would
 * measure the page in the middle of React's commit.
 */
const FILL = { height: '100%', width: '100%' } as const;

export function EChart({ option, height, lang, name, onClick }: { option: ChartOption; height: number; lang: Lang; name: string; onClick?: (p: ChartClick) => void }) {
  const { m } = useLocale();
  // The series types and components this option needs are registered first (each its own chunk).
  const parts = useMemo(() => partsOf(option), [option]);
  const [, setLoaded] = useState(0);
  const ready = partsReady(parts);
  useEffect(() => {
    if (!ready) void loadParts(parts).then(() => setLoaded((n) => n + 1));
  }, [parts, ready]);

  const frame = useRef<HTMLDivElement>(null);
  // Drawn near the screen, and not while its panel hides it (the screen's observer hears of that
  // only after the page has been drawn once more).
  const place = useScreenPlace(frame);
  const hidden = usePanelHidden();
  const shown = place.near && !hidden;
  // On the screen, a new view is drawn at once, in the frame that shows the change. Near the screen
  // but below (or above) it, a pass later (a deferred value, rendered after that frame), keeping
  // what it drew meanwhile: a filter change at a province drew the trend chart under the fold in
  // its task (20-45 ms at 1M rows), before the browser could show the change on the screen.
  const view = useMemo(() => ({ option, height }), [option, height]);
  const later = useDeferredValue(view);
  const current = place.on || later === view ? view : null;
  // What the chart draws: that view when shown, else the one it drew last (none yet).
  const drawnLast = useRef<{ option: ChartOption; lang: Lang; height: number } | null>(null);
  // Far from the screen and never drawn: drawn once while the page is idle (idleDraw.ts), then kept.
  const idleTurn = useIdleTurn(frame, !shown && !hidden && drawnLast.current === null);
  useEffect(() => idleDrawPoke(), [option]);
  const drawNow = (shown || idleTurn) && current !== null;
  const drawn = drawNow ? { option: current.option, lang, height: current.height } : drawnLast.current;
  useEffect(() => { if (drawNow) drawnLast.current = drawn; });
  // The frame takes the view's height at once (the page's layout, which says where every chart is,
  // is the view's); a chart waiting for its pass is not resized to it meanwhile (useChartSize).
  const held = useRef(false);
  useLayoutEffect(() => { held.current = shown && !current; });
  // A tall chart on a dense screen gets fewer device pixels than the screen has, so its canvas is
  // never too large to draw (canvasRatio); the window's width bounds the chart's. From the height
  // drawn, not the view's: a hidden chart is not made anew. A new ratio makes the chart anew.
  const ratio = drawn ? canvasRatio(window.innerWidth, drawn.height, window.devicePixelRatio) : 1;
  const opts = useMemo(
    () => ({ renderer: 'canvas' as const, locale: echartsLocale(drawn?.lang ?? lang), ...(ratio !== window.devicePixelRatio ? { devicePixelRatio: ratio } : {}) }),
    [drawn?.lang, lang, ratio],
  );

  const instance = useRef<Instance | null>(null);
  // Resized with its frame, except while the frame is hidden (useChartSize).
  useChartSize(frame, instance, { held });
  // echarts-for-react unbinds and binds the chart's events again whenever `onEvents` is not
  // deep-equal to the last one, which a new click handler never is: one stable object calls the
  // latest handler, so a drill does not touch the events of every chart.
  const click = useRef(onClick);
  click.current = onClick;
  const events = useMemo(() => ({ click: (p: ChartClick) => click.current?.(p) }), []);
  const labels = useMemo(() => itemLabels(option), [option]);
  const [active, setActive] = useState(-1);
  const tooltip = useLateTooltip(option, ready, instance, drawnLast, active);
  useEffect(() => setActive(-1), [option]);
  useEffect(() => {
    const chart = instance.current;
    if (!chart || chart.isDisposed()) return;
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (active < 0) { chart.dispatchAction({ type: 'hideTip' }); return; }
    chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: active });
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: active });
  }, [active]);

  // A new option with a new height (a province's twenty rows, then a commune's one) is drawn once,
  // at its height: set without drawing (lazyUpdate), then the chart resized to the height the view
  // gives, which draws it, in the same commit. Left to the size observer, the chart drew the new
  // option at the old height in React's commit, then again at the new one after layout.
  // (echarts-for-react asks `shouldSetOption` before it sets an option itself; `false` skips it.)
  const drawnHeight = useRef(drawn?.height);
  drawnHeight.current = drawn?.height;
  const shouldSetOption = useMemo(() => (before: { option: object; opts?: object }, next: { option: object; opts?: object }) => {
    const c = instance.current;
    const height = drawnHeight.current;
    if (!c || c.isDisposed() || height === undefined || before.opts !== next.opts || before.option === next.option || c.getHeight() === height) return true;
    c.setOption(next.option as Parameters<Instance['setOption']>[0], { replaceMerge: REPLACED_COMPONENTS, lazyUpdate: true });
    c.resize({ width: c.getWidth(), height });
    return false;
  }, []);

  const keys = onClick && labels.length > 0;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!keys) return;
    const last = labels.length - 1;
    const move = (i: number) => { e.preventDefault(); setActive(Math.max(0, Math.min(last, i))); };
    switch (e.key) {
      case 'ArrowDown': case 'ArrowRight': move(active + 1); break;
      case 'ArrowUp': case 'ArrowLeft': move(active < 0 ? 0 : active - 1); break;
      case 'Home': move(0); break;
      case 'End': move(last); break;
      case 'Escape': setActive(-1); break;
      case 'Enter': case ' ': {
        if (active < 0) { move(0); break; }
        e.preventDefault();
        const data = (option.series as { data?: unknown[] }[] | undefined)?.[0]?.data?.[active];
        onClick({ dataIndex: active, seriesIndex: 0, data });
        break;
      }
      default:
    }
  };
  return (
    <div
      ref={frame} className={ready ? 'chart' : 'chart chart--loading'} data-chart={name} style={{ height }}
      {...tooltip.frameProps}
      {...(ready && keys ? { tabIndex: 0, role: 'application', 'aria-roledescription': m.chartRole, 'aria-label': m.chartKeys, onKeyDown, onBlur: () => setActive(-1) } : {})}
      {...(ready ? {} : { 'aria-hidden': true })}
    >
      {ready && drawn && <EChartsCore
        key={drawn.lang}
        echarts={echarts}
        option={drawn.option}
        replaceMerge={REPLACED_COMPONENTS}
        shouldSetOption={shouldSetOption}
        style={FILL}
        autoResize={false}
        opts={opts}
        onEvents={events}
        onChartReady={(chart) => {
          instance.current = chart as Instance;
          tooltip.created(drawn.option);
          (chart.getDom() as HTMLElement & { echartsInstance?: unknown }).echartsInstance = chart;
        }}
      />}
      {keys && <p className="sr-only" aria-live="polite">{active >= 0 ? labels[active] : ''}</p>}
    </div>
  );
}

// For the picture export (download/chartImage.ts): the same parts, from this chunk.
export { loadParts, partsOf };
