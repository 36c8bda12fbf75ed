// Charts far below (or above) the screen are drawn once while the page is idle, one at a time,
// nearest first, after the reader has left the page alone for a while (QUIET_MS). Such a chart
// was drawn only when the reader scrolled to it or a drill landed on it: at 1M rows the first
// drill into a commune made the trend chart (a line, whose code had not run yet) in its click.
// Drawn while idle, it is there, and the drill updates it: the first drill after a 7-second pause
// took 78-117 ms against 117-134 (8 pairs, README). Drawn once: after that it keeps what it drew
// until the reader comes near it, as any chart off the screen does (EChart.tsx), so no later
// change of the view draws it again.
// What waits for quiet: loading (the first screen costs what the reader sees), any input (a click,
// a key, the wheel, a touch, a scroll, Back or Forward) and any chart's new view, each of which
// starts the wait again and stops a run; each chart then waits for an idle period of the
// browser's, so a busy page (a part of the dataset being read) is not held up. Five seconds: the
// quiet window a load's time to interactive looks for, so the draws do not count against the load.
// Only where ECharts has come already (a wide screen, or a chart has come near): a phone that
// opens on its cards still fetches no chart code for charts it has not scrolled to (Chart.tsx).
import { useEffect, useState, type RefObject } from 'react';

export const QUIET_MS = 5000;

/** How the queue waits: a timer, and the browser's idle periods. */
export interface IdleClock {
  setTimer(f: () => void, ms: number): number;
  clearTimer(id: number): void;
  whenIdle(f: () => void): number;
  cancelIdle(id: number): void;
}

/** A chart waiting for its turn: where it is (its distance from the screen), and what draws it. */
export interface IdleWaiter { distance(): number; draw(): void }

/**
 * The charts waiting to be drawn while idle. After `quietMs` without `poke`, one idle period
 * each: the nearest waiter is drawn, and the next idle period (after the browser has run the
 * draw's own tasks) takes the next.
 */
export class IdleQueue {
  private readonly waiting = new Set<IdleWaiter>();
  private timer: number | null = null;
  private idle: number | null = null;

  constructor(private readonly clock: IdleClock, private readonly quietMs = QUIET_MS) {}

  add(w: IdleWaiter): () => void {
    this.waiting.add(w);
    this.poke();
    return () => { this.waiting.delete(w); if (this.waiting.size === 0) this.stop(); };
  }

  /** Something happened (input, a new view): wait for quiet again. */
  poke(): void {
    this.stop();
    if (this.waiting.size > 0) this.timer = this.clock.setTimer(() => { this.timer = null; this.next(); }, this.quietMs);
  }

  get size(): number { return this.waiting.size; }

  private stop(): void {
    if (this.timer !== null) { this.clock.clearTimer(this.timer); this.timer = null; }
    if (this.idle !== null) { this.clock.cancelIdle(this.idle); this.idle = null; }
  }

  private next(): void {
    if (this.waiting.size === 0) return;
    this.idle = this.clock.whenIdle(() => {
      this.idle = null;
      let nearest: IdleWaiter | null = null;
      let best = Infinity;
      for (const w of this.waiting) { const d = w.distance(); if (d < best) { best = d; nearest = w; } }
      if (!nearest) return;
      this.waiting.delete(nearest);
      nearest.draw();
      this.next();
    });
  }
}

const browserClock = (): IdleClock | null => (typeof window === 'undefined' || typeof window.requestIdleCallback !== 'function' ? null : {
  setTimer: (f, ms) => window.setTimeout(f, ms),
  clearTimer: (id) => window.clearTimeout(id),
  whenIdle: (f) => window.requestIdleCallback(f),
  cancelIdle: (id) => window.cancelIdleCallback(id),
});

let queue: IdleQueue | null | undefined;
/** The page's queue; none without idle callbacks (a test DOM, an old browser): charts draw near the screen only. */
function pageQueue(): IdleQueue | null {
  if (queue !== undefined) return queue;
  const clock = browserClock();
  queue = clock && new IdleQueue(clock);
  if (queue) {
    const q = queue;
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'popstate']) window.addEventListener(type, () => q.poke(), { capture: true, passive: true });
  }
  return queue;
}

/** A new view on the page: wait for quiet again before drawing far charts. */
export function idleDrawPoke(): void {
  pageQueue()?.poke();
}

/** How far an element is from the screen, in pixels (0 on it). */
function distanceFromScreen(el: Element): number {
  const r = el.getBoundingClientRect();
  if (r.bottom < 0) return -r.bottom;
  return Math.max(0, r.top - window.innerHeight);
}

/**
 * Whether the element's chart, `waiting` to be drawn (never drawn, far from the screen, not
 * hidden), has had its turn to be drawn while idle. False again once it no longer waits.
 */
export function useIdleTurn(ref: RefObject<Element | null>, waiting: boolean): boolean {
  const [turn, setTurn] = useState(false);
  useEffect(() => {
    const q = pageQueue();
    const el = ref.current;
    if (!waiting || turn || !q || !el) return;
    return q.add({ distance: () => distanceFromScreen(el), draw: () => setTurn(true) });
  }, [ref, waiting, turn]);
  useEffect(() => { if (!waiting && turn) setTurn(false); }, [waiting, turn]);
  return turn && waiting;
}
