// A chart whose new view has another height is drawn once per view, at its height: not first at
// the old height in React's commit and then again when the size observer sees the frame's new
// height. One commune's counts (one row) are an HTML bar: the children's chart is not drawn at all
// on the way down, and on the way back it shows the picture it kept, the province's, unchanged.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, closePages, hasChromium, pageOpener, settled, type Watched } from './browser';
import { atUnit as at, syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

interface Drawn { rendered: number; resize: number; height: number; canvasHeight: number }

/** Counts, from now on, the status chart's drawings and resizes (its instance stays the same). */
const countStatus = (page: Page) => page.evaluate(() => {
  type Inst = { resize: (...a: unknown[]) => unknown; on: (e: string, f: () => void) => void; counting?: boolean };
  const inst = (document.querySelector('[data-chart="status"] > div') as HTMLElement & { echartsInstance: Inst }).echartsInstance;
  const w = window as unknown as { drawn: { rendered: number; resize: number } };
  w.drawn = { rendered: 0, resize: 0 };
  if (inst.counting) return;
  inst.counting = true;
  const resize = inst.resize.bind(inst);
  inst.resize = (...a) => { w.drawn.resize++; return resize(...a); };
  inst.on('rendered', () => { w.drawn.rendered++; });
});

const drawn = (page: Page): Promise<Drawn> => page.evaluate(() => {
  const node = document.querySelector('[data-chart="status"] > div') as HTMLElement & { echartsInstance: { getHeight(): number } };
  const { rendered, resize } = (window as unknown as { drawn: Drawn }).drawn;
  return { rendered, resize, height: node.echartsInstance.getHeight(), canvasHeight: node.querySelector('canvas')!.getBoundingClientRect().height };
});

describe.skipIf(!hasChromium())('a chart whose new view has another height', () => {
  // A synthetic province of 99 communes (npm run gen:data), with dossier-status counts.
  suite = syntheticSuite('height');
  afterEach(() => closePages(opened));

  it('a drill into a commune draws no canvas (its one row is an HTML bar); the way back draws nothing either: the chart kept the province\'s picture', async () => {
    const { page } = await open(suite.search);
    await page.waitForSelector('#ranking tbody th button');
    const province = (await page.textContent('.breadcrumb__current'))!;
    await page.locator('#status').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart="status"] canvas');
    await settled(page);
    await countStatus(page);
    // A page of 20 rows: 856 px (src/charts stackedHeight).
    expect(await drawn(page)).toEqual({ rendered: 0, resize: 0, height: 856, canvasHeight: 856 });

    // The chart stays on screen as the page shortens: the drill starts from the status panel's end.
    const commune = (await page.locator('#ranking tbody th button').first().textContent())!;
    await page.locator('#ranking tbody th button').first().click();
    await at(page, commune);
    await settled(page);
    // One row: the chart, hidden, is neither drawn nor resized; the bar and its legend say the
    // commune's counts, as the panel's summary does.
    expect(await drawn(page)).toEqual({ rendered: 0, resize: 0, height: 856, canvasHeight: 0 });
    const summary = (await page.textContent('#status .panel__summary'))!;
    expect(summary.startsWith(`Của đơn vị. ${commune}: `)).toBe(true);
    const legend = await page.locator('#status [data-bar="status"] li').allTextContents();
    expect(legend.length).toBeGreaterThanOrEqual(3);
    for (const item of legend) {
      const [, name, count] = /^(.+) ([\d.]+) \([\d,]+%\)$/.exec(item.replace(/\s+/g, ' ').trim())!;
      expect(summary).toContain(`${name} ${count}`);
    }
    const widths = await page.locator('#status .stacked-bar__part').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
    const bar = await page.locator('#status .stacked-bar__bar').evaluate((b) => b.getBoundingClientRect().width);
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - bar)).toBeLessThan(2);
    await page.locator('#status').screenshot({ path: `test-results/status-one-commune-1280.png` });
    expect(await axeViolations(page, '#status')).toEqual([]);

    await countStatus(page);
    await page.locator('.breadcrumb button', { hasText: province }).click();
    await at(page, province);
    await page.locator('#status').scrollIntoViewIfNeeded();
    await settled(page);
    // The province's view is the one it had (kept with its option): the picture the chart kept is
    // already the province's first page of twenty communes, and nothing is drawn again.
    expect(await drawn(page)).toEqual({ rendered: 0, resize: 0, height: 856, canvasHeight: 856 });
    expect(await page.evaluate(() => (document.querySelector('[data-chart="status"] > div') as HTMLElement & { echartsInstance: { getOption(): { yAxis: { data: string[] }[] } } }).echartsInstance.getOption().yAxis[0].data.length)).toBe(20);
    expect(await page.locator('#status [data-bar]').count()).toBe(0);

    // A new view of the same height is drawn once, without a resize: another month (the chart on
    // screen again, as the way back scrolled to the top).
    await page.locator('#status').scrollIntoViewIfNeeded();
    await settled(page);
    await countStatus(page);
    const periods = await page.locator('#f-period option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const now = await page.locator('#f-period').inputValue();
    await page.locator('#f-period').selectOption(periods.find((p) => p !== now && /^\d{4}-\d{2}$/.test(p))!);
    await settled(page);
    await expect.poll(() => drawn(page)).toEqual({ rendered: 1, resize: 0, height: 856, canvasHeight: 856 });
  });

  it('on a 360 px phone one commune\'s bar and legend fit the screen, and axe finds nothing in the panel', async () => {
    const { page } = await open(suite.search, 360, 800);
    await page.waitForSelector('#ranking tbody th button');
    const commune = (await page.locator('#ranking tbody th button').first().textContent())!;
    await page.locator('#ranking tbody th button').first().click();
    await at(page, commune);
    const bar = page.locator('#status [data-bar="status"]');
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('#status').screenshot({ path: `test-results/status-one-commune-360.png` });
    expect(await axeViolations(page, '#status')).toEqual([]);
  });
});

