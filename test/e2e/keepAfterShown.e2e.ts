// What the worker keeps for the next opening (app/reopen.ts) is written, for a dataset of more than
// some 26,000 figures, once the page says it has shown the figures: making the Blobs, cloning and
// the browser's writing took a core that the page's first screen waited for on a machine of two
// (a million rows' 100 MB for a second or more; 100k rows' 12 MB for 120-140 ms). A small dataset
// is kept at once (it costs the page a few milliseconds, and a reader may reload at once).
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closePages, hasChromium, launch, waitForData, watchPage, type Watched } from './browser';
import { syntheticDataset } from './synthetic';

let browser: Browser;
const opened: Watched[] = [];
let big: ReturnType<typeof syntheticDataset> | null = null;

/** The page's "shown" notices to the worker are held back until `release(page)`. */
const HOLD_SHOWN = `(() => {
  const post = Worker.prototype.postMessage;
  window.__held = [];
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.kind === 'shown') { window.__held.push(() => post.call(this, message, ...rest)); return; }
    return post.call(this, message, ...rest);
  };
})();`;

/** A new browser context (nothing kept yet) whose page holds its "shown" notices, at `search`. */
async function openHolding(search: string): Promise<Page> {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base });
  await context.addInitScript(HOLD_SHOWN);
  const w = watchPage(context, await context.newPage());
  opened.push(w);
  await w.page.goto(`${base}${search}`);
  await waitForData(w.page);
  return w.page;
}

const held = (page: Page) => page.evaluate(() => (window as unknown as { __held: unknown[] }).__held.length);
const release = (page: Page) => page.evaluate(() => { for (const send of (window as unknown as { __held: (() => void)[] }).__held.splice(0)) send(); });

/** How many results are kept (the worker opened the database when the load began). */
const kept = (page: Page) => page.evaluate(() => new Promise<number>((ok) => {
  const req = indexedDB.open('cchc-computed');
  req.onerror = () => ok(-1);
  req.onsuccess = () => {
    const db = req.result;
    const count = db.transaction('results').objectStore('results').count();
    count.onsuccess = () => { db.close(); ok(count.result); };
    count.onerror = () => { db.close(); ok(-1); };
  };
}));

describe.skipIf(!hasChromium())('keeping what was computed, after the page has shown it', () => {
  beforeAll(async () => {
    browser = await launch();
    // Some 52,000 figures: 4 MB of columns, over the 2 MB from which keeping waits.
    big = syntheticDataset('keep-after-shown', 40_000);
  });
  afterAll(async () => { big?.remove(); await browser?.close(); });
  afterEach(() => closePages(opened));

  it('a large dataset is kept only when the page says it is shown, then reopened', async () => {
    const page = await openHolding(big!.search);
    await expect.poll(() => held(page), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(1000);
    expect(await kept(page)).toBe(0);
    await release(page);
    await expect.poll(() => kept(page), { timeout: 15_000 }).toBe(1);
    await page.reload();
    await waitForData(page);
    await page.waitForSelector('.load-status__reopened');
  });

  it('a small one is kept without waiting for the page', async () => {
    const page = await openHolding('');
    await expect.poll(() => kept(page), { timeout: 10_000 }).toBe(1);
    // Its notice was sent, and held back: the worker never had it.
    await expect.poll(() => held(page), { timeout: 10_000 }).toBe(1);
  });
});
