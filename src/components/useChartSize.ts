// A chart follows its frame's size, but not while the frame is hidden. echarts-for-react's own
// size watcher resizes the chart to nothing when its panel hides it (a drill into a unit without
// children): the canvas was cleared and drawn again at 100 × 100 px, then, on the way back, made
// anew at its full size (1240 × 4592 px for 126 communes) and drawn in full. Skipping a frame of
// no size, and a size the chart already has, keeps the hidden chart's picture: when the panel shows
// it again with the same option, nothing is drawn at all.
import { useEffect, type RefObject } from 'react';

interface Sized { isDisposed(): boolean; getDom(): HTMLElement; getWidth(): number; getHeight(): number; resize(opts: { width: 'auto'; height: 'auto' }): void }

/** Whether a chart of `chart`'s size in a frame of this size should be resized (pure). */
export function needsResize(frame: { width: number; height: number }, chart: { width: number; height: number }): boolean {
  if (frame.width === 0 || frame.height === 0) return false;
  return frame.width !== chart.width || frame.height !== chart.height;
}

/**
 * Resizes the chart in `instance` when `frame` takes a new size it can be drawn at; `onSized`
 * hears of every such size (the map waits for the first before it creates its chart).
 * `frameKey` changes when the frame is a new element (the map's frame comes with its geometry):
 * the watcher moves to it.
 */
export function useChartSize(frame: RefObject<HTMLElement | null>, instance: RefObject<Sized | null>, frameKey?: unknown, onSized?: () => void): void {
  useEffect(() => {
    const el = frame.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === 0 || el.clientHeight === 0) return;
      onSized?.();
      const chart = instance.current;
      if (!chart || chart.isDisposed()) return;
      // The chart's element fills the frame; its size is what 'auto' takes.
      const dom = chart.getDom();
      if (needsResize({ width: dom.clientWidth, height: dom.clientHeight }, { width: chart.getWidth(), height: chart.getHeight() })) chart.resize({ width: 'auto', height: 'auto' });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [frameKey]); // the frame and the instance are refs; `onSized` is read when the size changes
}
