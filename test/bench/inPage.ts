// What the bench puts in every page it opens, and how it arms and waits for a drill, a way up or a
// filter change: apart from browser.bench.ts so that a browser test (test/e2e/benchWait.e2e.ts)
// checks on a real view that each wait ends, as the bench relies on.
import type { Page } from 'playwright-core';

// In every document the page opens (plain JavaScript: tsx would add helpers to functions passed
// to page.evaluate). `__benchFirstChart`: when, from navigation start, the first chart is on
// screen — a canvas in a chart inside <main> and no progress bar. `__bench.arm()` before a click (or a change)
// notes the first chart on screen and when it last rendered; `__bench.wait(name)` resolves with the
// ms from the click to the unit's name in the breadcrumb, the chart on screen drawn anew and every
// panel caught up with the new view (none aria-busy) — null on timeout.
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
  let before = null;
  let clicked = null;
  w.__bench = {
    arm() {
      const node = firstChart();
      if (node && node.echartsInstance && !node.__benchHooked) {
        node.__benchHooked = true;
        node.echartsInstance.on('rendered', () => { node.__benchRendered = performance.now(); });
      }
      before = node && node.echartsInstance ? node.echartsInstance : null;
      clicked = null;
      window.addEventListener('click', (e) => { clicked = e.timeStamp; }, { capture: true, once: true });
      window.addEventListener('change', (e) => { clicked = e.timeStamp; }, { capture: true, once: true });
    },
    wait(name, timeout) {
      return new Promise((done) => {
        const start = performance.now();
        const frame = () => {
          const node = firstChart();
          const current = document.querySelector('.breadcrumb__current');
          const drawn = !node || (node.echartsInstance && node.querySelector('canvas')
            && (node.echartsInstance !== before || (clicked !== null && (node.__benchRendered || 0) >= clicked)));
          // The panels that come in a second pass on opening (aria-busy until then) count too:
          // the drill is done when the whole page shows the new unit, not only its first screen.
          if (clicked !== null && current && current.textContent.trim() === name && drawn && !document.querySelector('.progress') && !document.querySelector('main [aria-busy="true"]')) { done(performance.now() - clicked); return; }
          if (performance.now() - start > timeout) { done(null); return; }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
  };
})();`;

export interface InPage { __benchFirstChart?: number; __bench: { arm(): void; wait(name: string, timeout: number): Promise<number | null> } }

export const armDrill = (page: Page) => page.evaluate(() => (window as unknown as InPage).__bench.arm());
export const awaitDrill = (page: Page, name: string, timeout: number) => page.evaluate(([n, t]) => (window as unknown as InPage).__bench.wait(n, t), [name, timeout] as [string, number]);
