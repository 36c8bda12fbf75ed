// A panel off the screen takes a new view a pass later (components/LaterOffScreen.tsx): a filter
// change at a province's top shows the cards and the comparison in its task, and the panels two
// screens under the fold follow after the frame, busy meanwhile (on a phone, the comparison too:
// it sits under the cards). A view brought back by Back is
// shown whole at once: the browser puts the reader back where they were, which every panel's height
// says. On a synthetic province of 99 communes (npm run gen:data).
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { anotherMonthInTask, closePages, hasChromium, pageOpener, settled, waitForData, type Watched } from './browser';
import { syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

/** What the page shows now: the first KPI card's value, the comparison's and the dossiers' status
 * panel's summaries, and whether the status panel waits for its pass (its wrapper busy). */
const NOW = `(() => ({
  card: document.querySelector('.kpi .kpi__value').textContent,
  compare: document.querySelector('#compare .panel__summary').textContent,
  status: document.querySelector('#status .panel__summary').textContent,
  statusBusy: document.querySelector('#status').parentElement.getAttribute('aria-busy') === 'true',
  statusTop: Math.round(document.querySelector('#status').getBoundingClientRect().top),
  compareBusy: document.querySelector('#compare').parentElement.getAttribute('aria-busy') === 'true',
  compareTop: Math.round(document.querySelector('#compare').getBoundingClientRect().top),
}))()`;
interface Now { card: string; compare: string; status: string; statusBusy: boolean; statusTop: number; compareBusy: boolean; compareTop: number }
const now = (page: Page) => page.evaluate(NOW) as Promise<Now>;

describe.skipIf(!hasChromium())('a panel off the screen', () => {
  suite = syntheticSuite('later');
  afterEach(() => closePages(opened));

  it('takes a filter change a pass after the change\'s task, busy meanwhile; Back brings the view before whole, in its task', async () => {
    const { page } = await open(suite.search);
    await waitForData(page);
    // The comparison's top a third of the way down the screen (under the province's cards, it
    // starts at the fold).
    await page.evaluate(() => scrollTo(0, scrollY + document.querySelector('#compare')!.getBoundingClientRect().top - 300));
    await settled(page);
    const before = await now(page);
    // Two screens under the fold, not busy.
    expect(before.statusTop).toBeGreaterThan(900 + 240);
    expect(before.statusBusy).toBe(false);

    // Another month, chosen in the filter bar: what the page holds in the change's task.
    const inTask = await anotherMonthInTask<Now>(page, NOW);
    // The card and the comparison on the screen show the new month; the status panel still shows
    // the month before, busy.
    expect(inTask.card).not.toBe(before.card);
    expect(inTask.compare).not.toBe(before.compare);
    expect(inTask.compareBusy).toBe(false);
    expect(inTask.status).toBe(before.status);
    expect(inTask.statusBusy).toBe(true);

    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
    const after = await now(page);
    expect(after.status).not.toBe(before.status);
    expect(after.statusBusy).toBe(false);
    expect(after.card).toBe(inTask.card);

    // Back: in the task of the browser's popstate (a listener after the store's), every panel shows
    // the month before already, none busy.
    const back = await page.evaluate(async (read) => {
      const shown = new Promise<Now>((ok) => addEventListener('popstate', () => ok(eval(read) as Now), { once: true }));
      history.back();
      return shown;
    }, NOW);
    expect(back).toEqual(before);
  });

  it('on a phone, takes the comparison under the cards a pass later too, busy meanwhile', async () => {
    const { page } = await open(suite.search, 360, 740);
    await waitForData(page);
    await page.evaluate(() => scrollTo(0, 0));
    await settled(page);
    const before = await now(page);
    // The cards fill the first screen: the comparison is under them.
    expect(before.compareTop).toBeGreaterThan(740);
    expect(before.compareBusy).toBe(false);

    const inTask = await anotherMonthInTask<Now>(page, NOW);
    // The card shows the new month in the change's task; the comparison still shows the month before, busy.
    expect(inTask.card).not.toBe(before.card);
    expect(inTask.compare).toBe(before.compare);
    expect(inTask.compareBusy).toBe(true);

    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
    const after = await now(page);
    expect(after.compare).not.toBe(before.compare);
    expect(after.compareBusy).toBe(false);
    expect(after.card).toBe(inTask.card);
  });

  it('shows the view a drill lands on in the drill\'s task where the view puts a panel on the screen, and the others a pass later', async () => {
    const { page } = await open(suite.search);
    await waitForData(page);
    // From the ranking, far down the page, a commune: its view opens at its top.
    const button = page.locator('#ranking tbody th button').first();
    const commune = (await button.textContent())!;
    await button.scrollIntoViewIfNeeded();
    await settled(page);
    const landed = await page.evaluate(async (name) => {
      const b = [...document.querySelectorAll('#ranking tbody th button')].find((x) => x.textContent === name) as HTMLButtonElement;
      b.click();
      for (let i = 0; i < 20; i++) await Promise.resolve();
      // Each later panel's place and whether it waits for its pass, in the click's task.
      return [...document.querySelectorAll('.later-off-screen')].map((w) => {
        const panel = w.firstElementChild;
        const r = panel?.getBoundingClientRect();
        return { on: !!r && panel!.getClientRects().length > 0 && r.bottom > 0 && r.top < innerHeight, busy: w.getAttribute('aria-busy') === 'true', text: panel?.querySelector('.panel__summary')?.textContent ?? '' };
      });
    }, commune);
    expect(await page.textContent('.breadcrumb__current')).toBe(commune);
    // At the commune's top: the panels the view puts on the screen (under the cards) show it in the
    // click's task; those below the screen wait for their pass.
    expect(landed.filter((p) => p.on).length).toBeGreaterThan(0);
    expect(landed.filter((p) => p.on && p.busy)).toEqual([]);
    expect(landed.filter((p) => !p.on).every((p) => p.busy)).toBe(true);
    expect(landed.some((p) => !p.on)).toBe(true);
    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
  });
});
