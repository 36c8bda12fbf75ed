// A load's phases are User Timing measures on the page's timeline (app/loadPhases.ts): the worker's
// (its files in hand, the rows read, the sums and checks, the figures sent) in order, then the
// page's own. The bench prints them beside the first chart's time; a reader profiling a slow load
// sees them in the browser's performance panel.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closePages, hasChromium, launch, pageOpener, waitForData, type Watched } from './browser';

let browser: Browser;
const opened: Watched[] = [];
const open = pageOpener(() => browser, opened);

interface Measure { name: string; start: number; end: number }

/** The page's `cchc:` measures, in the order of their start. */
const measures = (page: Page) => page.evaluate(() => performance.getEntriesByType('measure')
  .filter((m) => m.name.startsWith('cchc:'))
  .map((m) => ({ name: m.name, start: m.startTime, end: m.startTime + m.duration })));

describe.skipIf(!hasChromium())('a load\'s phases', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  afterEach(() => closePages(opened));

  it('are measured on the page, one after another, from the worker\'s files to the page\'s own part', async () => {
    const { page } = await open('?unit=91');
    const got: Measure[] = await measures(page);
    expect(got.map((m) => m.name)).toEqual(['cchc:files', 'cchc:read', 'cchc:compute', 'cchc:send', 'cchc:page']);
    for (let i = 0; i < got.length; i++) {
      expect(got[i].end).toBeGreaterThanOrEqual(got[i].start);
      // Each starts where the one before ended (the worker's), or after it (the page's, once the message came).
      if (i > 0 && i < 4) expect(got[i].start).toBeCloseTo(got[i - 1].end, 0);
      if (i === 4) expect(got[i].start).toBeGreaterThanOrEqual(got[3].end - 1);
    }
    // All before the page had the figures on screen, and after it began.
    const now = await page.evaluate(() => performance.now());
    expect(got[0].start).toBeGreaterThan(0);
    expect(got[4].end).toBeLessThan(now);
  });

  it('say so when the figures were read back from an earlier opening rather than read again', async () => {
    const { page } = await open('?unit=91');
    // What the worker keeps is written once the page has shown the figures (and is idle).
    await page.waitForFunction(() => new Promise<boolean>((ok) => {
      const req = indexedDB.open('cchc-computed');
      req.onerror = () => ok(false);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('results')) { db.close(); ok(false); return; }
        const count = db.transaction('results').objectStore('results').count();
        count.onsuccess = () => { db.close(); ok(count.result > 0); };
        count.onerror = () => { db.close(); ok(false); };
      };
    }), null, { timeout: 20_000, polling: 200 });
    await page.reload();
    await waitForData(page);
    const got: Measure[] = await measures(page);
    expect(got.map((m) => m.name)).toEqual(['cchc:files', 'cchc:reopened', 'cchc:page']);
  });
});
