// An embedded widget's frame comes with its figures: once the worker has sent them, the page does
// not show the loading notice again (a render suspended on the widget's code showed it, and React
// then held the frame back 300 ms: src/components/embed/widgetCode.ts). Each widget, at a phone's
// width, on the bundled data.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launch } from './browser';
import { waitForWidget } from './embedHelpers';
import { WIDGETS } from '../../src/state/embed';
import { afterFigures, pageLog, pageLogScript } from './pageLog';

const WATCH = pageLogScript([{ selector: '.loading-page', name: 'loading' }, { selector: '.embed__frame', name: 'frame' }]);

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
      const log = await pageLog(page);
      expect(log.filter((e) => e.what === 'frame')).toHaveLength(1);
      // The notice is put in by the page's HTML, and by React where it draws before the frame (which
      // may be just after the worker's message, before the page has taken the figures in): never a
      // second time by React, as a render suspended on the widget's code did after the figures.
      expect(log.filter((e) => e.what === 'loading').length, 'loading notices put in').toBeLessThanOrEqual(2);
      expect(afterFigures(log).filter((what) => what === 'loading').length).toBeLessThanOrEqual(1);
    } finally {
      await context.close();
    }
  });
});
