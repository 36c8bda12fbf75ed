// The bench's own waits (test/bench/inPage.ts) end on a real view: the first chart on opening, a
// drill from the ranking, the way up by the breadcrumb and a filter change each give a time, not a
// timeout, for the screen and for the whole page (a panel at the page's foot still busy holds only
// the latter). `npm run bench` is not run by CI; this is its cheap check. (A wait that took the levels'
// HTML bars for a chart never ended, and a whole bench run measured nothing.)
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './browser';
import { syntheticSuite } from './synthetic';
import { IN_PAGE, armDrill, awaitDrill, type DrillTimes, type InPage } from '../bench/inPage';

const WAIT_MS = 20_000;

function expectTimes(times: DrillTimes | null): DrillTimes {
  expect(times).not.toBeNull();
  expect(times!.screen).toBeGreaterThan(0);
  expect(times!.page).toBeGreaterThanOrEqual(times!.screen);
  return times!;
}

describe.skipIf(!hasChromium())('the bench\'s waits', () => {
  const suite = syntheticSuite('bench-wait');

  it('on a gen:data province: the first chart, a drill, the way up and a filter change each end with a time', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: inject('baseUrl') });
    await context.addInitScript(IN_PAGE);
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(suite.search);
    const first = await page.waitForFunction(() => (window as unknown as InPage).__benchFirstChart, null, { timeout: WAIT_MS });
    expect(await first.jsonValue()).toBeGreaterThan(0);
    await page.waitForSelector('#ranking tbody th button');
    const province = (await page.textContent('.breadcrumb__current'))!.trim();
    // The levels beside the trend are HTML bars: the wait takes the canvas chart on screen.
    await page.waitForSelector('#levels .bar-list');

    const button = page.locator('#ranking tbody th button').nth(3);
    const commune = (await button.textContent())!.trim();
    await button.scrollIntoViewIfNeeded();
    await armDrill(page, commune);
    await button.click();
    expectTimes(await awaitDrill(page, WAIT_MS));

    await armDrill(page, province);
    await page.locator('.breadcrumb button').last().click();
    expectTimes(await awaitDrill(page, WAIT_MS));

    await page.evaluate(() => scrollTo(0, 0));
    const indicator = await page.inputValue('#f-indicator');
    const other = await page.locator('#f-indicator option').evaluateAll((os, now) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v && v !== now)!, indicator);
    await armDrill(page, province);
    await page.selectOption('#f-indicator', other);
    expectTimes(await awaitDrill(page, WAIT_MS));

    // A panel off screen still catching up holds the page's time, not the screen's.
    const busyAtFoot = () => page.evaluate(() => {
      const quality = document.querySelector('#quality')!;
      const busy = quality.getBoundingClientRect().top > innerHeight;
      quality.setAttribute('aria-busy', 'true');
      setTimeout(() => quality.removeAttribute('aria-busy'), 600);
      return busy;
    });
    const next = await page.locator('#f-indicator option').evaluateAll((os, now) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v && v !== now)!, other);
    await armDrill(page, province);
    expect(await busyAtFoot()).toBe(true);
    await page.selectOption('#f-indicator', next);
    const times = expectTimes(await awaitDrill(page, WAIT_MS));
    expect(times.page).toBeGreaterThan(times.screen + 200);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
