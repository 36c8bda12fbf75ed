// Scale guard (not a timing): a synthetic dataset of 100k rows (`npm run gen:data`: four provinces,
// their 405 communes, monthly) loads in Chromium, and the KPI cards and the first chart appear
// within 60 s with no console error. `npm run bench` measures; this only says scale still works.
// On a phone of 4 device pixels per CSS pixel, the tallest chart (126 communes) and its PNG stay
// canvases a phone can draw (src/charts/canvasRatio.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generate } from '../../src/cli/genData';
import { axeViolations, hasChromium, launch } from './browser';
import { planSplit } from '../../src/data/csvSplit';
import { SPLIT_MIN_BYTES } from '../../src/data/splitSize';
import { headerNames } from '../../src/data/read';
import { BUILTIN_INDICATORS } from '../../src/model/catalogue';
import { loadDataset } from '../../src/model/load';
import { builtinReference } from '../../src/data/geo/nodeReference';

const RESULTS = join(import.meta.dirname, '../../test-results');

/** Served at /e2e-data/ by globalSetup.ts. */
const SERVED = join(tmpdir(), 'cchc-e2e-data');
const LOAD_TIMEOUT = 60_000;

let browser: Browser;
let dir = '';
let rows = 0;

/** A new context (`options`: its viewport and device) of browser `on`, its page, the dataset's URL,
 * the console errors, page errors and crashes the page has, and what its workers write to the console. */
async function openScale(options: BrowserContextOptions, on: Browser = browser) {
  const base = inject('baseUrl');
  const context = await on.newContext({ baseURL: base, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('crash', () => problems.push('the page crashed'));
  // The loading worker says which way it read a large file.
  const said: string[] = [];
  page.on('worker', (w) => w.on('console', (m) => said.push(m.text())));
  return { context, page, problems, said, base, url: `${base}?data=/e2e-data/${basename(dir)}/` };
}

describe.skipIf(!hasChromium())('a 100k-row dataset in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SERVED, { recursive: true });
    dir = mkdtempSync(join(SERVED, 'scale-'));
    rows = generate({ rows: 100_000, out: dir, seed: 1 }).rows;
    mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads: the KPI cards and the first chart appear within 60 s, with no console error; the bar moves while the sums are computed', async () => {
    expect(rows).toBeGreaterThan(90_000);
    const { context, page, problems, url } = await openScale({ viewport: { width: 1280, height: 900 } });
    // Every state the loading bar is drawn in: its words and its value (none: it only says it is busy).
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { barStates: string[] }).barStates = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('.progress');
        if (!bar) return;
        const state = `${bar.querySelector('span')?.textContent}|${bar.querySelector('progress')?.getAttribute('value') ?? ''}`;
        if (seen[seen.length - 1] !== state) seen.push(state);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    try {
      await page.goto(url);
      await page.waitForFunction(
        () => document.querySelector('main .kpi') && document.querySelector('main [data-chart] canvas') && !document.querySelector('.progress'),
        null, { timeout: LOAD_TIMEOUT, polling: 250 },
      );
      expect(await page.locator('main .kpi').count()).toBeGreaterThan(0);
      // The first screen is the unit with the most children that have figures: the largest province.
      expect(await page.textContent('.breadcrumb__current')).toBe('Thành phố Hà Nội');
      expect(await page.locator('.header__synthetic').count()).toBe(1);
      // Computing (about a second here, seconds at a million rows) shows how far it has got: the
      // steps' shares (model.ts, COMPUTE_STEPS), not a bar that only says it is busy.
      const states = await page.evaluate(() => (window as unknown as { barStates: string[] }).barStates);
      const values = (phase: string) => states.filter((s) => s.startsWith(`${phase}|`)).map((s) => s.split('|')[1]).filter((v) => v !== '').map(Number);
      const computing = values('Đang tính toán');
      expect(computing.length, states.join(' · ')).toBeGreaterThan(0);
      expect(computing.every((v) => v > 0 && v <= 100), states.join(' · ')).toBe(true);
      // No phase's bar goes back: the download's total is the files' sizes once all are known (a
      // small file done first no longer takes it to 100 % and back).
      for (const phase of ['Đang tải tệp', 'Đang phân tích số liệu', 'Đang tính toán']) {
        const v = values(phase);
        expect(v.every((x, i) => i === 0 || x >= v[i - 1]), `${phase}: ${states.join(' · ')}`).toBe(true);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, LOAD_TIMEOUT + 30_000);

  it('on a phone of 4 device pixels per CSS pixel, the comparison of Hà Nội\'s 126 communes is a canvas iOS Safari can draw (at most 16,777,216 pixels), and so is its PNG download', async () => {
    const { context, page, problems, url } = await openScale({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 4, isMobile: true });
    try {
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('main .kpi') && !document.querySelector('.progress'), null, { timeout: LOAD_TIMEOUT, polling: 250 });
      expect(await page.textContent('.breadcrumb__current')).toBe('Thành phố Hà Nội');
      await page.locator('#compare').scrollIntoViewIfNeeded();
      // Drawn 20 at a time (rowPage); the reader can still ask for all 126 in one canvas.
      await page.locator('#compare .pager__all').click();
      await expect.poll(() => page.locator('#compare .pager__where').textContent()).toBe('Cả 126 đơn vị');
      const canvas = page.locator('[data-chart="compare"] canvas').first();
      await canvas.waitFor({ timeout: LOAD_TIMEOUT });
      await expect.poll(() => canvas.evaluate((el: HTMLCanvasElement) => el.clientHeight)).toBeGreaterThan(4000);
      const c = await canvas.evaluate((el: HTMLCanvasElement) => ({ width: el.width, height: el.height, cssWidth: el.clientWidth, cssHeight: el.clientHeight }));
      // 126 bars: some 4,592 CSS px tall, which at 4 device px per CSS px would be 24 million pixels.
      expect(c.cssHeight).toBeGreaterThan(4000);
      expect(c.width * c.height).toBeLessThanOrEqual(16_777_216);
      // Still sharper than one device pixel per CSS pixel, and drawn at the same ratio both ways.
      expect(c.width / c.cssWidth).toBeGreaterThan(2);
      expect(c.height / c.cssHeight).toBeCloseTo(c.width / c.cssWidth, 2);
      // Its PNG download too: twice 1200 × 4,800 px would be 23 million pixels, a blank file on iOS.
      const details = page.locator('#compare .downloads details');
      await details.locator('summary').click();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), details.locator('button[data-kind="png"]').click()]);
      const png = readFileSync((await download.path())!);
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(h).toBeGreaterThan(4000);
      expect(w * h).toBeLessThanOrEqual(16_777_216);
      expect(w).toBeGreaterThan(1200);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, LOAD_TIMEOUT + 30_000);

  for (const width of [1280, 360]) {
    it(`at ${width} px, Hà Nội's 126 communes are compared 20 at a time, best first, and the reader pages to the worst, asks for all, and drills in and back to page 1`, async () => {
      const { context, page, problems, url } = await openScale({ viewport: { width, height: 900 } });
      const bars = () => page.locator('[data-chart="compare"] > div').first().evaluate((node) => {
        const inst = (node as HTMLElement & { echartsInstance?: { getOption: () => { yAxis: { data: string[] }[] } } }).echartsInstance;
        return inst ? inst.getOption().yAxis[0].data : [];
      });
      const where = (id: string) => page.locator(`#${id} .pager__where`).textContent();
      try {
        await page.goto(url);
        await page.waitForFunction(() => document.querySelector('main .kpi') && !document.querySelector('.progress'), null, { timeout: LOAD_TIMEOUT, polling: 250 });
        const compare = page.locator('#compare');
        await compare.scrollIntoViewIfNeeded();
        await expect.poll(bars, { timeout: LOAD_TIMEOUT }).toHaveLength(20);
        expect(await where('compare')).toBe('Hạng 1–20 trong 126 đơn vị');
        const first = await bars();
        expect(first[0]).toMatch(/^1\. /);
        expect(first[19]).toMatch(/^20\. /);
        // The panel's summary still names the best and the worst of all 126.
        expect(await compare.locator('.panel__summary').textContent()).toMatch(/^126 đơn vị có số liệu; cao nhất .+, thấp nhất /);
        await expect.poll(() => compare.locator('button[aria-label="Trang trước"]').isDisabled()).toBe(true);

        await compare.locator('button[aria-label="Trang sau"]').click();
        await expect.poll(where.bind(null, 'compare')).toBe('Hạng 21–40 trong 126 đơn vị');
        await expect.poll(async () => (await bars())[0]).toMatch(/^21\. /);
        await compare.locator('button[aria-label="Trang cuối"]').click();
        await expect.poll(where.bind(null, 'compare')).toBe('Hạng 121–126 trong 126 đơn vị');
        await expect.poll(async () => (await bars()).length).toBe(6);
        const worst = (await bars())[5].replace(/^126\. /, '');
        expect(await compare.locator('.panel__summary').textContent()).toContain(`thấp nhất ${worst} (`);
        await expect.poll(() => compare.locator('button[aria-label="Trang sau"]').isDisabled()).toBe(true);
        await compare.screenshot({ path: `${RESULTS}/compare-last-page-${width}.png` });
        expect(await axeViolations(page, '#compare .pager')).toEqual([]);

        await compare.locator('.pager__all').click();
        await expect.poll(where.bind(null, 'compare')).toBe('Cả 126 đơn vị');
        await expect.poll(async () => (await bars()).length).toBe(126);
        await compare.locator('.pager__all').click();
        await expect.poll(where.bind(null, 'compare')).toBe('Hạng 1–20 trong 126 đơn vị');

        // The status chart pages its rows the same way, and says how many instead of 126 sentences.
        const status = page.locator('#status');
        await status.scrollIntoViewIfNeeded();
        expect(await where('status')).toBe('Dòng 1–20 trong 126');
        expect(await status.locator('.panel__summary').textContent()).toBe('Theo đơn vị trực thuộc. 126 đơn vị có số liệu; số của từng đơn vị ở trên biểu đồ (từng trang) và trong bảng số liệu của biểu đồ.');
        await status.locator('button[aria-label="Trang sau"]').click();
        await expect.poll(where.bind(null, 'status')).toBe('Dòng 21–40 trong 126');
        await status.screenshot({ path: `${RESULTS}/status-page-2-${width}.png` });

        // A drill into the 21st commune (from the table) and back: the comparison starts on page 1.
        await compare.locator('button[aria-label="Trang sau"]').click();
        await expect.poll(where.bind(null, 'compare')).toBe('Hạng 21–40 trong 126 đơn vị');
        // The pager's words change at once; the chart draws its new page once it is near the
        // screen and has been told so (components/useNearScreen.ts), as on the first page change.
        await compare.scrollIntoViewIfNeeded();
        await expect.poll(async () => (await bars())[0]).toMatch(/^21\. /);
        const name = (await bars())[0].replace(/^21\. /, '');
        // The table is paged too: its second page has the same 21st commune.
        await page.locator('#ranking button[aria-label="Trang sau"]').click();
        await page.locator('#ranking tbody th button', { hasText: name }).first().click();
        await expect.poll(() => page.textContent('.breadcrumb__current')).toBe(name);
        await page.locator('.breadcrumb button').last().click();
        await expect.poll(() => page.textContent('.breadcrumb__current')).toBe('Thành phố Hà Nội');
        await expect.poll(where.bind(null, 'compare')).toBe('Hạng 1–20 trong 126 đơn vị');
        // The table, the same list as before the drill, is still on the page the reader left.
        expect(await where('ranking')).toBe('Hạng 21–40 trong 126 đơn vị');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, LOAD_TIMEOUT + 60_000);

    it(`at ${width} px, the ranking table shows Hà Nội's 126 communes 20 at a time: pages, a new order or filter back to page 1, every row printed (a chart printed says which rows it draws)`, async () => {
      const { context, page, problems, url } = await openScale({ viewport: { width, height: 900 } });
      const table = page.locator('#ranking');
      const where = () => table.locator('.pager__where').textContent();
      const ranks = () => table.locator('tbody tr td.ranking__rank').allTextContents();
      try {
        await page.goto(url);
        await page.waitForSelector('#ranking tbody th button', { timeout: LOAD_TIMEOUT });
        await table.locator('.pager').scrollIntoViewIfNeeded();
        expect(await where()).toBe('Hạng 1–20 trong 126 đơn vị');
        expect(await ranks()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
        expect(await table.locator('.toolbar [aria-live]').textContent()).toBe('126 đơn vị');
        // The totals row is the province's, on every page.
        expect(await table.locator('tfoot th').textContent()).toBe('Toàn Thành phố Hà Nội (số của đơn vị)');
        expect(await table.locator('button[aria-label="Trang đầu"]').isDisabled()).toBe(true);

        await table.locator('button[aria-label="Trang cuối"]').click();
        await expect.poll(where).toBe('Hạng 121–126 trong 126 đơn vị');
        expect(await ranks()).toEqual(['121', '122', '123', '124', '125', '126']);
        await table.screenshot({ path: `${RESULTS}/ranking-last-page-${width}.png` });
        expect(await axeViolations(page, '#ranking .pager')).toEqual([]);

        // Printed, the table has every row and no pager; after printing, the page again. A chart
        // on paper says which of its rows it draws, without its buttons.
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        expect(await table.locator('tbody tr').count()).toBe(126);
        expect(await table.locator('.pager').isVisible()).toBe(false);
        await expect.poll(() => page.locator('#compare .pager__where').isVisible()).toBe(true);
        expect(await page.locator('#compare .pager__where').textContent()).toBe('Hạng 1–20 trong 126 đơn vị');
        expect(await page.locator('#compare .pager__steps').first().isVisible()).toBe(false);
        expect(await page.locator('#compare .pager__all').isVisible()).toBe(false);
        await page.evaluate(() => dispatchEvent(new Event('afterprint')));
        await page.emulateMedia({ media: 'screen' });
        await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
        expect(await table.locator('.pager').isVisible()).toBe(true);

        // Another order starts on its first page, and the place is rows, not ranks.
        // (On a phone the header row is for screen readers only, so from the keyboard there.)
        const byName = table.locator('thead button', { hasText: 'Đơn vị' });
        if (width === 360) { await byName.focus(); await page.keyboard.press('Enter'); } else await byName.click();
        await expect.poll(where).toBe('Dòng 1–20 trong 126');
        expect(await table.locator('thead th[aria-sort="ascending"]').textContent()).toMatch(/^Đơn vị/);
        // A filter too: the communes whose name has "Xã", and how many of the 126 they are.
        await table.locator('button[aria-label="Trang sau"]').click();
        await expect.poll(where).toBe('Dòng 21–40 trong 126');
        await table.locator('input[type="search"]').fill('Xã');
        await expect.poll(where).toMatch(/^Dòng 1–20 trong \d+$/);
        const matched = Number((await where())!.replace(/^.* trong /, ''));
        expect(matched).toBeLessThan(126);
        expect(await table.locator('.toolbar [aria-live]').textContent()).toBe(`${matched}/126 đơn vị khớp`);
        for (const n of await table.locator('tbody th').allTextContents()) expect(n).toMatch(/^Xã /);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, LOAD_TIMEOUT + 60_000);
  }
});

// A file of 16 MB or more is read in two parts at once, by the loading worker and a second one
// (src/app/readInParts.ts, src/data/csvSplit.ts), and the parts joined: the page must show what
// data:check reads from the same files whole.
describe.skipIf(!hasChromium())('a 20 MB file in Chromium, read in two parts', () => {
  let big = '';
  let chromium: Browser;
  beforeAll(async () => {
    mkdirSync(SERVED, { recursive: true });
    big = mkdtempSync(join(SERVED, 'split-'));
    generate({ rows: 240_000, out: big, seed: 2 });
    chromium = await launch();
  });
  afterAll(async () => {
    await chromium?.close();
    if (big) rmSync(big, { recursive: true, force: true });
  });

  it('starts the second reader, and shows the rows and problems data:check reads from the whole file', async () => {
    const observations = join(big, 'observations.csv');
    expect(statSync(observations).size).toBeGreaterThan(SPLIT_MIN_BYTES);
    const files = ['observations.csv', 'targets.csv'].map((n) => ({ name: n, content: new Uint8Array(readFileSync(join(big, n))) }));
    const whole = loadDataset(files, { reference: builtinReference() });
    const counts = { error: 0, warning: 0, info: 0 };
    for (const p of whole.problems) counts[p.severity]++;

    const { context, page, problems, said, base } = await openScale({ viewport: { width: 1280, height: 900 } }, chromium);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    try {
      await page.goto(`${base}?data=/e2e-data/${basename(big)}/`);
      await page.waitForFunction(() => document.querySelector('main .kpi') && !document.querySelector('.progress'), null, { timeout: LOAD_TIMEOUT, polling: 250 });
      expect(requested.some((u) => /\/read\.worker-[\w-]+\.js$/.test(u)), requested.filter((u) => /worker/.test(u)).join(' ')).toBe(true);
      // Cut where, and its second part numbered from the line that, reading the whole file's bytes
      // finds (the page counted its lines as they came: lineScan.ts).
      const cut = planSplit(files, headerNames(BUILTIN_INDICATORS))!;
      expect(said.filter((t) => t.startsWith('observations.csv: read'))).toEqual([`observations.csv: read in two parts, cut at line ${cut.cutLine}`]);
      const summary = (await page.locator('.load-status').textContent())!.replace(/\s+/g, ' ');
      // Counts grouped as Vietnamese writes them (node's own locale data says how: 253.984).
      expect(summary).toContain(`Đã nạp 2 tệp, ${whole.rowsRead.toLocaleString('vi')} dòng số liệu: ${counts.error.toLocaleString('vi')} lỗi, ${counts.warning.toLocaleString('vi')} cảnh báo, ${counts.info.toLocaleString('vi')} thông tin`);
      // The data-quality panel's tab says as many, written the same way.
      await page.locator('#quality').scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('#quality').innerText(), { timeout: LOAD_TIMEOUT }).toContain(`Thông tin (${counts.info.toLocaleString('vi')})`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, LOAD_TIMEOUT + 60_000);

  // A portal's server may compress a CSV file as it sends it: no length is told. The second reader
  // was then started only once the file had come, and (started by a worker busy reading) began
  // only once the first part was read: at a million rows the reading took 1.3 s longer.
  for (const width of [1280, 360]) it(`at ${width} px, sent compressed, without its length: the bar says how much has come; the second reader starts while the file comes, and the same rows are shown`, async () => {
    const gz = `${big}-gz-${width}`;
    mkdirSync(gz, { recursive: true });
    writeFileSync(join(gz, 'index.json'), JSON.stringify({ files: [`../${basename(big)}/observations.csv?compressed=slow`, `../${basename(big)}/targets.csv`] }));
    const files = ['observations.csv', 'targets.csv'].map((n) => ({ name: n, content: new Uint8Array(readFileSync(join(big, n))) }));
    const whole = loadDataset(files, { reference: builtinReference() });
    const { context, page, problems, said, base } = await openScale({ viewport: { width, height: 900 } }, chromium);
    // When the second reader's code was asked for, and when the file had all come (Chromium may
    // report a body read to its end as aborted: either ends it).
    let readerAsked = Number.NaN;
    let listsAsked = Number.NaN;
    let fileCame = Number.NaN;
    page.on('request', (r) => {
      if (/read\.worker-[\w-]+\.js$/.test(r.url())) readerAsked = Date.now();
      if (/\/reference\/units-2025\.csv$/.test(r.url())) listsAsked = Date.now();
    });
    const came = (r: { url(): string }) => { if (r.url().endsWith('observations.csv?compressed=slow')) fileCame = Date.now(); };
    page.on('requestfinished', came);
    page.on('requestfailed', came);
    try {
      await page.goto(`${base}?data=/e2e-data/${basename(gz)}/`);
      // Its length not told, the bar cannot show a percentage: it says how many MB have come. The
      // last piece comes 1.5 s after the others, by then some 17 of its 20 MB.
      const progress = page.locator('.progress span');
      await expect.poll(async () => (await progress.textContent().catch(() => null)) ?? '', { timeout: LOAD_TIMEOUT, interval: 50 }).toMatch(/^Đang tải tệp · đã\u00a0nhận\u00a0\d+\u00a0MB$/);
      const mb = Number(/(\d+)\u00a0MB/.exec((await progress.textContent())!)?.[1]);
      expect(mb).toBeGreaterThan(0);
      expect(mb).toBeLessThanOrEqual(Math.ceil(statSync(join(big, 'observations.csv')).size / 1e6));
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await page.screenshot({ path: join(RESULTS, `compressed-progress-${width}.png`) });
      await page.waitForFunction(() => document.querySelector('main .kpi') && !document.querySelector('.progress'), null, { timeout: LOAD_TIMEOUT, polling: 250 });
      await expect.poll(() => fileCame).not.toBeNaN();
      // The server pauses 1.5 s before the file's last piece: the reader was asked for before it,
      // and so were Vietnam's unit lists, which the file's units are placed among (no units file).
      expect(fileCame - readerAsked).toBeGreaterThan(250);
      expect(fileCame - listsAsked).toBeGreaterThan(250);
      const cut = planSplit(files, headerNames(BUILTIN_INDICATORS))!;
      expect(said.filter((t) => t.startsWith('observations.csv: read'))).toEqual([`observations.csv: read in two parts, cut at line ${cut.cutLine}`]);
      const summary = (await page.locator('.load-status').textContent())!.replace(/\s+/g, ' ');
      expect(summary).toContain(`Đã nạp 2 tệp, ${whole.rowsRead.toLocaleString('vi')} dòng số liệu`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      rmSync(gz, { recursive: true, force: true });
    }
  }, LOAD_TIMEOUT + 60_000);

  // A part whose figures never depended on the file's number style was read without scanning its
  // number cells for it (styleMatters); where the other part's did (1.280 hồ sơ), the second reader
  // is asked for its part's style before the join, which is made only where it is the same.
  it('a file whose first part has figures read by its number style (1.280) and second part none: the second reader is asked its style, and the parts are joined', async () => {
    const styled = mkdtempSync(join(SERVED, 'style-'));
    const lines = ['period,unit,indicator,value,numerator,denominator,source'];
    for (let k = 0; k < 330_000; k++) {
      const month = `2024-${String((k % 12) + 1).padStart(2, '0')}`;
      const unit = `X${k % 4000}`;
      // The first third writes counts of thousands with a dot; every rate has a decimal comma.
      lines.push(k < 110_000 && k % 2 === 0 ? `${month},${unit},received,"1.${String(k % 1000).padStart(3, '0')}",,,Báo cáo số 12/BC-UBND` : `${month},${unit},on_time_rate,"97,${k % 10}5",,,Báo cáo số 12/BC-UBND`);
    }
    writeFileSync(join(styled, 'observations.csv'), lines.join('\n') + '\n');
    const files = [{ name: 'observations.csv', content: new Uint8Array(readFileSync(join(styled, 'observations.csv'))) }];
    expect(files[0].content.length).toBeGreaterThan(SPLIT_MIN_BYTES);
    const whole = loadDataset(files, { reference: builtinReference() });
    const { context, page, problems, said, base } = await openScale({ viewport: { width: 1280, height: 900 } }, chromium);
    try {
      await page.goto(`${base}?data=/e2e-data/${basename(styled)}/observations.csv`);
      await page.waitForFunction(() => document.querySelector('.load-status')?.textContent?.includes('dòng số liệu') && !document.querySelector('.progress'), null, { timeout: LOAD_TIMEOUT, polling: 250 });
      const cut = planSplit(files, headerNames(BUILTIN_INDICATORS))!;
      expect(cut.cutLine).toBeGreaterThan(110_001);
      expect(said.filter((t) => t.startsWith('observations.csv: read'))).toEqual([`observations.csv: read in two parts, cut at line ${cut.cutLine}`]);
      const summary = (await page.locator('.load-status').textContent())!.replace(/\s+/g, ' ');
      expect(whole.rowsRead).toBe(330_000);
      expect(summary).toContain(`${whole.rowsRead.toLocaleString('vi')} dòng số liệu`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      rmSync(styled, { recursive: true, force: true });
    }
  }, LOAD_TIMEOUT + 60_000);

  it('another large dataset asked for while the first is being read (Back, a link) loads: each load has its own second reader', async () => {
    const other = `${big}-again`;
    cpSync(big, other, { recursive: true });
    const { context, page, problems, said, base } = await openScale({ viewport: { width: 1280, height: 900 } }, chromium);
    try {
      await page.goto(`${base}?data=/e2e-data/${basename(big)}/`);
      // The first file is being read (its second reader started) when the second is asked for.
      await page.waitForFunction(() => document.querySelector('.progress')?.textContent?.includes('Đang phân tích số liệu'), null, { timeout: LOAD_TIMEOUT, polling: 20 });
      await page.evaluate((data) => { history.pushState(null, '', `?data=${data}`); dispatchEvent(new PopStateEvent('popstate')); }, `/e2e-data/${basename(other)}/`);
      await page.waitForFunction(() => document.querySelector('main .kpi') && !document.querySelector('.progress'), null, { timeout: LOAD_TIMEOUT, polling: 250 });
      expect(await page.textContent('.header')).toContain(`/e2e-data/${basename(other)}/`);
      expect(said.filter((t) => t.startsWith('observations.csv: read in two parts')).length).toBe(2);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      rmSync(other, { recursive: true, force: true });
    }
  }, LOAD_TIMEOUT * 2 + 60_000);
});
