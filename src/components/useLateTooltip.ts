// The charts' tooltip, which comes after the first charts have drawn (src/charts/parts.ts). Its code
// is fetched when the page is idle after a chart has drawn (registering it costs nothing). A chart
// created before that has no tooltip model (ECharts skips an option's unknown components): it takes
// its tooltip when the reader first points at it or focuses it — merging it into every chart as
// soon as it came would update each chart once more while the page is still opening. What the
// reader reached meanwhile then shows its tooltip: the bar the keys moved to, or what is under a
// pointer that came onto the chart and stayed still. (A tap on a bar drills in, as a click does.)
import { useEffect, useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import { interactionPartsOf, loadParts, partsReady } from '../charts/parts';

/** What of an ECharts instance this needs. */
interface TooltipChart {
  isDisposed(): boolean;
  setOption(option: object): void;
  dispatchAction(action: object): void;
  getDom(): HTMLElement;
}

/**
 * `ready`: the chart's own parts are loaded (it can draw); `drawn`: the option it drew last;
 * `active`: the bar the keys are on (-1: none). Gives the frame's handlers, and `created`, to call
 * when the instance is made with the option it first draws.
 */
export function useLateTooltip(option: unknown, ready: boolean, chart: RefObject<TooltipChart | null>, drawn: RefObject<{ option: { tooltip?: unknown } } | null>, active: number) {
  const parts = useMemo(() => interactionPartsOf(option), [option]);
  const tipped = useRef(false);
  const asking = useRef(false);
  const activeNow = useRef(active);
  activeNow.current = active;
  // Where the pointer is over the chart until then (page coordinates), or null once it has left.
  const pointer = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (!ready || partsReady(parts)) return;
    // Not fetched (offline): the reader's first pointer or focus asks again.
    const load = () => void loadParts(parts).catch(() => {});
    if (typeof requestIdleCallback !== 'function') { const t = setTimeout(load, 500); return () => clearTimeout(t); }
    const id = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [ready, parts]);

  const take = () => {
    if (tipped.current || asking.current || parts.length === 0) return;
    asking.current = true;
    void loadParts(parts).finally(() => { asking.current = false; }).then(() => {
      const c = chart.current;
      const shown = drawn.current;
      if (tipped.current || !c || c.isDisposed() || !shown) return;
      tipped.current = true;
      c.setOption({ tooltip: shown.option.tooltip });
      if (activeNow.current >= 0) c.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: activeNow.current });
      else if (pointer.current) {
        const box = c.getDom().getBoundingClientRect();
        c.dispatchAction({ type: 'showTip', x: pointer.current.x - box.left, y: pointer.current.y - box.top });
      }
    }, () => { /* not fetched: the next pointer or focus asks again */ });
  };
  const onPointer = (e: PointerEvent<HTMLElement>) => {
    if (tipped.current) return;
    pointer.current = { x: e.clientX, y: e.clientY };
    take();
  };

  return {
    frameProps: { onPointerEnter: onPointer, onPointerMove: onPointer, onPointerLeave: () => { pointer.current = null; }, onFocus: take },
    /** A new instance has its tooltip if the tooltip was registered when it first drew. */
    created: (first: unknown) => { tipped.current = partsReady(interactionPartsOf(first)); },
  };
}
