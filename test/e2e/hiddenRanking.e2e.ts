// The ranking table of a unit without children: the parent's table stays in the page, hidden, so a
// drill from a province into a commune takes none of its rows out, and the way back puts none in;
// it shows the rows as they were, on the page the reader left, and a new view still changes them.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closePages, hasChromium, pageOpener, type Watched } from './browser';
import { atUnit as at, syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

/** Counts, from now on, the table rows put in and taken out of the ranking panel. */
const countRows = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { rowsMoved: { added: number; removed: number }; rowObserver?: MutationObserver };
  w.rowsMoved = { added: 0, removed: 0 };
  w.rowObserver?.disconnect();
  const isRow = (n: Node) => n.nodeName === 'TR' || (n instanceof Element && n.querySelector('tr') !== null);
  w.rowObserver = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (isRow(n)) w.rowsMoved.added++;
      for (const n of r.removedNodes) if (isRow(n)) w.rowsMoved.removed++;
    }
  });
  w.rowObserver.observe(document.querySelector('#ranking')!, { childList: true, subtree: true });
});
const rowsMoved = (page: Page) => page.evaluate(() => (window as unknown as { rowsMoved: { added: number; removed: number } }).rowsMoved);
const visibleRows = (page: Page) => page.locator('#ranking tbody tr').evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => tr.querySelector('th')!.textContent));

describe.skipIf(!hasChromium())('the ranking of a unit without children', () => {
  // A synthetic province of 99 communes (npm run gen:data): the first screen ranks them.
  suite = syntheticSuite('ranking');
  afterEach(() => closePages(opened));

  it('keeps the parent\'s rows, hidden: a drill in and back takes out and puts in no row', async () => {
    const { page } = await open(suite.search);
    await page.waitForSelector('#ranking tbody tr');
    const province = (await page.textContent('.breadcrumb__current'))!;
    // 99 communes: 20 on a page (model/views/rowPage). The reader goes to the third page.
    expect(await visibleRows(page)).toHaveLength(20);
    await page.locator('#ranking button[aria-label="Trang sau"]').click();
    await page.locator('#ranking button[aria-label="Trang sau"]').click();
    await expect.poll(() => page.locator('#ranking .pager__where').textContent()).toBe('Hạng 41–60 trong 99 đơn vị');
    const rows = await visibleRows(page);
    expect(rows).toHaveLength(20);
    await countRows(page);

    // Into the page's first commune (no units below it) by its name in the ranking.
    await page.locator('#ranking tbody th button').first().click();
    await at(page, rows[0]!);
    expect(await page.locator('#ranking .empty').isVisible()).toBe(true);
    expect(await visibleRows(page)).toEqual([]);
    expect(await page.locator('#ranking .toolbar').isVisible()).toBe(false);
    expect(await rowsMoved(page)).toEqual({ added: 0, removed: 0 });

    // Back: the same rows, shown again on the page the reader left, none made anew.
    await page.locator('.breadcrumb button', { hasText: province }).click();
    await at(page, province);
    expect(await visibleRows(page)).toEqual(rows);
    expect(await page.locator('#ranking .pager__where').textContent()).toBe('Hạng 41–60 trong 99 đơn vị');
    expect(await page.locator('#ranking .empty').count()).toBe(0);
    expect(await rowsMoved(page)).toEqual({ added: 0, removed: 0 });

    // A new view still changes them: another month ranks the communes in another order.
    const periods = await page.locator('#f-period option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const now = await page.locator('#f-period').inputValue();
    await page.locator('#f-period').selectOption(periods.find((p) => p !== now && /^\d{4}-\d{2}$/.test(p))!);
    await expect.poll(() => visibleRows(page)).not.toEqual(rows);
    // A new list starts on its first page.
    expect(await visibleRows(page)).toHaveLength(20);
    expect(await page.locator('#ranking .pager__where').textContent()).toBe('Hạng 1–20 trong 99 đơn vị');
  });
});
