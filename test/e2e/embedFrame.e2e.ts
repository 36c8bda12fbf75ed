// An embedded widget's frame comes with its figures: once the worker has sent them, the page does
// not show the loading notice again (a render suspended on the widget's code showed it, and React
// then held the frame back 300 ms: src/components/embed/widgetCode.ts). Each widget, at a phone's
// width, on the bundled data.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launch } from './browser';
import { waitForWidget } from './embedHelpers';
import { WIDGETS } from '../../src/state/embed';

// In the page before its own scripts: when the worker's figures came ('done'), each loading notice
// added to the page and when, and the frame's first appearance.
const WATCH = `(() => {
  const log = window.__embedLog = [];
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
      if (n.matches('.loading-page') || n.querySelector('.loading-page')) log.push({ what: 'loading', at: performance.now() });
      if (n.matches('.embed__frame') || n.querySelector('.embed__frame')) log.push({ what: 'frame', at: performance.now() });
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

let browser: Browser;

describe.skipIf(!hasChromium())('an embedded widget\'s frame', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it.each(WIDGETS)('%s: drawn once the figures come, with no loading notice after them', async (widget) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(WATCH);
      await page.goto(`${inject('baseUrl')}?unit=91&embed=${widget}`);
      await waitForWidget(page);
      const log = await page.evaluate(() => (window as unknown as { __embedLog: { what: string; at: number }[] }).__embedLog);
      const figures = log.find((e) => e.what === 'figures');
      expect(figures, 'the worker sent the figures').toBeDefined();
      expect(log.filter((e) => e.what === 'frame')).toHaveLength(1);
      expect(log.filter((e) => e.what === 'loading' && e.at > figures!.at).map((e) => e.what)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
