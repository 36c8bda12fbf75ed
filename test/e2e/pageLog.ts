// What happened in a page as it opened, and when (performance.now()): `figures` when the load
// worker sent its figures, and an entry for each element added that matches a watched selector,
// named by the watch (or by the element's attribute), each element once. For tests of what the page shows around the
// figures' arrival (embedFrame.e2e.ts, firstChart.e2e.ts).
import type { Page } from 'playwright-core';

export interface Watched { selector: string; name: string | { attr: string } }
export interface Logged { what: string; at: number }

/** An init script (before the page's own) that keeps the log in `window.__pageLog`. */
export function pageLogScript(watched: Watched[]): string {
  return `(() => {
  const log = window.__pageLog = [];
  const watched = ${JSON.stringify(watched)};
  // Each element once (the parser adds an element, then its children, in records of their own).
  const seen = new WeakSet();
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => { if (e.data && e.data.type === 'done') log.push({ what: 'figures', at: performance.now() }); });
    }
  };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (!(n instanceof Element)) continue;
      for (const w of watched) for (const el of [n, ...n.querySelectorAll(w.selector)]) {
        if (el.matches(w.selector) && !seen.has(el) && seen.add(el)) log.push({ what: typeof w.name === 'string' ? w.name : el.getAttribute(w.name.attr), at: performance.now() });
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;
}

export const pageLog = (page: Page): Promise<Logged[]> => page.evaluate(() => (window as unknown as { __pageLog: Logged[] }).__pageLog);

/** What was logged after the figures came (throws where they never did). */
export function afterFigures(log: Logged[]): string[] {
  const figures = log.find((e) => e.what === 'figures');
  if (!figures) throw new Error(`the worker sent no figures: ${JSON.stringify(log)}`);
  return log.filter((e) => e.what !== 'figures' && e.at > figures.at).map((e) => e.what);
}
