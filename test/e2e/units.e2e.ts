// Vietnam's built-in units in a real browser: a national table named by province names ranks
// and maps all provinces with no units file; the 34-province map draws, colours by status and
// drills on a click; today's units from the URL; axe finds nothing on the map view.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { current, hasChromium, kpiValue, launch, pageOpener, type Watched, closePages } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = resolve(ROOT, 'test-results');
const BY_NAME = '?data=fixtures/units/provinces-by-name/observations.csv';
const PROVINCES_2026 = '?data=fixtures/units/provinces-2026/';

let browser: Browser;
const opened: Watched[] = [];

const open = pageOpener(() => browser, opened);

/** The map's ECharts instance has drawn: its regions and its data. */
async function mapState(page: Page): Promise<{ regions: number; data: { name: string; value: number; unit: string }[] }> {
  await page.waitForSelector('[data-chart="map"] canvas', { timeout: 20_000 });
  return page.locator('[data-chart="map"] > div').first().evaluate((node) => {
    const inst = (node as HTMLElement & { echartsInstance: { getOption: () => { series: { data: { name: string; value: number; unit: string }[] }[] }; getModel: () => { getSeriesByIndex: (i: number) => { coordinateSystem: { regions: unknown[] } } } } }).echartsInstance;
    return { regions: inst.getModel().getSeriesByIndex(0).coordinateSystem.regions.length, data: inst.getOption().series[0].data };
  });
}

/** Pixel of a region's centre on the map. */
async function regionPoint(page: Page, code: string): Promise<{ x: number; y: number }> {
  const el = page.locator('[data-chart="map"] > div').first();
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const [x, y] = await el.evaluate((node, c) => {
    const inst = (node as HTMLElement & { echartsInstance: { convertToPixel: (f: object, v: unknown) => number[] } }).echartsInstance;
    return inst.convertToPixel({ seriesIndex: 0 }, c);
  }, code);
  return { x: box.x + x, y: box.y + y };
}

describe.skipIf(!hasChromium())('Vietnam\'s units and maps in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  // No console error, page error or dialog on any page a test opened.
  afterEach(() => closePages(opened));

  it('a provinces-only table named by name (no units file) ranks all 63 provinces in the table and on the map', async () => {
    const { page } = await open(BY_NAME);
    expect(await current(page)).toBe('Cả nước');
    // The ranking table (it loads after the first paint): 63 provinces, each with its score and a
    // rank, 20 on a page until the reader asks for all.
    await page.waitForSelector('#ranking tbody tr');
    const rows = page.locator('#ranking tbody tr');
    expect(await rows.count()).toBe(20);
    await page.locator('#ranking .pager__all').click();
    await expect.poll(() => rows.count()).toBe(63);
    const ranks = await page.locator('#ranking tbody tr td:first-child').allTextContents();
    expect(ranks.map((r) => r.trim())).toEqual(Array.from({ length: 63 }, (_, i) => String(i + 1)));
    await expect.poll(() => page.locator('#ranking tbody').textContent()).toContain('Thành phố Hồ Chí Minh');
    for (const name of ['Thành phố Huế', 'Tỉnh Hoà Bình', 'Tỉnh Bà Rịa - Vũng Tàu']) expect(await page.locator('#ranking tbody').textContent()).toContain(name);
    // The map: the 63-province layer, every region with a figure.
    const map = await mapState(page);
    expect(map.regions).toBe(63);
    expect(map.data.filter((d) => Number.isFinite(d.value))).toHaveLength(63);
    await page.locator('#map').screenshot({ path: resolve(RESULTS, 'map-63-1280.png') });
  });

  it('the 34-province map draws, colours by status with a legend in words, and a click drills into a province', async () => {
    const { page } = await open(PROVINCES_2026);
    expect(await current(page)).toBe('Cả nước');
    const map = await mapState(page);
    expect(map.regions).toBe(34);
    expect(map.data).toHaveLength(34);
    expect(await page.locator('.map__legend').textContent()).toContain('Chưa đạt');
    await page.locator('#map').screenshot({ path: resolve(RESULTS, 'map-34-1280.png') });
    const p = await regionPoint(page, '40'); // Nghệ An, large enough to hit
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Nghệ An');
    expect(page.url()).toContain('unit=40');
  });

  it('the map\'s table alternative drills in from the keyboard', async () => {
    const { page } = await open(PROVINCES_2026);
    await mapState(page);
    const summary = page.locator('#map .panel__table summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const button = page.locator('#map details tbody th button', { hasText: 'Thành phố Đà Nẵng' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Thành phố Đà Nẵng');
  });

  it('a dataset that brings its own map (GeoJSON in its index.json) draws its districts inside the province', async () => {
    const { page } = await open('?data=fixtures/units/own-map/');
    expect(await current(page)).toBe('Tỉnh An Giang');
    const map = await mapState(page);
    expect(map.regions).toBe(4);
    expect(map.data.map((d) => [d.unit, d.value]).sort()).toEqual([['883', 9100], ['884', 4300], ['889', 6100], ['894', 5200]]);
    expect(await page.locator('#map .panel__summary').textContent()).toContain('bản đồ của bộ số liệu');
    const p = await regionPoint(page, 'f1');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Thành phố Châu Đốc');
  });

  it('a partitioned dataset loads its summary first and a province\'s partition only on a drill', async () => {
    const { page } = await open();
    const fetched: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/fixtures/partitioned/')) fetched.push(new URL(r.url()).pathname); });
    await page.goto(`${new URL(page.url()).origin}/?data=fixtures/partitioned/`);
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Cả nước');
    await page.waitForFunction(() => !document.querySelector('.progress'));
    expect(await page.locator('.header__synthetic').textContent()).toContain('Dữ liệu giả lập');
    expect(fetched.filter((f) => f.includes('/provinces/'))).toEqual([]);
    await page.locator('#ranking tbody th button', { hasText: 'Tỉnh Bắc Ninh' }).click();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Bắc Ninh');
    await page.waitForFunction(() => document.querySelector('#ranking .pager__where')?.textContent === 'Hạng 1–20 trong 99 đơn vị', null, { timeout: 20_000 });
    expect(fetched.filter((f) => f.includes('/provinces/'))).toEqual(['/fixtures/partitioned/provinces/24.csv']);
    // A second province: its partition read with the summary, Bắc Ninh's reading kept (partReadings.ts).
    await page.locator('.breadcrumb button', { hasText: 'Cả nước' }).click();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Cả nước');
    await page.locator('#ranking tbody th button', { hasText: 'Tỉnh An Giang' }).click();
    await page.waitForFunction(() => document.querySelector('#ranking .pager__where')?.textContent === 'Hạng 1–20 trong 102 đơn vị', null, { timeout: 20_000 });
    expect(fetched.filter((f) => f.includes('/provinces/'))).toEqual(['/fixtures/partitioned/provinces/24.csv', '/fixtures/partitioned/provinces/91.csv']);
    // Bắc Ninh's communes are still there, from the reading kept.
    await page.locator('.breadcrumb button', { hasText: 'Cả nước' }).click();
    await page.locator('#ranking tbody th button', { hasText: 'Tỉnh Bắc Ninh' }).click();
    await page.waitForFunction(() => document.querySelector('#ranking .pager__where')?.textContent === 'Hạng 1–20 trong 99 đơn vị', null, { timeout: 20_000 });
    expect(fetched.filter((f) => f.includes('/provinces/'))).toHaveLength(2);
  });

  /** The unit picker searched for `query` (the filter bar opened first on a phone): its options and
   * its notes, then closed. */
  async function searchUnits(page: Page, query: string, width: number): Promise<{ options: string[]; notes: string[] }> {
    await page.evaluate(() => scrollTo(0, 0));
    if (width < 700 && await page.locator('.filters__toggle').getAttribute('aria-expanded') === 'false') await page.locator('.filters__toggle').click();
    const input = page.locator('.filters input[role="combobox"]');
    await input.fill(query);
    const found = {
      options: (await page.locator('.combo__list [role="option"]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()),
      notes: await page.locator('.combo__list .combo__empty').allInnerTexts(),
    };
    await input.press('Escape');
    await input.blur();
    return found;
  }

  // A national summary at the province level (fixtures/partitioned-levels): the country's view is on
  // "Cấp tỉnh"; a province's communes, read from its partition, report at the commune level. The
  // comparison and the ranking say so and offer that level; back up, the country is at the province
  // level again.
  for (const width of [1280, 360]) {
    it(`a province drilled into from a national summary: its communes loading, then the level they report at offered (${width} px)`, async () => {
      const { page } = await open('?data=fixtures/partitioned-levels/', width, 800);
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Cả nước');
      await page.waitForFunction(() => !document.querySelector('.progress'));
      expect(await page.inputValue('#f-level')).toBe('tinh');
      // A commune of a province not opened yet: the picker names it, from the built-in lists.
      expect(await searchUnits(page, 'Xuan Luong', width)).toEqual({ options: ['Xã Xuân Lương · Tỉnh Bắc Ninh · tải số liệu khi chọn'], notes: [] });
      // Bắc Ninh's part comes slowly, as over a phone's network: meanwhile its communes are loading,
      // not absent.
      let release = () => {};
      const held = new Promise<void>((ok) => { release = ok; });
      await page.route('**/fixtures/partitioned-levels/provinces/24.csv', async (route) => { await held; await route.continue(); });
      await page.locator('#ranking tbody th button', { hasText: 'Tỉnh Bắc Ninh' }).click();
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Bắc Ninh');
      await page.waitForFunction(() => document.querySelector('#ranking:not([aria-busy])') !== null);
      expect(await page.locator('#compare .panel__summary').textContent()).toBe('Đang tải số liệu của các đơn vị trực thuộc…');
      expect(await page.locator('#ranking .panel__summary').textContent()).toBe('Đang tải số liệu của các đơn vị trực thuộc…');
      release();
      // Once the partition is read: no commune has a figure at the province level, three at the commune level.
      const chip = page.locator('#compare .panel__hint .chip');
      await chip.first().waitFor({ timeout: 20_000 });
      expect(await chip.allTextContents()).toEqual(['Cấp xã']);
      expect(await page.locator('#compare .panel__summary').textContent()).toContain('khi chọn “Cấp tỉnh”');
      await page.waitForSelector('#ranking:not([aria-busy]) .panel__hint .chip');
      expect(await page.locator('#ranking .panel__hint .chip').first().textContent()).toBe('Cấp xã');
      await page.screenshot({ path: resolve(RESULTS, `partition-levels-${width}.png`), fullPage: false });
      await chip.first().click();
      await page.waitForFunction(() => (document.querySelector('#f-level') as HTMLSelectElement).value === 'xa');
      await page.waitForFunction(() => document.querySelector('#compare .panel__summary')?.textContent?.startsWith('3 đơn vị có số liệu'));
      expect(await page.locator('#compare .panel__hint .chip').count()).toBe(0);
      expect(await page.locator('.breadcrumb__current').textContent()).toBe('Tỉnh Bắc Ninh');
      await page.waitForFunction(() => [...document.querySelectorAll('#ranking tbody th button')].filter((b) => b.getClientRects().length > 0).length === 3);
      // Bắc Ninh opened, its communes are in the picker (An Giang's part is still not read).
      expect((await searchUnits(page, 'Xuan Luong', width)).options).toEqual(['Xã Xuân Lương · Tỉnh Bắc Ninh']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Back up: the country has no commune-level figure; its view is the level at which it has the
      // indicator (the province level, its 34 provinces), not the summary's all-level new dossiers.
      await page.locator('.breadcrumb button', { hasText: 'Cả nước' }).click();
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Cả nước');
      expect(await page.inputValue('#f-level')).toBe('tinh');
      expect(await page.inputValue('#f-indicator')).toBe('received');
      await page.waitForFunction(() => document.querySelector('#compare .panel__summary')?.textContent?.startsWith('34 đơn vị có số liệu'));
    });
  }

  // A commune found by name before its province's file is read (fixtures/partitioned-levels): the
  // picker names it from the built-in lists, and choosing it reads Bắc Ninh's file and opens it.
  for (const width of [1280, 360]) {
    it(`a commune of a national summary chosen in the unit picker before its province is opened (${width} px)`, async () => {
      const { page } = await open('?data=fixtures/partitioned-levels/', width, 800);
      const fetched: string[] = [];
      page.on('request', (r) => { if (r.url().includes('/provinces/')) fetched.push(new URL(r.url()).pathname); });
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Cả nước');
      await page.waitForFunction(() => !document.querySelector('.progress'));
      if (width < 700) await page.locator('.filters__toggle').click();
      const input = page.locator('.filters input[role="combobox"]');
      await input.fill('xuan luong');
      const option = page.locator('.combo__list [role="option"]');
      expect((await option.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Xã Xuân Lương · Tỉnh Bắc Ninh · tải số liệu khi chọn']);
      await page.screenshot({ path: resolve(RESULTS, `picker-unread-${width}.png`), fullPage: false });
      // Bắc Ninh's part held back: meanwhile the progress names the commune being opened.
      let release = () => {};
      const held = new Promise<void>((ok) => { release = ok; });
      await page.route('**/fixtures/partitioned-levels/provinces/24.csv', async (route) => { await held; await route.continue(); });
      await input.press('Enter');
      await page.waitForFunction(() => document.querySelector('.progress span')?.textContent === 'Đang mở Xã Xuân Lương…');
      await page.screenshot({ path: resolve(RESULTS, `picker-opening-${width}.png`), fullPage: false });
      release();
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Xã Xuân Lương', null, { timeout: 20_000 });
      expect(await page.locator('.breadcrumb li').allInnerTexts()).toEqual(['Cả nước', 'Tỉnh Bắc Ninh', 'Xã Xuân Lương']);
      // Its figures are at the commune level: the view is there, on the indicator it was on.
      expect(await page.inputValue('#f-level')).toBe('xa');
      expect(await page.inputValue('#f-indicator')).toBe('received');
      expect((await kpiValue(page, 'received'))?.trim()).toBe('120 hồ sơ');
      expect(fetched).toEqual(['/fixtures/partitioned-levels/provinces/24.csv']);
      expect(new URL(page.url()).searchParams.get('unit')).toBe('07246');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: resolve(RESULTS, `picker-unread-chosen-${width}.png`), fullPage: false });
      // One step in the history: Back is the country again.
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Cả nước');
      expect(await page.inputValue('#f-level')).toBe('tinh');
    });
  }

  // A national summary of 2024 (fixtures/partitioned-pre2025), partitioned by the provinces' codes
  // of then: Tuyên Quang's 08 is today's code too, so its unit in the tree is 08.pre2025. A drill
  // into it reads its part; the picker finds its communes before.
  for (const width of [1280, 360]) {
    it(`a 2024 national summary: a province whose code today's list took over opens its part, found in the picker before (${width} px)`, async () => {
      const { page } = await open('?data=fixtures/partitioned-pre2025/', width, 800);
      const fetched: string[] = [];
      page.on('request', (r) => { if (r.url().includes('/provinces/')) fetched.push(new URL(r.url()).pathname); });
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Cả nước');
      await page.waitForFunction(() => !document.querySelector('.progress'));
      expect((await searchUnits(page, 'minh xuan', width)).options).toEqual(['Phường Minh Xuân · Thành phố Tuyên Quang · tải số liệu khi chọn']);
      await page.locator('#ranking .pager__all').click();
      await page.locator('#ranking tbody th button', { hasText: 'Tỉnh Tuyên Quang' }).click();
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Tuyên Quang');
      // Its part is read: its 7 districts of then are in the ranking; in Thành phố Tuyên Quang,
      // three communes report at the commune level, one click away.
      await page.waitForFunction(() => document.querySelector('#ranking:not([aria-busy])')?.textContent?.includes('7 đơn vị chưa có số liệu'), null, { timeout: 20_000 });
      expect(fetched).toEqual(['/fixtures/partitioned-pre2025/provinces/08.csv']);
      const input = page.locator('.filters input[role="combobox"]');
      await page.evaluate(() => scrollTo(0, 0));
      if (width < 700 && await page.locator('.filters__toggle').getAttribute('aria-expanded') === 'false') await page.locator('.filters__toggle').click();
      await input.fill('thanh pho tuyen quang');
      await input.press('Enter');
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Thành phố Tuyên Quang');
      const chip = page.locator('#compare .panel__hint .chip');
      await chip.first().waitFor({ timeout: 20_000 });
      expect(await chip.allTextContents()).toEqual(['Cấp xã']);
      await chip.first().click();
      await page.waitForFunction(() => document.querySelector('#compare .panel__summary')?.textContent?.startsWith('3 đơn vị có số liệu'));
      await page.screenshot({ path: resolve(RESULTS, `partition-pre2025-${width}.png`), fullPage: false });
      // Bắc Ninh's commune of then, chosen in the picker, opens under its district.
      if (width < 700 && await page.locator('.filters__toggle').getAttribute('aria-expanded') === 'false') await page.locator('.filters__toggle').click();
      await page.evaluate(() => scrollTo(0, 0));
      await input.fill('phuong pho moi');
      await input.press('Enter');
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Phường Phố Mới', null, { timeout: 20_000 });
      expect(await page.locator('.breadcrumb li').allInnerTexts()).toEqual(['Cả nước', 'Tỉnh Bắc Ninh', 'Thị xã Quế Võ', 'Phường Phố Mới']);
      expect((await kpiValue(page, 'received'))?.trim()).toBe('150 hồ sơ');
      expect(fetched).toEqual(['/fixtures/partitioned-pre2025/provinces/08.csv', '/fixtures/partitioned-pre2025/provinces/27.csv']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  // A dataset with its own units, its parts named by the provinces' names (fixtures/partitioned-own):
  // the first unit's part is read on opening; the picker lists the other's communes (units.csv
  // names them) as to be loaded when chosen, not as without figures.
  it('a partitioned dataset with its own units: parts named by name, the first read on opening, the others\' units to load when chosen', async () => {
    const { page } = await open('?data=fixtures/partitioned-own/', 360, 800);
    const fetched: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/provinces/')) fetched.push(new URL(r.url()).pathname); });
    await page.waitForFunction(() => document.querySelector('#compare .panel__summary')?.textContent?.startsWith('2 đơn vị có số liệu'), null, { timeout: 20_000 });
    // Its communes are compared: its part was read (before this test could watch the requests).
    expect(await current(page)).toBe('Tỉnh Một');
    expect(fetched).toEqual([]);
    // Tỉnh Hai's communes are in units.csv: listed, their figures to load when chosen.
    expect(await searchUnits(page, 'xa cat', 360)).toEqual({ options: ['Xã Cát · Tỉnh Hai · tải số liệu khi chọn'], notes: [] });
    const input = page.locator('.filters input[role="combobox"]');
    await input.fill('tinh hai');
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('#compare .panel__summary')?.textContent?.startsWith('2 đơn vị có số liệu; cao nhất Xã Cát (12)'), null, { timeout: 20_000 });
    expect(fetched).toEqual(['/fixtures/partitioned-own/provinces/hai.csv']);
    expect((await searchUnits(page, 'xa cat', 360)).options).toEqual(['Xã Cát · Tỉnh Hai']);
  });

  it('at 360 px the map fits the phone', async () => {
    const { page } = await open(PROVINCES_2026, 360, 740);
    await mapState(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('#map').screenshot({ path: resolve(RESULTS, 'map-34-360.png') });
  });

  it('the map follows its frame: narrowed to a phone it redraws at the new width, and hidden with its panel it is never laid out at no size (ECharts\' geo view throws there)', async () => {
    const { page } = await open(PROVINCES_2026);
    // echarts-for-react catches a failed resize and only warns; the chart then throws on a later event.
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning' && /TypeError/.test(m.text())) warnings.push(m.text()); });
    await mapState(page);
    const width = () => page.locator('[data-chart="map"] canvas').first().evaluate((c) => c.getBoundingClientRect().width);
    expect(await width()).toBeGreaterThan(500);
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(width).toBeLessThanOrEqual(340);
    // The panel's body is hidden (display: none) while no region has a figure; then shown again.
    await page.locator('#map .panel__body').evaluate((b) => { (b as HTMLElement).hidden = true; });
    await page.waitForTimeout(300);
    await page.mouse.move(180, 300);
    await page.locator('#map .panel__body').evaluate((b) => { (b as HTMLElement).hidden = false; });
    await page.waitForTimeout(300);
    expect(warnings).toEqual([]);
    const p = await regionPoint(page, '40'); // Nghệ An, still where the map says it is
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Nghệ An');
  });

  it('today\'s units from the URL: Quế Võ sits under the new Bắc Ninh, and the switch goes back', async () => {
    const { page } = await open('?unit=259&period=2020-07-01/2023-06-30&level=huyen&today=1');
    const crumbs = await page.locator('.breadcrumb li').allTextContents();
    expect(crumbs).toEqual(['Cả nước', 'Tỉnh Bắc Ninh', 'Tỉnh Bắc Ninh (trước 1/7/2025)', 'Thị xã Quế Võ']);
    expect((await page.textContent('.kpi[data-indicator="resolution_rate"] .kpi__value'))?.trim()).toBe('99,14%');
    await page.getByRole('button', { name: 'Hiện bộ lọc' }).isVisible().then(async (v) => { if (v) await page.getByRole('button', { name: 'Hiện bộ lọc' }).click(); });
    await page.selectOption('#f-era', 'published');
    await page.waitForFunction(() => !location.search.includes('today=1'));
    await page.waitForFunction(() => document.querySelectorAll('.breadcrumb li').length === 2);
    expect(await page.locator('.breadcrumb li').allTextContents()).toEqual(['Tỉnh Bắc Ninh', 'Thị xã Quế Võ']);
  });

  it('axe finds no violation on the map view (WCAG 2 A/AA and best practice), in both languages, at 1280 and 360 px', async () => {
    const axe = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const [search, width] of [[PROVINCES_2026, 1280], [`${BY_NAME}&lang=en`, 1280], [PROVINCES_2026, 360]] as const) {
      const { page } = await open(search, width);
      await mapState(page);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run: (d: Element, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
        const r = await run(document.querySelector('#map')!, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${search} at ${width}`).toEqual([]);
    }
  });
});
