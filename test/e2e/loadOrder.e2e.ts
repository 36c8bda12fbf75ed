// What a phone asks for, and in what order, when the overview opens: the header names the dataset
// while its figures load, the first screen needs no ECharts, and the first chart that comes near
// the screen fetches it and draws.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closePages, current, hasChromium, kpiValue, launch, pageOpener, waitForData, watchPage, type Watched } from './browser';
import { syntheticDataset } from './synthetic';

let browser: Browser;
const opened: Watched[] = [];
const open = pageOpener(() => browser, opened);

/** The ECharts chunks a page has asked for so far. */
function echartsRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => { if (/\/assets\/echarts-[^/]*\.js$/.test(r.url())) asked.push(r.url()); });
  return asked;
}

describe.skipIf(!hasChromium())('load order in Chromium', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  afterEach(() => closePages(opened));

  it('while the figures load, the header already names the dataset; then the cards come', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, baseURL: inject('baseUrl') });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((ok) => { release = ok; });
    await page.route('**/data/observations.csv', async (route) => { await held; await route.continue(); });
    await page.goto(inject('baseUrl'));
    // The app's header (the entry draws its title block before: the next tests).
    await page.waitForSelector('.header__actions');
    expect(await page.textContent('.header__dataset')).toBe('Dữ liệu: Bộ số liệu mẫu (trích từ các bài báo)');
    expect(await page.isVisible('.loading-page')).toBe(true);
    expect(await page.locator('.kpi').count()).toBe(0);
    release();
    await page.waitForSelector('.kpi');
    // The date joins the same line when the figures are in, in a box of its own (the next test).
    expect(await page.textContent('.header__dataset')).toMatch(/^Dữ liệu: Bộ số liệu mẫu \(trích từ các bài báo\) · số liệu đến \d\d\/\d\d\/\d{4}$/);
    expect(await page.textContent('.header__dataset .header__upto')).toMatch(/^ · số liệu đến \d\d\/\d\d\/\d{4}$/);
    await context.close();
  });

  // The figures are drawn on canvases, which are no paint Lighthouse's LCP counts: on a phone the
  // title block, drawn before any figure comes, is the first screen's largest paint (README), and
  // what comes with the figures must not paint anything larger. The dataset line did, when its
  // date joined its text: the largest paint moved from the subtitle to that line, when the figures
  // came, seconds later on a slow phone.
  it('on a phone the title block stays the largest paint: nothing the figures bring paints larger', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, baseURL: inject('baseUrl') });
    const page = await context.newPage();
    opened.push(watchPage(context, page));
    await page.addInitScript(() => {
      const w = window as unknown as { lcp: { element: Element | null; text: string }[] };
      w.lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) w.lcp.push({ element: e.element, text: e.element?.textContent?.slice(0, 40) ?? '' });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    // A phone's speed, as Lighthouse simulates it: the figures come well after the header is painted.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/');
    await waitForData(page);
    // The panels' second pass too, and two frames after it.
    await page.waitForSelector('#levels .bar-list__name');
    await page.waitForFunction(() => document.querySelector('.header__dataset')?.textContent?.includes('số liệu đến'));
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const last = await page.evaluate(() => {
      const entries = (window as unknown as { lcp: { element: Element | null; text: string }[] }).lcp;
      const e = entries[entries.length - 1];
      return { count: entries.length, className: e?.element?.className ?? null, inTitle: Boolean(e?.element?.closest('.header__title')), text: e?.text };
    });
    expect(last.count).toBeGreaterThan(0);
    expect({ inTitle: last.inTitle, className: last.className }).toEqual({ inTitle: true, className: 'header__subtitle' });
    await context.close();
  });

  // The page fetches a URL dataset's files from its entry, while the worker's own code still loads
  // (app/pageFetch.ts), and hands them to the worker, which does not fetch them again.
  it('the page fetches the dataset\'s index and files itself, each once, and the worker reads them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: inject('baseUrl') });
    const page = await context.newPage();
    opened.push(watchPage(context, page));
    const asked: string[] = [];
    // Playwright reports a dedicated worker's requests here too: a file fetched twice is seen twice.
    page.on('request', (r) => { const p = new URL(r.url()).pathname; if (p.startsWith('/data/')) asked.push(p); });
    await page.goto('/');
    await waitForData(page);
    // Fetched by the page: in the page's own resource timing (a worker's fetches are in its own).
    const byPage = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/data/')));
    const files = ['/data/index.json', '/data/indicators.csv', '/data/observations.csv', '/data/targets.csv', '/data/units.csv'];
    expect(byPage.sort()).toEqual(files);
    expect(asked.sort()).toEqual(files);
    expect(await current(page)).toBe('Huyện Gò Quao');
    expect(await kpiValue(page, 'received')).toContain('61.475');
  });

  it('a dataset folder that is not there: the reader is told which file could not be fetched, and the sample data stays', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: inject('baseUrl') });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/fixtures/khong-co/')) asked.push(new URL(r.url()).pathname); });
    await page.goto('/?data=fixtures/khong-co/');
    await page.waitForSelector('.alert--error');
    expect(await page.textContent('.alert--error')).toContain(`Không tải được ${inject('baseUrl')}fixtures/khong-co/index.json (mã 404).`);
    await waitForData(page);
    expect(await current(page)).toBe('Huyện Gò Quao');
    // The page tried, and the worker, which says why (no other file was asked for).
    expect(asked).toEqual(['/fixtures/khong-co/index.json', '/fixtures/khong-co/index.json']);
    await context.close();
  });

  // The entry draws the header's title block before React and the page's code have come (held
  // back here): a reader on a slow link sees at once which page this is, and it is the largest
  // thing on a phone's first screen (Lighthouse's largest paint). The app's header then draws the
  // same words in the same place.
  const SHELL = ['.header h1', '.header__subtitle', '.header__dataset'];
  for (const width of [1280, 360]) {
    it(`at ${width} px, the header is drawn before the page's code comes, and the app's header draws its words in the same place`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, baseURL: inject('baseUrl') });
      const page = await context.newPage();
      opened.push({ context, page, problems: [], dialogs: [] });
      let release!: () => void;
      const held = new Promise<void>((ok) => { release = ok; });
      await page.route(/\/assets\/mount-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
      // The figures are held until the end, so that the dataset line has no date yet.
      let releaseData!: () => void;
      const data = new Promise<void>((ok) => { releaseData = ok; });
      await page.route('**/data/observations.csv', async (route) => { await data; await route.continue(); });
      await page.goto('/');
      await page.waitForSelector('.header__subtitle');
      const boxes = () => page.evaluate(async (selectors) => {
        await document.fonts.ready;
        return selectors.map((s) => { const r = document.querySelector(s)!.getBoundingClientRect(); return { s, text: document.querySelector(s)!.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; });
      }, SHELL);
      const before = await boxes();
      expect(before.map((b) => b.text)).toEqual(['Thống kê cải cách hành chính', 'Kết quả giải quyết thủ tục hành chính so với kế hoạch', 'Dữ liệu: Bộ số liệu mẫu (trích từ các bài báo)']);
      expect(await page.locator('.header__actions').count()).toBe(0);
      expect(await page.textContent('.loading-page[role="status"]')).toBe('Đang nạp số liệu…');
      release();
      await page.waitForSelector('.header__actions');
      expect(await boxes()).toEqual(before);
      releaseData();
      await page.waitForSelector('.kpi');
    });
  }

  it('an English link gets the header in English before the page\'s code; an embedded widget gets none', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, baseURL: inject('baseUrl') });
    const page = await context.newPage();
    opened.push({ context, page, problems: [], dialogs: [] });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.route(/\/assets\/mount-[^/]*\.js$/, () => undefined); // never answered
    await page.goto('/?lang=en');
    await page.waitForSelector('.header__subtitle');
    expect(await page.textContent('.header h1')).toBe('Administrative reform statistics');
    expect(await page.textContent('.header__dataset')).toBe('Data: Sample dataset (transcribed from news reports)');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto('/?unit=91&embed=compare');
    await expect.poll(() => asked.filter((a) => /\/assets\/mount-/.test(a)).length).toBe(2);
    await page.waitForTimeout(300);
    expect(await page.locator('.header').count()).toBe(0);
    expect(await page.textContent('#root')).toBe('Đang nạp số liệu… · Loading…');
  });

  it('on a phone the first screen fetches no ECharts; the first chart near the screen fetches it and draws', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, baseURL: inject('baseUrl') });
    const page = await context.newPage();
    const asked = echartsRequests(page);
    const watched: Watched = { context, page, problems: [], dialogs: [] };
    page.on('pageerror', (e) => watched.problems.push(`pageerror: ${e.message}`));
    opened.push(watched);
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('.kpi');
    await page.waitForFunction(() => !document.querySelector('.progress, main [aria-busy="true"]'));
    await page.waitForTimeout(500);
    // Gò Quao's cards fill the phone's screen; the trend chart is further down, not drawn, not fetched.
    // (The levels above it are bars drawn in HTML, which need no ECharts.)
    expect(await page.locator('.kpi').count()).toBe(8);
    expect(await page.evaluate(() => document.querySelector('[data-chart="trend"]')!.getBoundingClientRect().top)).toBeGreaterThan(823 + 240);
    expect(asked).toEqual([]);
    expect(await page.locator('[data-chart="trend"] canvas').count()).toBe(0);
    await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart="trend"] canvas');
    expect(asked.length).toBe(1);
  });

  it('once shown, the page is still: no render loop (a value made anew on each render would loop a deferred pass)', async () => {
    const { page } = await open('?unit=91&period=2020-01-01/2020-09-30&indicator=resolution_rate');
    await page.waitForSelector('#ranking tbody');
    await page.waitForTimeout(1000);
    const mutations = await page.evaluate(() => new Promise<number>((ok) => {
      let n = 0;
      const o = new MutationObserver((l) => { n += l.length; });
      o.observe(document.querySelector('main')!, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { o.disconnect(); ok(n); }, 1500);
    }));
    expect(mutations).toBe(0);
  });

  // A synthetic province has no units file: the worker fetches the built-in units after reading
  // it. Held there, the page is still loading, and what it has asked for so far is known.
  for (const [width, bars] of [[1280, true], [412, false]] as const) {
    it(`at ${width} px, while the worker reads the figures, the panels' code comes${bars ? ', and the comparison\'s bar series' : ', and nothing of ECharts'}`, async () => {
      const data = syntheticDataset('prefetch');
      const context = await browser.newContext({ viewport: { width, height: 823 }, baseURL: inject('baseUrl') });
      const page = await context.newPage();
      opened.push({ context, page, problems: [], dialogs: [] });
      try {
        let release!: () => void;
        const held = new Promise<void>((ok) => { release = ok; });
        await page.route('**/reference/units-2025.csv', async (route) => { await held; await route.continue(); });
        const asked: string[] = [];
        page.on('request', (r) => asked.push(new URL(r.url()).pathname));
        await page.goto(data.search);
        const chunk = (name: string) => asked.some((a) => new RegExp(`/assets/${name}-[^/]*\\.js$`).test(a));
        // The figures cannot come while the unit lists are held, so the wait may be long: the chunks
        // are asked for some 0.9-1.4 s after the page is asked for on this machine, and a poll's
        // default second from the page's load event was too short in a CI run.
        const asking = { timeout: 10_000 };
        await expect.poll(() => chunk('RankingTable'), asking).toBe(true);
        for (const name of ['QualityPanel', 'TrendChart', 'LevelChart', 'StatusPanels']) await expect.poll(() => chunk(name), asking).toBe(true);
        if (bars) await expect.poll(() => chunk('bar'), asking).toBe(true);
        else { await page.waitForTimeout(500); expect(chunk('bar') || chunk('echarts')).toBe(false); }
        expect(await page.locator('.kpi').count()).toBe(0);
        expect(await page.isVisible('.loading-page')).toBe(true);
        release();
        await page.waitForSelector('.kpi');
      } finally {
        data.remove();
      }
    });
  }

  it('a dataset without a units file has Vietnam\'s unit lists fetched while the worker reads its rows, not after; one with units.csv does not fetch them', async () => {
    // 40,000 rows and more: the worker says how many it has read every 20,000 (its progress messages).
    const data = syntheticDataset('reference', 40_000);
    try {
      for (const [search, expected] of [[data.search, true], ['/', false]] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 823 }, baseURL: inject('baseUrl') });
        await context.addInitScript(() => {
          const w = window as unknown as { progress: { loaded: number; at: number }[]; Worker: typeof Worker };
          w.progress = [];
          const Base = w.Worker;
          w.Worker = class extends Base {
            constructor(url: string | URL, options?: WorkerOptions) {
              super(url, options);
              this.addEventListener('message', (e: MessageEvent<{ type: string; phase: string; loaded: number }>) => {
                if (e.data?.type === 'progress' && e.data.phase === 'parse' && e.data.loaded > 0) w.progress.push({ loaded: e.data.loaded, at: Date.now() });
              });
            }
          };
        });
        const page = await context.newPage();
        opened.push({ context, page, problems: [], dialogs: [] });
        let asked: number | null = null;
        page.on('request', (r) => { if (r.url().endsWith('/reference/units-2025.csv')) asked ??= Date.now(); });
        await page.goto(search);
        await page.waitForSelector('.kpi');
        const progress = await page.evaluate(() => (window as unknown as { progress: { loaded: number; at: number }[] }).progress);
        if (expected) {
          expect(progress[0]?.loaded).toBe(20_000);
          // Asked for before the first 20,000 rows were read (it used to be after the last).
          expect(asked).not.toBeNull();
          expect(asked!).toBeLessThan(progress[0].at);
        } else {
          expect(asked).toBeNull();
        }
        await context.close();
      }
    } finally {
      data.remove();
    }
  });

  it('at 1280 px the comparison is on the first screen: ECharts is fetched and it draws without a scroll', async () => {
    const { page } = await open('?unit=91&period=2020-01-01/2020-09-30&indicator=resolution_rate');
    await page.waitForSelector('[data-chart="compare"] canvas');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/assets\/echarts-[^/]*\.js$/.test(e.name)).length)).toBe(1);
  });
});
