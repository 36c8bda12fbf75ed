// Keyboard only: Tab to a bar of the comparison chart (or a name in the ranking table), Enter
// drills in, and the breadcrumb climbs back — no mouse.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { current, hasChromium, launch, openPage, tabTo, type Watched, closePages } from './browser';

const KIEN_GIANG = '?unit=91&period=2020-01-01/2020-09-30&indicator=resolution_rate';

let browser: Browser;
const opened: Watched[] = [];

describe.skipIf(!hasChromium())('keyboard only', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  // No console error, page error or dialog on any page a test opened.
  afterEach(() => closePages(opened));

  it('Tab to the comparison chart, arrow to a bar, Enter drills in; Tab back to the breadcrumb, Enter climbs back', async () => {
    const w = await openPage(browser, KIEN_GIANG);
    opened.push(w);
    const { page } = w;
    await page.waitForSelector('[data-chart="compare"][tabindex="0"]');
    await tabTo(page, '[data-chart="compare"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-chart="compare"] [aria-live]').textContent()).toMatch(/^Huyện Gò Quao: 99,45%/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
    await tabTo(page, '.breadcrumb button', true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tỉnh Kiên Giang');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Kiên Giang');
    expect(await current(page)).toBe('Tỉnh Kiên Giang');
  });

  it('Tab to a name in the ranking table, Enter drills in', async () => {
    const w = await openPage(browser, KIEN_GIANG);
    opened.push(w);
    const { page } = w;
    await page.waitForSelector('#ranking tbody th button');
    await tabTo(page, '#ranking tbody th button');
    const name = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('.breadcrumb__current')?.textContent === n, name);
    // The button pressed went with the province's view: the focus is on the unit's name, at the
    // top of its view, so one Shift+Tab reaches its province and Tab goes on into its figures.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('breadcrumb__current');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tỉnh Kiên Giang');
  });
});
