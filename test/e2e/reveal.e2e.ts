// A unit chosen on the page opens at the top of its view (app/revealView.ts), and the charts the
// reader lands on are the unit's from the first frame: a chart off the screen a moment ago, now on
// it, is told at once (recheckNearScreen), not a frame later by the screen's observer, which left
// the province's picture under the commune's name for a frame; a chart never drawn before is made
// and drawn in that frame too (components/echartsCore.ts). On a synthetic province of 99 communes
// (npm run gen:data), where the province and its communes both have a trend chart (the levels
// beside it are bars drawn in HTML, in the page's own render). The tables at the page's foot, off
// the screen then, follow a pass later (app/App.tsx), busy until they do, and are not rendered
// while far from the screen (app/styles.css).
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closePages, hasChromium, pageOpener, settled, type Watched } from './browser';
import { atUnit, syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

/** Each chart on the screen that had drawn before (the ones in `names`): its name and its series' data. */
const DRAWN = `((names) => [...document.querySelectorAll('main [data-chart] > div')]
  .filter((n) => { const r = n.getBoundingClientRect(); return n.getClientRects().length > 0 && r.bottom > 0 && r.top < innerHeight; })
  .filter((n) => !names || names.includes(n.parentElement.dataset.chart))
  .map((n) => n.parentElement.dataset.chart + ' ' + JSON.stringify(n.echartsInstance?.getOption().series.map((x) => x.data))))`;

/**
 * What the first frame after choosing `unit` in the ranking will paint: the charts DRAWN finds (of
 * `names`), read once the click's task has run with its microtasks (React's commit runs in one, a
 * chart made for the first time is set up in another), before the browser draws a frame or runs
 * the screen's observer.
 */
const drawnInFirstFrame = (page: Page, unit: string, names: readonly string[]) => page.evaluate(async ([drawn, u, n]) => {
  const b = [...document.querySelectorAll('#ranking tbody th button')].find((x) => x.textContent === u) as HTMLButtonElement;
  b.click();
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return eval(`${drawn}(${JSON.stringify(n)})`) as string[];
}, [DRAWN, unit, names] as const);

/** The charts DRAWN finds (of `names`) once the view has settled: two frames and a while later. */
async function drawnSettled(page: Page, names: readonly string[]): Promise<string[]> {
  await settled(page);
  return page.evaluate(`${DRAWN}(${JSON.stringify(names)})`) as Promise<string[]>;
}

/** The synthetic province's view, opened, with its ranking's names to click. */
async function openAtProvince(): Promise<{ page: Page; province: string }> {
  const { page } = await open(suite.search);
  await page.waitForSelector('#ranking tbody th button');
  const province = (await page.textContent('.breadcrumb__current'))!;
  await atUnit(page, province);
  return { page, province };
}

describe.skipIf(!hasChromium())('a unit chosen on the page', () => {
  suite = syntheticSuite('reveal');
  afterEach(() => closePages(opened));

  it('opens at the top of its view, and the charts on screen show it in the first frame', async () => {
    const { page, province } = await openAtProvince();
    // Once into a commune and back, so that the code of every chart kind is in.
    const buttons = page.locator('#ranking tbody th button');
    const first = (await buttons.nth(0).textContent())!;
    await buttons.nth(0).click();
    await atUnit(page, first);
    await page.waitForSelector('[data-chart="trend"] canvas');
    await page.goBack();
    await atUnit(page, province);

    const button = buttons.nth(15);
    const name = (await button.textContent())!;
    await button.evaluate((b) => b.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    // Drawn before, and off the screen now, far from it (the reader is at the ranking): the screen's
    // observer has told the trend it is away, so it keeps the province's picture until told again.
    expect(await page.evaluate(() => document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().bottom)).toBeLessThan(-240);
    const mounted = await page.evaluate(() => [...document.querySelectorAll('main [data-chart] > div')].filter((n) => (n as HTMLElement & { echartsInstance?: unknown }).echartsInstance).map((n) => (n.parentElement as HTMLElement).dataset.chart!));
    expect(mounted).toEqual(expect.arrayContaining(['trend']));
    expect(await page.evaluate(`${DRAWN}(null)`)).toEqual([]);
    const inFirstFrame = await drawnInFirstFrame(page, name, mounted);
    await atUnit(page, name);
    const settled = await drawnSettled(page, mounted);
    // The commune's trend chart is on the screen under its name, drawn from the first frame.
    expect(settled.map((s) => s.split(' ')[0])).toEqual(expect.arrayContaining(['trend']));
    expect(inFirstFrame).toEqual(settled);
    expect(await page.evaluate(() => Math.round(document.querySelector('.breadcrumb')!.getBoundingClientRect().top))).toBe(8);
  });

  it('a chart never drawn before, which the view lands on, is made and drawn in the frame that shows the view', async () => {
    const { page } = await openAtProvince();
    // The province's trend, under its comparison, has not come near the screen: no chart yet.
    expect(await page.locator('[data-chart="trend"] canvas').count()).toBe(0);
    const button = page.locator('#ranking tbody th button').nth(3);
    const name = (await button.textContent())!;
    await button.scrollIntoViewIfNeeded();
    const inFirstFrame = await drawnInFirstFrame(page, name, ['trend']);
    await atUnit(page, name);
    const settled = await drawnSettled(page, ['trend']);
    expect(settled.map((s) => s.split(' ')[0])).toEqual(['trend']);
    expect(inFirstFrame).toEqual(settled);
  });

  it('a drill from the country: the panels that come up where its map was (no map draws a province\'s communes) show the province from the first frame, not a pass later', async () => {
    const { page, province } = await openAtProvince();
    const country = (await page.locator('.breadcrumb button').first().textContent())!;
    await page.locator('.breadcrumb button').first().click();
    await atUnit(page, country);
    // The country's view has the map of its provinces, under its comparison.
    await page.waitForSelector('#map');
    await page.locator('#ranking').scrollIntoViewIfNeeded();
    await drawnSettled(page, []);
    // What the first frame will paint (as drawnInFirstFrame): the panels on the screen, and those
    // on it still busy with the country's view.
    const inFirstFrame = await page.evaluate(async (unit) => {
      const b = [...document.querySelectorAll('#ranking tbody th button')].find((x) => x.textContent === unit) as HTMLButtonElement;
      b.click();
      for (let i = 0; i < 20; i++) await Promise.resolve();
      const onScreen = (n: Element) => { const r = n.getBoundingClientRect(); return n.getClientRects().length > 0 && r.bottom > 0 && r.top < innerHeight; };
      const panels = ['#map', '#levels', '#trend', '#status'].filter((id) => { const p = document.querySelector(id); return p !== null && onScreen(p); });
      const busy = [...document.querySelectorAll('main [aria-busy="true"]')].filter((x) => onScreen(x) || [...x.children].some(onScreen)).map((x) => x.querySelector('[id]')?.id ?? x.className);
      return { named: document.querySelector('.breadcrumb__current')!.textContent, panels, busy };
    }, province);
    // The map is gone, the panels under it came up onto the screen, and none there is busy. Before,
    // they were told they were below the map and were the country's for a pass: busy [levels,
    // trend, status].
    expect(inFirstFrame.named).toBe(province);
    expect(inFirstFrame.panels).not.toContain('#map');
    expect(inFirstFrame.panels).toEqual(expect.arrayContaining(['#levels', '#trend']));
    expect(inFirstFrame.busy).toEqual([]);
  });

  it('the way back up leaves a chart the parent\'s view puts far from the screen as it was, until the reader comes to it', async () => {
    const { page, province } = await openAtProvince();
    const button = page.locator('#ranking tbody th button').nth(5);
    const commune = (await button.textContent())!;
    await button.click();
    await atUnit(page, commune);
    await page.waitForSelector('[data-chart="trend"] canvas');
    const trend = () => page.evaluate(() => {
      const node = document.querySelector('[data-chart="trend"] > div') as HTMLElement & { echartsInstance: { getOption(): { series: { data: unknown }[] } } };
      return { top: Math.round(node.getBoundingClientRect().top), data: JSON.stringify(node.echartsInstance.getOption().series.map((x) => x.data)) };
    });
    const atCommune = await trend();
    // On the commune's first screen, under its name.
    expect(atCommune.top).toBeLessThan(await page.evaluate(() => innerHeight));
    await page.locator('.breadcrumb button').last().click();
    await atUnit(page, province);
    await drawnSettled(page, []);
    // The province's view puts the trend under its comparison, far below the screen: it keeps the
    // commune's picture (drawn with the province's figures, it cost the click 10-39 ms at 1M rows).
    const atProvince = await trend();
    expect(atProvince.top).toBeGreaterThan(await page.evaluate(() => innerHeight + 240));
    expect(atProvince.data).toBe(atCommune.data);
    // Come near, it draws the province's trend.
    await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
    await drawnSettled(page, []);
    expect((await trend()).data).not.toBe(atCommune.data);
  });

  it('the ranking, the plan and the data-quality panel, off the screen, follow a pass later, busy meanwhile', async () => {
    const { page } = await openAtProvince();
    const button = page.locator('#ranking tbody th button').nth(4);
    const commune = (await button.textContent())!;
    await button.scrollIntoViewIfNeeded();
    // What the first frame will paint (as above): the commune's name and charts, and the three
    // panels at the page's foot, below the screen, still the province's and marked busy.
    const FOOT = ['#ranking', '#plan', '#quality'];
    const inFirstFrame = await page.evaluate(async ([unit, foot]) => {
      const b = [...document.querySelectorAll('#ranking tbody th button')].find((x) => x.textContent === unit) as HTMLButtonElement;
      b.click();
      for (let i = 0; i < 3; i++) await Promise.resolve();
      const panels = foot.map((id) => document.querySelector(id)!);
      return {
        named: document.querySelector('.breadcrumb__current')!.textContent,
        busy: panels.map((p) => p.closest('[aria-busy="true"]') !== null),
        belowScreen: panels.map((p) => p.getBoundingClientRect().top >= innerHeight),
        rankingOfProvince: [...document.querySelectorAll('#ranking tbody th button')].some((x) => x.textContent === unit && x.getClientRects().length > 0),
      };
    }, [commune, FOOT] as const);
    expect(inFirstFrame).toEqual({ named: commune, busy: [true, true, true], belowScreen: [true, true, true], rankingOfProvince: true });
    // Then they catch up: none busy, and the ranking is the commune's, which has no communes under
    // it (the province's table is kept, hidden, for the way back).
    await atUnit(page, commune);
    expect(await page.evaluate((foot) => foot.map((id) => document.querySelector(id)!.closest('[aria-busy]') !== null), FOOT)).toEqual([false, false, false]);
    expect(await page.locator('#ranking tbody th button:visible').count()).toBe(0);
    expect(await page.locator('#ranking').innerText()).toContain('không có đơn vị trực thuộc');
  });

  it('the ranking and the plan, at the page\'s foot, are not rendered while far from the screen: a drill lays out the view\'s first screen, not them', async () => {
    const { page } = await open(suite.search);
    await page.waitForSelector('#ranking tbody th button');
    await page.waitForSelector('#trend', { state: 'attached' });
    const frames = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    // Whether each panel's content (its title) is rendered: checkVisibility is false in content the
    // browser skips.
    const rendered = () => page.evaluate(() => ['#trend', '#ranking', '#plan'].map((id) => document.querySelector(id)!.firstElementChild!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)));
    await page.evaluate(() => scrollTo(0, 0));
    await frames();
    expect(await rendered()).toEqual([true, false, false]);
    // Come near, the ranking is there to read and click; a drill and the way back up, each opening
    // at the top of its view, leave it again.
    await page.locator('#ranking').scrollIntoViewIfNeeded();
    await frames();
    expect((await rendered())[1]).toBe(true);
    const province = (await page.textContent('.breadcrumb__current'))!;
    const button = page.locator('#ranking tbody th button').nth(2);
    const commune = (await button.textContent())!;
    await button.click();
    await atUnit(page, commune);
    await page.locator('.breadcrumb button').last().click();
    await atUnit(page, province);
    await frames();
    expect(await rendered()).toEqual([true, false, false]);
    // On paper every panel is there.
    await page.emulateMedia({ media: 'print' });
    await frames();
    expect(await rendered()).toEqual([true, true, true]);
  });
});
