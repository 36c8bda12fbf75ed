// The charts' tooltip comes after the first charts have drawn (src/charts/parts.ts): its chunk is
// held here until the comparison has drawn without it, then let through. A chart drawn before it
// came still shows its tooltip to whoever reaches it first — the keys, or a pointer that came onto
// a bar and stayed still.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { barPoint, closePages, hasChromium, launch, tabTo, waitForData, watchPage, type Watched } from './browser';

const KIEN_GIANG = '?unit=91&period=2020-01-01/2020-09-30&indicator=resolution_rate';

let browser: Browser;
const opened: Watched[] = [];

/** The overview with the tooltip's chunk held; `release` lets it through. */
async function withTooltipHeld(): Promise<{ page: Page; release: () => void; asked: () => number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: inject('baseUrl') });
  const watched = watchPage(context, await context.newPage());
  opened.push(watched);
  const { page } = watched;
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  let asked = 0;
  await page.route(/\/assets\/tooltip-[\w-]+\.js$/, async (route) => { asked++; await held; await route.continue(); });
  await page.goto(`${inject('baseUrl')}${KIEN_GIANG}`);
  await waitForData(page);
  await page.waitForSelector('[data-chart="compare"] canvas');
  await expect.poll(() => asked, { timeout: 10_000, message: 'the tooltip chunk is asked for once a chart has drawn and the page is idle' }).toBeGreaterThan(0);
  return { page, release, asked: () => asked };
}

/** The comparison's tooltips on screen, by their text. */
const tips = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-chart="compare"] div')]
  .filter((d) => (d as HTMLElement).style.position === 'absolute' && (d as HTMLElement).style.display !== 'none' && d.textContent)
  .map((d) => d.textContent));

describe.skipIf(!hasChromium())('the tooltip after the first charts', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  afterEach(() => closePages(opened));

  it('a chart drawn before the tooltip came shows it to the keys once focused', async () => {
    const { page, release } = await withTooltipHeld();
    release();
    await tabTo(page, '[data-chart="compare"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-chart="compare"] [aria-live]').textContent()).toMatch(/^Huyện Gò Quao: 99,45%/);
    await expect.poll(() => tips(page), { message: 'the focused bar\'s tooltip' }).toEqual([expect.stringContaining('Huyện Gò Quao')]);
  });

  it('a pointer that came onto a bar while the tooltip was on its way, and stayed, gets that bar\'s tooltip without moving again', async () => {
    const { page, release } = await withTooltipHeld();
    const bar = await barPoint(page, 'compare', 'Huyện Gò Quao');
    await page.mouse.move(bar.x, bar.y);
    await page.waitForTimeout(300);
    expect(await tips(page)).toEqual([]);
    release();
    await expect.poll(() => tips(page), { timeout: 10_000, message: 'the tooltip of the bar under the pointer' }).toEqual([expect.stringContaining('Huyện Gò Quao')]);
  });
});
