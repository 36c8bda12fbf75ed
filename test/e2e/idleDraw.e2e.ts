// A chart far from the screen is drawn once while the page is idle (components/idleDraw.ts): after
// five seconds with no input and no new view, one chart at a time, nearest first, without the
// reader scrolling; a drill then updates it instead of making it. Input starts the wait again.
// A phone whose first screen has no chart still fetches no ECharts. On a synthetic province of 99
// communes (npm run gen:data), whose trend chart is two screens down at 1280 × 900.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { closePages, hasChromium, pageOpener, settled, watchPage, type Watched } from './browser';
import { syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

/** The trend chart's series data as drawn, or null before it is drawn. */
const trendData = (page: Page) => page.evaluate(() => {
  const node = document.querySelector('[data-chart="trend"] > div') as (HTMLElement & { echartsInstance?: { getOption(): { series: { data: unknown }[] } } }) | null;
  return node?.echartsInstance ? JSON.stringify(node.echartsInstance.getOption().series.map((s) => s.data)) : null;
});
const trendTop = (page: Page) => page.evaluate(() => Math.round(document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().top));

describe.skipIf(!hasChromium())('a chart far from the screen, while the page is idle', () => {
  suite = syntheticSuite('idle');
  afterEach(() => closePages(opened));

  it('is drawn once the page has been quiet for five seconds, off the screen, with the view\'s figures', async () => {
    const { page } = await open(suite.search);
    await page.waitForSelector('#ranking tbody th button');
    await settled(page);
    const loaded = Date.now();
    expect(await trendTop(page)).toBeGreaterThan(900 + 240);
    expect(await trendData(page)).toBeNull();
    // Not before the quiet time (timers never fire early): two seconds on, nothing yet.
    await page.waitForTimeout(2000);
    expect(await trendData(page)).toBeNull();
    await page.waitForFunction(() => document.querySelector('[data-chart="trend"] canvas'), null, { timeout: 20_000 });
    expect(Date.now() - loaded).toBeGreaterThanOrEqual(2000);
    // Still where it was, off the screen: the page did not move.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await trendTop(page)).toBeGreaterThan(900 + 240);
    const idle = await trendData(page);
    expect(idle).not.toBeNull();
    // The province's trend: what the chart shows when the reader scrolls to it.
    await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
    await settled(page);
    expect(await trendData(page)).toBe(idle);
  });

  it('waits again after each input: a key pressed every two seconds keeps it undrawn', async () => {
    const { page } = await open(suite.search);
    await page.waitForSelector('#ranking tbody th button');
    await settled(page);
    for (let i = 0; i < 4; i++) {
      await page.waitForTimeout(2000);
      await page.keyboard.press('Shift');
    }
    // Eight seconds after the load, three since the last key: not drawn.
    expect(await trendData(page)).toBeNull();
    await page.waitForFunction(() => document.querySelector('[data-chart="trend"] canvas'), null, { timeout: 20_000 });
  });

  it('a drill into a commune then updates the chart drawn while idle, and shows the commune\'s trend', async () => {
    const { page } = await open(suite.search);
    await page.waitForSelector('#ranking tbody th button');
    await page.waitForFunction(() => document.querySelector('[data-chart="trend"] canvas'), null, { timeout: 20_000 });
    const province = await trendData(page);
    const made = await page.evaluate(() => {
      const node = document.querySelector('[data-chart="trend"] > div') as HTMLElement & { echartsInstance: unknown };
      (window as unknown as { idleTrend: unknown }).idleTrend = node.echartsInstance;
      return true;
    });
    expect(made).toBe(true);
    const button = page.locator('#ranking tbody th button').nth(2);
    const name = (await button.textContent())!;
    await button.click();
    await page.waitForFunction((n) => document.querySelector('.breadcrumb__current')?.textContent === n, name);
    await settled(page);
    const commune = await trendData(page);
    expect(commune).not.toBeNull();
    expect(commune).not.toBe(province);
    // The same ECharts instance, given the commune's option.
    expect(await page.evaluate(() => (document.querySelector('[data-chart="trend"] > div') as HTMLElement & { echartsInstance: unknown }).echartsInstance === (window as unknown as { idleTrend: unknown }).idleTrend)).toBe(true);
  });

  it('on a phone whose first screen has no chart, fetches no ECharts however long the page is left', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 412, height: 823 }, baseURL: inject('baseUrl') });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => { if (/\/assets\/echarts-[^/]*\.js$/.test(r.url())) asked.push(r.url()); });
    opened.push(watchPage(context, page));
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('.kpi');
    await page.waitForFunction(() => !document.querySelector('.progress, main [aria-busy="true"]'));
    await page.waitForTimeout(7000);
    expect(await page.evaluate(() => document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().top)).toBeGreaterThan(823 + 240);
    expect(asked).toEqual([]);
    expect(await page.locator('main [data-chart] canvas').count()).toBe(0);
  });
});
