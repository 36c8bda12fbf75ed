// Reopening: the same files opened again in the same browser show what was computed the first
// time (kept in IndexedDB, app/reopen.ts) instead of reading them again — the same page, said
// in the load summary, with a button to read them again and one to delete what is kept. Files that differ by a byte (anywhere) are read
// again; today's units and a partition drilled into still work on a reopened dataset (read then).
// Only the last result from a URL is kept, and a database of the version before is upgraded.
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, closePages, hasChromium, launch, pageOpener, waitForData, type Watched } from './browser';

let browser: Browser;
const opened: Watched[] = [];
const open = pageOpener(() => browser, opened);

const REOPENED = 'Tệp không đổi: mở lại kết quả đã tính trên máy này.';

/** What the overview says in words that does not wait for a chart: the breadcrumb, the cards,
 * the ranking table, the plan and the data-quality panel (which come in last). */
async function mainText(page: Page): Promise<string> {
  await waitForData(page);
  await page.waitForSelector('#quality');
  return page.evaluate(() => ['.breadcrumb', '.kpis', '#ranking', '#plan', '#quality']
    .map((s) => `${s}: ${(document.querySelector(s) as HTMLElement | null)?.innerText ?? '(none)'}`).join('\n'));
}

const summary = (page: Page) => page.locator('.load-status .alert--info p').first().textContent();

/** The load summary after the page is loaded again. */
async function reloaded(page: Page): Promise<string | null> {
  await page.reload();
  await waitForData(page);
  return summary(page);
}

describe.skipIf(!hasChromium())('reopening the same files in Chromium', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  afterEach(() => closePages(opened));

  it('the bundled dataset opened again shows the same page, reopened and said so', async () => {
    const { page, problems } = await open();
    expect(await summary(page)).not.toContain(REOPENED);
    const first = await mainText(page);
    expect(first).toContain('61.475'); // Gò Quao's dossiers received, on its card
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    expect(await mainText(page)).toBe(first);
    expect(await axeViolations(page, '.load-status')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('"Đọc lại tệp" beside the sentence reads the files again, and the page is the same', async () => {
    const { page } = await open();
    const first = await mainText(page);
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    await page.getByRole('button', { name: 'Đọc lại tệp' }).click();
    await page.waitForFunction(() => !document.querySelector('.load-status__reopened') && document.querySelector('.load-status .alert--info'));
    expect(await summary(page)).toMatch(/^Đã nạp 4 tệp, 62 dòng số liệu/);
    expect(await mainText(page)).toBe(first);
  });

  it('"Xoá kết quả đã giữ" deletes every kept result: each dataset is read at its next opening, and kept again', async () => {
    const { page, problems } = await open();
    const origin = new URL(page.url()).origin;
    await page.goto(`${origin}/?data=fixtures/units/provinces-2026/`);
    await waitForData(page);
    await page.goto(`${origin}/`);
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    await page.getByRole('button', { name: 'Xoá kết quả đã giữ' }).click();
    await page.waitForSelector('.load-status__forgot');
    expect(await summary(page)).toContain('Đã xoá các kết quả đã tính giữ trên máy này: lần mở sau sẽ đọc lại tệp.');
    expect(await summary(page)).not.toContain(REOPENED);
    expect(await axeViolations(page, '.load-status')).toEqual([]);
    // The other dataset, kept before, is read again too; then kept again.
    await page.goto(`${origin}/?data=fixtures/units/provinces-2026/`);
    await waitForData(page);
    expect(await summary(page)).not.toContain(REOPENED);
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    expect(problems).toEqual([]);
  });

  it('only the last 3 datasets are kept: the fourth opened pushes out the first', async () => {
    const { page } = await open();
    const origin = new URL(page.url()).origin;
    for (const data of ['fixtures/units/provinces-2026/', 'fixtures/units/own-map/', 'fixtures/service-index/']) {
      await page.goto(`${origin}/?data=${data}`);
      await waitForData(page);
      expect(await summary(page)).not.toContain(REOPENED);
    }
    // The last of them is still kept; the bundled dataset, opened first, is read again.
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    await page.goto(`${origin}/`);
    await waitForData(page);
    expect(await summary(page)).not.toContain(REOPENED);
  });

  it('a file that changed by one byte is read again', async () => {
    const { page } = await open();
    const first = await mainText(page);
    // The same figures with a blank line at the end: other bytes, so not reopened.
    await page.route('**/data/observations.csv', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: `${await res.text()}\n` });
    });
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).not.toContain(REOPENED);
    expect(await mainText(page)).toBe(first);
    // The changed bytes are kept in their turn: the same change opened again is reopened.
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
  });

  it('a file that changed in its middle, with the same length, start and end (the same shape), is read again', async () => {
    const { page } = await open();
    const first = await mainText(page);
    expect(first).toContain('61.475');
    // Gò Quao's dossiers received, 61.475 -> 61.476: beyond the first and last 4 KB, as long as before.
    await page.route('**/data/observations.csv', async (route) => {
      const res = await route.fetch();
      const bytes = await res.body();
      const at = bytes.indexOf(';received;61.475;');
      expect(at).toBeGreaterThan(4096);
      expect(at).toBeLessThan(bytes.length - 4096);
      const changed = Buffer.from(bytes);
      changed.write(';received;61.476;', at);
      await route.fulfill({ response: res, body: changed });
    });
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).not.toContain(REOPENED);
    expect(await mainText(page)).toContain('61.476');
    // Kept in its turn, under its own digest: opened again, reopened.
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    expect(await mainText(page)).toContain('61.476');
  });

  it('only the last result from a URL is kept: a file changed and changed back is read each time, then reopened', async () => {
    const { page } = await open();
    expect(await mainText(page)).toContain('61.475');
    const change = async (route: Route) => {
      const res = await route.fetch();
      const bytes = Buffer.from(await res.body());
      bytes.write(';received;61.476;', bytes.indexOf(';received;61.475;'));
      await route.fulfill({ response: res, body: bytes });
    };
    await page.route('**/data/observations.csv', change);
    expect(await reloaded(page)).not.toContain(REOPENED);
    expect(await mainText(page)).toContain('61.476');
    // Back as it was: its result gave way to the changed file's, so it is read again, and kept.
    await page.unroute('**/data/observations.csv', change);
    expect(await reloaded(page)).not.toContain(REOPENED);
    expect(await mainText(page)).toContain('61.475');
    expect(await reloaded(page)).toContain(REOPENED);
    expect(await mainText(page)).toContain('61.475');
  });

  it('results kept by the version before (a database without sources) do not stop what is read now from being kept and reopened', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const base = inject('baseUrl');
      await page.goto(new URL('robots.txt', base).href);
      // The database as version 1 made it: results by key and by date, one kept.
      await page.evaluate(() => new Promise((ok, no) => {
        const req = indexedDB.open('cchc-computed', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('results', { keyPath: 'key' }).createIndex('saved', 'saved');
        req.onerror = () => no(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('results', 'readwrite');
          tx.objectStore('results').put({ key: 'before.before', saved: 1 });
          tx.oncomplete = () => { req.result.close(); ok(null); };
        };
      }));
      await page.goto(base);
      await waitForData(page);
      expect(await summary(page)).not.toContain(REOPENED);
      expect(await reloaded(page)).toContain(REOPENED);
      expect(await page.evaluate(() => new Promise((ok) => {
        const req = indexedDB.open('cchc-computed');
        req.onsuccess = () => { ok([req.result.version, [...req.result.transaction('results').objectStore('results').indexNames]]); req.result.close(); };
      }))).toEqual([2, ['saved', 'source']]);
    } finally {
      await context.close();
    }
  });

  it('today\'s units on a reopened dataset: read then, and the same as on a first opening', async () => {
    const search = '?unit=259&period=2020-07-01/2023-06-30&level=huyen';
    const fresh = await open(`${search}&today=1`);
    const today = await mainText(fresh.page);
    const { page } = await open(search);
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    await page.getByRole('button', { name: 'Hiện bộ lọc' }).isVisible().then(async (v) => { if (v) await page.getByRole('button', { name: 'Hiện bộ lọc' }).click(); });
    await page.selectOption('#f-era', 'today');
    await page.waitForFunction(() => location.search.includes('today=1'));
    await waitForData(page);
    expect(await page.locator('.breadcrumb li').allTextContents()).toEqual(['Cả nước', 'Tỉnh Bắc Ninh', 'Tỉnh Bắc Ninh (trước 1/7/2025)', 'Thị xã Quế Võ']);
    expect(await page.textContent('.kpi[data-indicator="resolution_rate"] .kpi__value')).toBe(await fresh.page.textContent('.kpi[data-indicator="resolution_rate"] .kpi__value'));
    expect(today).toContain('99,14%');
  });

  it('a partitioned dataset reopened still loads a province\'s partition on a drill', async () => {
    const { page } = await open('?data=fixtures/partitioned/');
    await page.reload();
    await waitForData(page);
    expect(await summary(page)).toContain(REOPENED);
    const fetched: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/fixtures/partitioned/provinces/')) fetched.push(new URL(r.url()).pathname); });
    await page.locator('#ranking tbody th button', { hasText: 'Tỉnh Bắc Ninh' }).click();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Bắc Ninh');
    await page.waitForFunction(() => document.querySelector('#ranking .pager__where')?.textContent === 'Hạng 1–20 trong 99 đơn vị', null, { timeout: 20_000 });
    expect(fetched).toEqual(['/fixtures/partitioned/provinces/24.csv']);
    // A second province, then the first again: Bắc Ninh's reading, kept from the first drill on, is still in.
    await page.locator('.breadcrumb button', { hasText: 'Cả nước' }).click();
    await page.locator('#ranking tbody th button', { hasText: 'Tỉnh An Giang' }).click();
    await page.waitForFunction(() => document.querySelector('#ranking .pager__where')?.textContent === 'Hạng 1–20 trong 102 đơn vị', null, { timeout: 20_000 });
    await page.locator('.breadcrumb button', { hasText: 'Cả nước' }).click();
    await page.locator('#ranking tbody th button', { hasText: 'Tỉnh Bắc Ninh' }).click();
    await page.waitForFunction(() => document.querySelector('#ranking .pager__where')?.textContent === 'Hạng 1–20 trong 99 đơn vị', null, { timeout: 20_000 });
    expect(fetched).toEqual(['/fixtures/partitioned/provinces/24.csv', '/fixtures/partitioned/provinces/91.csv']);
  });
});
