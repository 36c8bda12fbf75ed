// The first screen a new user sees on the bundled data, and the warning marks on flagged figures.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { current, hasChromium, kpiValue, launch, axeViolations, pageOpener, pageState, scrollThrough, type Watched, closePages } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const BAC_KAN = '?unit=06&period=2022-Q1';

let browser: Browser;
const opened: Watched[] = [];
const open = pageOpener(() => browser, opened);


describe.skipIf(!hasChromium())('the first screen', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  // No console error, page error or dialog on any page a test opened.
  afterEach(() => closePages(opened));

  it('with no link: Gò Quao, nine months of 2020 — eight KPI cards, none empty; the panels with nothing to show are one line each', async () => {
    const { page } = await open();
    expect(await current(page)).toBe('Huyện Gò Quao');
    expect(await page.inputValue('#f-period')).toBe('2020-01-01/2020-09-30');
    expect(await page.inputValue('#f-indicator')).toBe('received');
    expect(await page.locator('.kpi').count()).toBe(8);
    expect(await page.locator('.kpi .kpi__nodata').count()).toBe(0);
    expect((await kpiValue(page, 'received'))?.trim()).toMatch(/^61\.475/);
    // The levels' bars, drawn in HTML (in the panels' second pass): Cấp huyện and Cấp xã.
    await page.waitForSelector('#levels .bar-list__name');
    expect(await page.locator('#levels .bar-list__name').allTextContents()).toEqual(['Cấp huyện', 'Cấp xã']);
    // Gò Quao has no districts under it: the comparison says so in one line, not a tall empty box.
    const compare = page.locator('#compare');
    expect(await compare.getAttribute('data-empty')).toBe('true');
    expect((await compare.boundingBox())!.height).toBeLessThan(60);
    expect(await page.locator('#satisfaction').textContent()).toContain('Chưa có số liệu');
    expect((await page.locator('#satisfaction').boundingBox())!.height).toBeLessThan(60);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('at 360 px: no horizontal scroll, and axe finds nothing', async () => {
    const { page } = await open('', 360, 740);
    await page.waitForSelector('#ranking');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await scrollThrough(page);
    await page.screenshot({ path: resolve(ROOT, 'test-results/first-screen-360.png'), fullPage: true });
  });

  it('Bắc Kạn, Q1/2022: cards only for its five figures, the six targets without one on a line, the 13 units folded', async () => {
    const { page } = await open(BAC_KAN);
    expect(await current(page)).toBe('Tỉnh Bắc Kạn');
    expect(await page.locator('.kpi').count()).toBe(5);
    expect(await page.locator('.kpi .kpi__nodata').count()).toBe(0);
    const line = await page.locator('.kpis__without').textContent();
    expect(line).toMatch(/^6 chỉ tiêu chưa có số liệu: Mức độ hài lòng/);
    expect(await page.locator('#ranking tbody tr').count()).toBe(0);
    const fold = page.locator('#ranking details.ranking-fold');
    expect(await fold.locator('summary').textContent()).toBe('13 đơn vị chưa có số liệu');
    await fold.locator('summary').click();
    // Once in CI, on a busy machine, this click was reported as done and the fold did not open
    // (and once, beside the unit tests, a download button gave nothing: exports.e2e.ts); not seen
    // again in 80 runs under load. A fold still shut after 5 s is clicked again, and said in the output.
    if (!(await page.waitForSelector('#ranking details.ranking-fold[open]', { timeout: 5_000 }).then(() => true, () => false))) {
      console.warn(`firstScreen.e2e: the fold did not open 5 s after the click; clicked again. Its summary: ${await pageState(page, '#ranking details.ranking-fold summary')}`);
      await fold.locator('summary').click();
      await page.waitForSelector('#ranking details.ranking-fold[open]');
    }
    // The folded names still drill in.
    await fold.getByRole('button', { name: 'Sở Tư pháp' }).click();
    await page.waitForFunction(() => location.search.includes('unit=06-STP'));
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Sở Tư pháp');
  });

  it('Bắc Kạn\'s 74,74% carries the warning mark, named by its check, whose link opens the data-quality entry', async () => {
    const { page } = await open(BAC_KAN);
    const card = page.locator('.kpi[data-indicator="online_service_rate"]');
    expect((await card.locator('.kpi__value').textContent())?.trim()).toBe('74,74%');
    const mark = card.locator('a.flag');
    expect(await mark.textContent()).toContain('Cảnh báo: Tỷ lệ không khớp với tổng suy ra');
    expect(await mark.getAttribute('title')).toContain('Tỷ lệ không khớp với tổng suy ra');
    const href = (await mark.getAttribute('href'))!;
    expect(href).toMatch(/^#q-\d+$/);
    // Only the warnings listed, so the entry must be revealed (the filter cleared) to be focused.
    await page.getByRole('radio', { name: /Thông tin/ }).check();
    await mark.click();
    await page.waitForFunction((id) => document.activeElement?.id === id, href.slice(1));
    const entry = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(entry).toContain('observations.csv:37:4');
    expect(entry).toContain('the percentages were added, not computed from the counts');
    // The card beside it (70,9%, only part of an informational note) has no mark.
    expect(await page.locator('.kpi[data-indicator="online_full_rate"] a.flag').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a flagged figure in the ranking table and on a comparison bar (Gò Quao\'s 5,15% pending share, the district desk)', async () => {
    const { page } = await open('?unit=91&period=2020-01-01/2020-09-30&indicator=pending_share&level=huyen');
    const cell = page.locator('#ranking tbody tr', { hasText: 'Huyện Gò Quao' }).locator('a.flag');
    expect(await cell.getAttribute('aria-label')).toBe('Cảnh báo: Tỷ lệ in ra lệch với số đếm — xem mục kiểm tra số liệu');
    await page.waitForSelector('[data-chart="compare"] canvas');
    const label = await page.locator('[data-chart="compare"] > div').first().evaluate((node) => {
      const inst = (node as HTMLElement & { echartsInstance: { getOption: () => { series: { label: { formatter: (p: { dataIndex: number }) => string } }[] } } }).echartsInstance;
      return inst.getOption().series[0].label.formatter({ dataIndex: 0 });
    });
    expect(label).toBe('5,14% ⚠ Cảnh báo');
  });
});
