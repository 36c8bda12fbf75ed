// A chart follows its frame's size, but not while the frame is hidden. echarts-for-react's own
// size watcher resizes the chart to nothing when its panel hides it (a drill into a unit without
// children): the canvas was cleared and drawn again at 100 × 100 px, then, on the way back, made
// anew at its full size (1240 × 4592 px for 126 communes) and drawn in full. Skipping a frame of
// no size, and a size the chart already has, keeps the hidden chart's picture: when the panel shows
// it again with the same option, nothing is drawn at all.
import { useEffect, useRef, type RefObject } from 'react';

interface Sized { isDisposed(): boolean; getDom(): HTMLElement; getWidth(): number; getHeight(): number; resize(opts: { width: 'auto'; height: 'auto' }): void }

/** Whether a chart of `chart`'s size in a frame of this size should be resized (pure). */
export function needsResize(frame: { width: number; height: number }, chart: { width: number; height: number }): boolean {
  if (frame.width === 0 || frame.height === 0) return false;
  return frame.width !== chart.width || frame.height !== chart.height;
}

/** How a chart follows its frame (useChartSize). */
export interface ChartSizeOptions {
  /** Changes when the frame is a new element (the map's frame comes with its geometry): the
   * watcher moves to it. */
  frameKey?: unknown;
  /** Hears of every size the frame takes that a chart can be drawn at (the map waits for the first
   * before it creates its chart). */
  onSized?: () => void;
  /** While true (a new view the chart will draw a pass later, at its height), a new size is passed
   * over and taken once the hold ends: the old picture is not drawn again at the new size meanwhile. */
  held?: RefObject<boolean>;
}

/** Resizes the chart in `instance` when `frame` takes a new size it can be drawn at (ChartSizeOptions). */
export function useChartSize(
  frame: RefObject<HTMLElement | null>, instance: RefObject<Sized | null>, { frameKey, onSized, held }: ChartSizeOptions = {},
): void {
  const missed = useRef(false);
  const fit = () => {
    const chart = instance.current;
    if (!chart || chart.isDisposed()) return;
    // The chart's element fills the frame; its size is what 'auto' takes.
    const dom = chart.getDom();
    if (needsResize({ width: dom.clientWidth, height: dom.clientHeight }, { width: chart.getWidth(), height: chart.getHeight() })) chart.resize({ width: 'auto', height: 'auto' });
  };
  useEffect(() => {
    const el = frame.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === 0 || el.clientHeight === 0) return;
      onSized?.();
      if (held?.current) { missed.current = true; return; }
      fit();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [frameKey]); // the frame and the instance are refs; `onSized` is read when the size changes
  // After each render: a size passed over while held is taken once the hold has ended (the pass
  // that drew the new view has usually resized the chart to it, and then nothing is done).
  useEffect(() => {
    if (!missed.current || held?.current) return;
    missed.current = false;
    fit();
  });
}
