// The dashboard in a real browser (Debian Chromium) against the production build.
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { barPoint, current, hoverBar, hasChromium, kpiValue, scrollThrough, launch, pageOpener, waitForData, type Watched, closePages } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = resolve(ROOT, 'test-results');
const QUE_VO = '?unit=259&period=2020-07-01/2023-06-30&level=huyen';
const KIEN_GIANG = '?unit=91&period=2020-01-01/2020-09-30&indicator=resolution_rate';

/** A fixture folder by name, wherever fixtures/ files it (fixtures/checks/rate-mismatch, fixtures/bad/...). */
function fixture(name: string, file = 'observations.csv'): string {
  const dir = resolve(ROOT, 'fixtures');
  for (const group of readdirSync(dir)) {
    const path = resolve(dir, group, name, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`no fixture ${name}/${file} under fixtures/`);
}

let browser: Browser;
const opened: Watched[] = [];

const open = pageOpener(() => browser, opened);

describe.skipIf(!hasChromium())('dashboard in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  // No console error, page error or dialog on any page a test opened.
  afterEach(() => closePages(opened));

  it('opens on the bundled dataset where it has most to show (Gò Quao, nine months of 2020), never empty', async () => {
    const { page } = await open();
    expect(await current(page)).toBe('Huyện Gò Quao');
    expect(await page.locator('.kpi').count()).toBe(8);
    expect(await kpiValue(page, 'received')).toContain('61.475');
    expect(await page.title()).toBe('Thống kê cải cách hành chính');
  });

  it('shows Quế Võ\'s resolution rate as 99,14% in Vietnamese and 99.14% in English', async () => {
    const { page } = await open(QUE_VO);
    expect(await current(page)).toBe('Thị xã Quế Võ');
    expect((await kpiValue(page, 'resolution_rate'))?.trim()).toBe('99,14%');
    expect((await kpiValue(page, 'received'))?.trim()).toMatch(/^133\.555/);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect((await kpiValue(page, 'resolution_rate'))?.trim()).toBe('99.14%');
    expect((await kpiValue(page, 'received'))?.trim()).toMatch(/^133,555/);
    expect(page.url()).toContain('lang=en');
    expect(await page.textContent('h1')).toBe('Administrative reform statistics');
  });

  it('clicking a bar drills in; the breadcrumb climbs back; Back and Forward restore the views', async () => {
    const { page } = await open(KIEN_GIANG);
    expect(await current(page)).toBe('Tỉnh Kiên Giang');
    const p = await barPoint(page, 'compare', 'Huyện Gò Quao');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
    // Gò Quao is the first screen's unit: the link leaves it out (only what differs from the defaults).
    expect(new URL(page.url()).search).toBe('?indicator=resolution_rate');
    // Gò Quao's district desk: printed 94,85% but 6.272 / 6.612 = 94,86%.
    await page.selectOption('#f-level', 'huyen');
    await page.waitForFunction(() => location.search.includes('level=huyen'));
    expect(await page.textContent('.kpi[data-indicator="resolution_rate"] .kpi__printed')).toContain('94,85%');

    // The card links to the data-quality entry about that cell, and focuses it.
    await page.getByRole('radio', { name: /Cảnh báo/ }).check();
    await page.locator('.kpi[data-indicator="resolution_rate"]').getByRole('button', { name: 'Xem kiểm tra số liệu' }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('problem'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Tỷ lệ in ra bị cắt bớt số lẻ');

    await page.getByRole('navigation', { name: 'Vị trí đơn vị' }).getByRole('button', { name: 'Tỉnh Kiên Giang' }).click();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Kiên Giang');

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
    expect(await page.inputValue('#f-level')).toBe('huyen');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('level=huyen'));
    expect(await current(page)).toBe('Huyện Gò Quao');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Kiên Giang');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
  });

  it('drills in from the keyboard: unit names in the ranking table are buttons', async () => {
    const { page } = await open(KIEN_GIANG);
    const button = page.locator('#ranking tbody').getByRole('button', { name: 'Huyện Gò Quao' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
  });

  for (const [width, height] of [[1280, 900], [360, 740]] as const) {
    it(`at ${width} px a unit chosen in the ranking opens at the top of its view, its name focused; Back returns to the row`, async () => {
      const { page } = await open(KIEN_GIANG, width, height);
      const button = page.locator('#ranking tbody').getByRole('button', { name: 'Huyện Gò Quao' });
      // The whole page in (the panels below the first screen come in a second pass), then the row.
      await page.waitForSelector('#satisfaction');
      await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
      await button.scrollIntoViewIfNeeded();
      const onScreen = (b: Element) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; };
      expect(await button.evaluate(onScreen)).toBe(true);
      const crumbTop = () => page.evaluate(() => Math.round(document.querySelector('.breadcrumb')!.getBoundingClientRect().top));
      expect(await crumbTop()).toBeLessThan(0);
      const before = await page.evaluate(() => Math.round(scrollY));
      await button.click();
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
      // The breadcrumb at the window's top (8 px below it), the cards under it.
      expect(await crumbTop()).toBe(8);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('breadcrumb__current');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Huyện Gò Quao');
      expect(await page.evaluate(() => document.querySelector('.kpis')!.getBoundingClientRect().top < innerHeight)).toBe(true);
      await page.screenshot({ path: resolve(RESULTS, `drill-top-${width}.png`) });
      // Back: the province, where the reader was, the row on screen.
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Kiên Giang');
      await page.waitForFunction((y) => Math.abs(scrollY - y) <= 1, before);
      expect(await button.evaluate(onScreen)).toBe(true);
    });
  }

  it('a unit picked in the filter bar keeps the focus in the picker', async () => {
    const { page } = await open(KIEN_GIANG);
    await page.locator('#ranking tbody').getByRole('button', { name: 'Huyện Gò Quao' }).waitFor();
    const picker = page.locator('.filters [role="combobox"]').first();
    await picker.click();
    await picker.fill('Gò Quao');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  });

  it('a copied link opens the same view', async () => {
    const first = await open(QUE_VO);
    await first.page.selectOption('#f-indicator', 'on_time_rate');
    await first.page.waitForFunction(() => location.search.includes('indicator=on_time_rate'));
    await first.page.getByRole('button', { name: 'Chép liên kết' }).click();
    await first.page.waitForSelector('.header__copied:has-text("Đã chép")');
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(first.page.url());

    const second = await open(new URL(link).search);
    expect(await current(second.page)).toBe('Thị xã Quế Võ');
    for (const sel of ['#f-indicator', '#f-period', '#f-level']) expect(await second.page.inputValue(sel)).toBe(await first.page.inputValue(sel));
    expect(await kpiValue(second.page, 'resolution_rate')).toBe(await kpiValue(first.page, 'resolution_rate'));
    expect(await second.page.textContent('#compare-title')).toBe(await first.page.textContent('#compare-title'));
  });

  it('picking a fixture file loads it and shows its problems', async () => {
    const { page } = await open();
    await page.setInputFiles('[data-testid="file-input"]', fixture('rate-mismatch'));
    await page.waitForSelector('.alert--info:has-text("Đã nạp 1 tệp")');
    await waitForData(page);
    expect(await page.textContent('.alert--info')).toMatch(/cảnh báo/);
    await page.getByRole('radio', { name: /Cảnh báo/ }).check();
    const problems = await page.locator('#quality .problem').allTextContents();
    expect(problems.some((t) => t.includes('Tỷ lệ in ra lệch với số đếm') && t.includes('observations.csv:'))).toBe(true);
    expect(await page.textContent('.note')).toContain('tệp trên máy này');
  });

  it('picking an Excel workbook loads it: percent cells as rates, the printed-vs-computed check included', async () => {
    const { page } = await open();
    await page.setInputFiles('[data-testid="file-input"]', resolve(ROOT, 'fixtures/xlsx/thu-dau-mot.xlsx'));
    await page.waitForSelector('.alert--info:has-text("Đã nạp 1 tệp")');
    await waitForData(page);
    expect(await current(page)).toBe('Thành phố Thủ Dầu Một');
    const problems = await page.locator('#quality .problem').allTextContents();
    expect(problems.some((t) => t.includes('thu-dau-mot.xlsx:7:3') && t.includes('25.925 / 25.969 = 99,83%'))).toBe(true);
  });

  it('dropping files loads them as one dataset', async () => {
    const { page } = await open();
    const dir = resolve(ROOT, 'fixtures/seeds');
    const files = ['units.csv', 'observations.csv'].map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files);
    await page.waitForSelector('.alert--info:has-text("Đã nạp 2 tệp")');
    expect(await current(page)).toBe('Huyện Gò Quao');
  });

  it('a chart draws when the reader comes to it; off screen it keeps its figures until it is seen again; printing draws every chart', async () => {
    const { page } = await open('?unit=06');
    const trendValues = () => page.evaluate(() => {
      const node = document.querySelector('[data-chart="trend"] > div') as (HTMLElement & { echartsInstance?: { getOption(): { series: { data: { value: number }[] }[] } } }) | null;
      return node?.echartsInstance ? node.echartsInstance.getOption().series[0].data.map((d) => d.value) : null;
    });
    // Bắc Kạn's one row of online services is a bar in HTML with its counts and shares (Q1 2022).
    await page.waitForSelector('[data-bar="online"]');
    expect((await page.locator('[data-bar="online"] li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Toàn trình 1.293 (94,9%)', 'Một phần 70 (5,1%)']);
    // Bắc Kạn at 1280 × 900: its trend (online_full_rate) is below the fold, not drawn until scrolled to.
    expect(await page.evaluate(() => document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().top)).toBeGreaterThan(900 + 240);
    expect(await trendValues()).toBeNull();
    await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-chart="trend"] canvas'));
    expect(await trendValues()).toEqual([70.9]);
    // Back at the top, another indicator: the trend, off screen, still holds what it drew.
    // (The chart learns it left the screen from an IntersectionObserver, after the next frames: the
    // indicator changes only then, or a busy machine changes it while the chart still counts as seen.)
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))));
    await page.selectOption('#f-indicator', 'online_partial_rate');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('indicator') === 'online_partial_rate');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().top)).toBeGreaterThan(900 + 240);
    expect(await trendValues()).toEqual([70.9]);
    // Scrolled to again, it draws the new indicator's figures.
    await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const node = document.querySelector('[data-chart="trend"] > div') as (HTMLElement & { echartsInstance?: { getOption(): { series: { data: { value: number }[] }[] } } }) | null;
      return node?.echartsInstance?.getOption().series[0].data[0]?.value === 3.84;
    });

    // Print: every chart on the page is drawn, none left empty on paper.
    const fresh = await open('?unit=06');
    await fresh.page.waitForSelector('[data-chart="trend"]');
    expect(await fresh.page.locator('[data-chart="trend"] canvas').count()).toBe(0);
    await fresh.page.emulateMedia({ media: 'print' });
    await fresh.page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((c) => c.getClientRects().length === 0 || c.querySelector('canvas')));
    expect(await fresh.page.locator('[data-chart="trend"] canvas').count()).toBe(1);
  });

  it('a bad file (empty, or binary) leaves the previous data on screen with its message', async () => {
    const { page } = await open(QUE_VO);
    await page.setInputFiles('[data-testid="file-input"]', fixture('empty-file'));
    await page.waitForSelector('.alert--error');
    expect(await page.textContent('.alert--error')).toContain('observations.csv is empty');
    expect(await page.textContent('.alert--error')).toContain('Số liệu cũ vẫn được giữ nguyên');
    expect(await current(page)).toBe('Thị xã Quế Võ');
    expect((await kpiValue(page, 'resolution_rate'))?.trim()).toBe('99,14%');

    await page.getByRole('button', { name: 'Đóng' }).first().click();
    // A binary file named .csv (fixtures/bad/binary-file).
    await page.setInputFiles('[data-testid="file-input"]', fixture('binary-file'));
    await page.waitForSelector('.alert--error');
    expect(await page.textContent('.alert--error')).toMatch(/observations\.csv/);
    expect(await current(page)).toBe('Thị xã Quế Võ');
  });

  it('a unit named <img src=x onerror=alert(1)> shows as text, in the page and in chart tooltips, and no dialog fires', async () => {
    const { page, dialogs } = await open();
    const evil = '<img src=x onerror=alert(1)>';
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(`code,name,type,parent\nP,Tỉnh Thử,province,\nX,"${evil}",district,P\nY,Huyện Y,district,P\n`) },
      { name: 'observations.csv', mimeType: 'text/csv', buffer: Buffer.from(`period,unit,indicator,value,source,note\n2024,X,satisfaction_rate,"91,5","${evil}","${evil}"\n2024,Y,satisfaction_rate,"80,0",,\n`) },
    ]);
    await page.waitForSelector('.alert--info:has-text("Đã nạp 2 tệp")');
    await waitForData(page);
    await page.locator('#ranking tbody').getByRole('button', { name: evil }).waitFor();
    expect(await page.locator('#ranking tbody').getByRole('button', { name: evil }).count()).toBe(1);
    // The tooltip shows the name as text (an absolutely placed div holding it verbatim).
    await hoverBar(page, 'compare', evil, () => page.evaluate((t) => [...document.querySelectorAll('div')].some((d) => d.style.position === 'absolute' && d.textContent?.includes(t)), evil));
    await page.locator('#ranking tbody').getByRole('button', { name: evil }).click();
    await page.waitForFunction((t) => document.querySelector('.breadcrumb__current')?.textContent === t, evil);
    expect(await page.textContent('.kpi[data-indicator="satisfaction_rate"] .kpi__source')).toContain(evil);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('?data= loads a same-origin file and refuses another origin', async () => {
    const same = await open('?data=data/observations.csv');
    expect(await same.page.textContent('.header__dataset')).toContain('data/observations.csv');
    const other = await open('?data=https://example.com/observations.csv');
    expect(await other.page.textContent('.alert--error')).toContain('https://example.com/observations.csv');
    expect(await current(other.page)).toBe('Huyện Gò Quao');
  });

  it('has no violation axe can find (WCAG 2 A/AA and best practice) on the overview, its ranking table and quality panel, in both languages, at 1280 and 360 px', async () => {
    const axe = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const [search, width] of [['', 1280], ['?lang=en', 1280], ['', 360], ['?lang=en', 360], [`${QUE_VO}&lang=en`, 1280], [KIEN_GIANG, 360]] as const) {
      const { page } = await open(search, width);
      await page.waitForSelector('#ranking tbody, #ranking .empty');
      await page.waitForSelector('#quality');
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
        const r = await run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, search || 'default view').toEqual([]);
    }
  });

  it('on a 360 px phone the ranking stacks: each row shows its name whole and its value, and nothing is wider than the screen', async () => {
    // The 34 provinces of today, each with figures (the seeds have no unit with more than one child reporting).
    const { page } = await open('?data=fixtures/units/provinces-2026/', 360, 740);
    await page.waitForSelector('#ranking tbody tr');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const rows = await page.locator('#ranking tbody tr').evaluateAll((trs) => trs.map((tr) => {
      const name = tr.querySelector('th')!.getBoundingClientRect();
      const value = tr.querySelector('td[data-label]')!.getBoundingClientRect();
      return { name: tr.querySelector('th')!.textContent, nameWidth: name.width, valueRight: value.right, valueWidth: value.width };
    }));
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      // The name has the row's width (it wraps between words, not after each one), the value is on screen.
      expect(r.nameWidth, r.name ?? '').toBeGreaterThan(200);
      expect(r.valueWidth).toBeGreaterThan(0);
      expect(r.valueRight).toBeLessThanOrEqual(360);
    }
    await page.locator('#ranking').screenshot({ path: resolve(RESULTS, 'ranking-360.png') });
  });

  it('screenshots of the overview at 1280 px and 360 px', async () => {
    // A whole-page picture is drawn beyond the screen, where the browser leaves the panels at the
    // page's foot unrendered (content-visibility, src/app/styles.css): they are put in for the
    // picture, as a reader who scrolls there sees them.
    const wholePage = async (page: Page, name: string) => {
      await page.addStyleTag({ content: ':is(#ranking, #plan, #quality) { content-visibility: visible !important; }' });
      await page.screenshot({ path: resolve(RESULTS, name), fullPage: true });
    };
    const wide = await open(QUE_VO, 1280, 900);
    await scrollThrough(wide.page);
    await wide.page.waitForTimeout(300);
    await wholePage(wide.page, 'overview-1280.png');
    const phone = await open(QUE_VO, 360, 740);
    await scrollThrough(phone.page);
    await phone.page.waitForTimeout(300);
    // Nothing wider than the phone: numbers never overflow.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await phone.page.isVisible('#f-unit, .filters__body')).toBe(false);
    await wholePage(phone.page, 'overview-360.png');
    // The filter bar opens on demand.
    await phone.page.getByRole('button', { name: 'Hiện bộ lọc' }).click();
    expect(await phone.page.isVisible('#f-period')).toBe(true);
  });

  it('prints the overview without the controls', async () => {
    const { page } = await open(QUE_VO);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.filters')).toBe(false);
    expect(await page.isVisible('.header__actions')).toBe(false);
    expect(await page.isVisible('.kpis')).toBe(true);
    const pdf = await page.pdf({ path: resolve(RESULTS, 'overview-a4.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.waitForTimeout(300);
    // Each chart on paper keeps its height, drawn (a frame collapsed to auto printed ~100 px of blank).
    const charts = await page.evaluate(() => [...document.querySelectorAll('[data-chart]:not([data-drawn="html"])')].filter((c) => c.getClientRects().length > 0)
      // The frame's layout height (the page is scaled to the paper while the PDF is made) and the
      // drawn bitmap's height (its CSS size is scaled to the column, and redrawn after a resize).
      .map((c) => ({ name: c.getAttribute('data-chart')!, frame: (c as HTMLElement).offsetHeight, canvas: (c.querySelector('canvas')?.height ?? 0) / devicePixelRatio })));
    expect(charts.map((c) => c.name)).toEqual(['trend']);
    // The levels are bars drawn in HTML, printed as they are.
    expect(await page.locator('#levels .bar-list__bar').count()).toBe(2);
    expect(await page.isVisible('#levels .bar-list')).toBe(true);
    for (const c of charts) {
      expect(c.frame, c.name).toBeGreaterThanOrEqual(200);
      expect(c.canvas, c.name).toBeGreaterThanOrEqual(200);
    }
    await page.screenshot({ path: resolve(RESULTS, 'overview-print.png'), fullPage: true });
  });
});
