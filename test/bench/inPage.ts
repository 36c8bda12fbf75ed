// What the bench puts in every page it opens, and how it arms and waits for a drill, a way up or a
// filter change: apart from browser.bench.ts so that a browser test (test/e2e/benchWait.e2e.ts)
// checks on a real view that each wait ends, as the bench relies on.
import type { Page } from 'playwright-core';

// In every document the page opens (plain JavaScript: tsx would add helpers to functions passed
// to page.evaluate). `__benchFirstChart`: when, from navigation start, the first chart is on
// screen — a canvas in a chart inside <main> and no progress bar.
//
// `__bench.arm(name)` before a click (or a change) notes the first chart on screen and when it last
// rendered, and starts watching every frame from then on; `__bench.wait(timeout)` resolves with
// two times from the click (null on timeout), each taken after the frame that showed it painted:
// - `screen`: the unit's name in the breadcrumb, the chart on screen drawn anew, and no panel on
//   screen still catching up with the new view (aria-busy) — what the reader sees;
// - `page`: and no panel anywhere still catching up — the whole page showing the new view.
// The watch starts before the click, in the page: a wait started by the harness after the click
// would begin only when its own call reached the page, queued behind the page's work, and added
// that queue to every time measured.
export const IN_PAGE = `(() => {
  const w = window;
  const check = () => {
    if (w.__benchFirstChart) return;
    if ([...document.querySelectorAll('main [data-chart] canvas')].some((c) => c.getClientRects().length > 0) && !document.querySelector('.progress')) {
      w.__benchFirstChart = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });

  // The first canvas chart on screen (charts draw only on or near it; a panel with nothing to show
  // keeps its chart mounted but hidden). Bars drawn in HTML (the levels) are drawn with the page's
  // render, so the breadcrumb's test covers them. None on screen: the drill is done when the view is.
  const onScreen = (n) => { const r = n.getBoundingClientRect(); return n.getClientRects().length > 0 && r.bottom > 0 && r.top < innerHeight; };
  const firstChart = () => [...document.querySelectorAll('main [data-chart]:not([data-drawn="html"]) > div')].find(onScreen) ?? null;
  // A busy group may have no box of its own (display: contents): its panels are what is on screen.
  const busyOnScreen = (b) => onScreen(b) || [...b.children].some(onScreen);
  let watch = null;
  w.__bench = {
    arm(name) {
      const node = firstChart();
      if (node && node.echartsInstance && !node.__benchHooked) {
        node.__benchHooked = true;
        node.echartsInstance.on('rendered', () => { node.__benchRendered = performance.now(); });
      }
      const before = node && node.echartsInstance ? node.echartsInstance : null;
      let clicked = null;
      window.addEventListener('click', (e) => { clicked = e.timeStamp; }, { capture: true, once: true });
      window.addEventListener('change', (e) => { clicked = e.timeStamp; }, { capture: true, once: true });
      const times = { screen: null, page: null };
      let finish = () => {};
      const armed = performance.now();
      // Taken in the first task after the frame's rendering: posted in requestAnimationFrame at the
      // highest priority, so that it runs before any task the page had queued (React's next pass).
      const afterPaint = (keys) => {
        const take = () => { for (const k of keys) times[k] = performance.now() - clicked; if (times.page !== null) finish(times); };
        if (w.scheduler && w.scheduler.postTask) { w.scheduler.postTask(take, { priority: 'user-blocking' }); return; }
        const c = new MessageChannel(); c.port1.onmessage = take; c.port2.postMessage(0);
      };
      let screenSeen = false;
      const frame = () => {
        if (watch === null || watch.times !== times) return;
        if (clicked !== null) {
          const now = firstChart();
          const current = document.querySelector('.breadcrumb__current');
          const drawn = !now || (now.echartsInstance && now.querySelector('canvas')
            && (now.echartsInstance !== before || (now.__benchRendered || 0) >= clicked));
          const busy = [...document.querySelectorAll('main [aria-busy="true"]')];
          const keys = [];
          if (!screenSeen && current && current.textContent.trim() === name && drawn && !document.querySelector('.progress') && !busy.some(busyOnScreen)) { screenSeen = true; keys.push('screen'); }
          if (screenSeen && busy.length === 0) keys.push('page');
          if (keys.length > 0) afterPaint(keys);
          if (keys.includes('page')) return;
        }
        if (performance.now() - armed > watch.timeout) { finish(null); return; }
        requestAnimationFrame(frame);
      };
      watch = { times, timeout: Infinity, done: new Promise((ok) => { finish = ok; }) };
      requestAnimationFrame(frame);
    },
    wait(timeout) {
      if (!watch) return Promise.resolve(null);
      watch.timeout = timeout;
      return watch.done;
    },
  };
})();`;

export interface DrillTimes { screen: number; page: number }
export interface InPage { __benchFirstChart?: number; __bench: { arm(name: string): void; wait(timeout: number): Promise<DrillTimes | null> } }

/** Before the click: the view expected is the unit named `name` (the breadcrumb's last item). */
export const armDrill = (page: Page, name: string) => page.evaluate((n) => (window as unknown as InPage).__bench.arm(n), name);
export const awaitDrill = (page: Page, timeout: number) => page.evaluate((t) => (window as unknown as InPage).__bench.wait(t), timeout);
