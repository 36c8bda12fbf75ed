// A chart near the screen but below its fold takes a new view a pass later (components/EChart.tsx,
// useScreenPlace): the task of a filter change draws what is on the screen, and the frame that shows
// it is not held back by a chart the reader cannot see yet (the trend under a province's comparison,
// 20-45 ms of each change at 1M rows). It is drawn once, at once after that frame, before the reader
// can scroll to it. On a synthetic province of 99 communes (npm run gen:data).
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { anotherMonthInTask, closePages, hasChromium, pageOpener, settled, type Watched } from './browser';
import { syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

type Inst = { getOption(): { series: { data: unknown }[] }; on(e: string, f: () => void): void; resize(...a: unknown[]): unknown };

/** Each chart with an instance: its name, whether it is on the screen, and its series' data. */
const CHARTS = `(() => [...document.querySelectorAll('main [data-chart] > div')].filter((n) => n.echartsInstance).map((n) => {
  const r = n.getBoundingClientRect();
  return { name: n.parentElement.dataset.chart, on: n.getClientRects().length > 0 && r.bottom > 0 && r.top < innerHeight, data: JSON.stringify(n.echartsInstance.getOption().series.map((x) => x.data)) };
}))()`;
interface ChartNow { name: string; on: boolean; data: string }
const charts = (page: Page) => page.evaluate(CHARTS) as Promise<ChartNow[]>;

describe.skipIf(!hasChromium())('a chart near the screen but below its fold', () => {
  suite = syntheticSuite('near');
  afterEach(() => closePages(opened));

  it('takes a filter change a pass after the change\'s task, drawn once, while the charts on the screen take it in that task', async () => {
    const { page } = await open(suite.search);
    await page.waitForSelector('#ranking tbody th button');
    // The province's trend, 120 px under the fold: within the 240 px the charts draw in.
    await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart="trend"] canvas');
    // (Scrolled again until it stays: panels further down that were skipped take their height as they come near.)
    await page.evaluate(async () => {
      for (let i = 0; i < 10; i++) {
        const off = Math.round(document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().top - innerHeight - 120);
        if (off === 0) return;
        scrollBy(0, off);
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      }
    });
    await settled(page);
    const before = await charts(page);
    const trendBefore = before.find((c) => c.name === 'trend')!;
    expect(trendBefore.on).toBe(false);
    expect(await page.evaluate(() => Math.round(document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().top - innerHeight))).toBe(120);
    const onScreen = before.filter((c) => c.on).map((c) => c.name);
    expect(onScreen.length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const inst = (document.querySelector('[data-chart="trend"] > div') as HTMLElement & { echartsInstance: Inst }).echartsInstance;
      const w = window as unknown as { trendDrawn: { rendered: number; resize: number } };
      w.trendDrawn = { rendered: 0, resize: 0 };
      const resize = inst.resize.bind(inst);
      inst.resize = (...a) => { w.trendDrawn.resize++; return resize(...a); };
      inst.on('rendered', () => { w.trendDrawn.rendered++; });
    });

    // Another month, chosen in the filter bar: what the charts hold once the change's task has run
    // with its microtasks, before the browser draws a frame.
    const inTask = await anotherMonthInTask<ChartNow[]>(page, CHARTS);
    // The trend still holds the month before.
    expect(inTask.find((c) => c.name === 'trend')!.data).toBe(trendBefore.data);

    await settled(page);
    const after = await charts(page);
    // Then it shows the new month (its point marked), drawn once and not resized; the charts on the
    // screen showed the new month from the change's task on.
    const trendAfter = after.find((c) => c.name === 'trend')!;
    expect(trendAfter.data).not.toBe(trendBefore.data);
    for (const name of onScreen) expect(after.find((c) => c.name === name)!.data, name).toBe(inTask.find((c) => c.name === name)!.data);
    expect(await page.evaluate(() => (window as unknown as { trendDrawn: unknown }).trendDrawn)).toEqual({ rendered: 1, resize: 0 });
  });
});
