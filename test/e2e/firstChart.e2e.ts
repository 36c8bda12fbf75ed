// The first chart comes with the figures: on a wide screen ECharts is fetched while the figures are
// read, and a chart drawn once it is here is put in the page once, not first as a placeholder frame
// that a second one then replaces (a render suspended on ECharts' code did that, and React held the
// placeholder on screen 300 ms: src/components/Chart.tsx). The figures come late here (the
// dataset's rows held back 1.5 s), so ECharts is surely in before them, as it is for a large file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launch } from './browser';
import { IN_PAGE } from '../bench/inPage';
import { afterFigures, pageLog, pageLogScript } from './pageLog';

// Each chart frame put in the page, by its name.
const WATCH = pageLogScript([{ selector: '[data-chart]', name: { attr: 'data-chart' } }]);

let browser: Browser;

describe.skipIf(!hasChromium())('the first chart', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('at 1280 px, with ECharts in before the figures: each chart frame put in once when they come', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.route('**/data/observations.csv', async (route) => {
        await new Promise((ok) => setTimeout(ok, 1500));
        await route.continue();
      });
      const page = await context.newPage();
      await page.addInitScript(WATCH);
      await page.addInitScript(IN_PAGE);
      await page.goto(inject('baseUrl'));
      await page.waitForFunction(() => (window as unknown as { __benchFirstChart?: number }).__benchFirstChart, null, { timeout: 30_000 });
      const frames = afterFigures(await pageLog(page));
      expect(frames.length, 'chart frames put in after the figures').toBeGreaterThan(0);
      expect(frames).toEqual([...new Set(frames)]);
      // A chart is drawn (a canvas in a chart's frame).
      expect(await page.locator('main [data-chart] canvas').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
