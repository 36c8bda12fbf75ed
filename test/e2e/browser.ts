// Chromium for the browser tests, with every console error, page error and dialog recorded so
// each test can assert there were none.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { resolve } from 'node:path';
import { expect, inject } from 'vitest';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function hasChromium(): boolean {
  return inject('chromium') !== '';
}

export async function launch(): Promise<Browser> {
  const xdg = inject('xdg');
  process.env.XDG_CONFIG_HOME = `${xdg}/config`;
  process.env.XDG_CACHE_HOME = `${xdg}/cache`;
  process.env.XDG_DATA_HOME = `${xdg}/data`;
  return chromium.launch({ executablePath: inject('chromium'), args: ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and dialogs, in order. */
  problems: string[];
  dialogs: string[];
}

export async function openPage(browser: Browser, search = '', width = 1280, height = 900): Promise<Watched> {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width, height }, baseURL: base });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  const w = watchPage(context, await context.newPage());
  await w.page.goto(`${base}${search}`);
  await waitForData(w.page);
  return w;
}

/** A page whose console errors, uncaught errors and dialogs are kept (for closePages to check). */
export function watchPage(context: BrowserContext, page: Page): Watched {
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  // An uncaught error with where it was thrown (the first frames of its stack), to be read without a rerun.
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}${e.stack ? ` at ${e.stack.split('\n').slice(1, 4).map((l) => l.trim()).join(' < ')}` : ''}`));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  return { context, page, problems, dialogs };
}

/** Presses Tab (or Shift+Tab) until the focused element matches, at most 80 times. */
export async function tabTo(page: Page, matches: string, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return;
  }
  throw new Error(`Tab never reached ${matches}`);
}

/** A test file's `open`: each page it opens is kept in `opened`, for closePages after each test. */
export function pageOpener(browser: () => Browser, opened: Watched[]) {
  return async (search = '', width = 1280, height = 900): Promise<Watched> => {
    const w = await openPage(browser(), search, width, height);
    opened.push(w);
    return w;
  };
}

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** What axe-core finds (WCAG 2 A/AA and best practice) in the page, or inside `selector`: "rule: targets" each. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (sel) => {
    const run = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const r = await run(sel ? { include: [sel] } : document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector ?? null);
}

/** The overview is on screen: the KPI section and the breadcrumb, and the panels below have caught up (none aria-busy). */
export async function waitForData(page: Page): Promise<void> {
  await page.waitForSelector('.breadcrumb__current', { timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector('.progress, main [aria-busy="true"]'), null, { timeout: 20_000 });
}

/** Two frames and a while (300 ms): whatever a change would draw, in its task, a pass later or by
 * the size observer, has drawn. */
export const settled = (page: Page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300)))));

/**
 * Chooses another month in the filter bar (the first monthly option that is not the one chosen) and
 * gives what `read`, an expression evaluated in the page, says once the change's task has run with
 * its microtasks, before the browser draws a frame.
 */
export async function anotherMonthInTask<T>(page: Page, read: string): Promise<T> {
  const periods = await page.locator('#f-period option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const now = await page.locator('#f-period').inputValue();
  const next = periods.find((p) => p !== now && /^\d{4}-\d{2}$/.test(p))!;
  return page.evaluate(async ([period, expression]) => {
    const select = document.querySelector('#f-period') as HTMLSelectElement;
    select.value = period;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    return eval(expression) as T;
  }, [next, read] as const);
}

export const current = (page: Page) => page.textContent('.breadcrumb__current');

export const kpiValue = (page: Page, indicator: string) => page.textContent(`.kpi[data-indicator="${indicator}"] .kpi__value`);

/** Pixel of a bar's middle in a horizontal bar chart, from the ECharts instance on its element. */
export async function barPoint(page: Page, chart: string, category: string): Promise<{ x: number; y: number }> {
  const el = page.locator(`[data-chart="${chart}"] > div`).first();
  await el.waitFor();
  const box = (await el.boundingBox())!;
  const [x, y] = await el.evaluate((node, cat) => {
    const inst = (node as HTMLElement & { echartsInstance: { convertToPixel: (f: object, v: unknown[]) => number[]; getOption: () => { series: { data: { value: number }[] }[]; yAxis: { data: string[] }[] } } }).echartsInstance;
    const opt = inst.getOption();
    const i = opt.yAxis[0].data.indexOf(cat);
    const value = opt.series[0].data[i].value;
    return inst.convertToPixel({ seriesIndex: 0 }, [value / 2, cat]);
  }, category);
  return { x: box.x + x, y: box.y + y };
}

/**
 * Hover a bar until the page shows what the hover should show. A bar still growing in its
 * entry animation, or redrawn by a late update, can miss the first pointer move, so the
 * pointer leaves and comes back (at the bar's current place) until `shown` holds or 15 s pass.
 */
export async function hoverBar(page: Page, chart: string, category: string, shown: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const p = await barPoint(page, chart, category);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    for (let i = 0; i < 10; i++) {
      if (await shown()) return;
      await page.waitForTimeout(100);
    }
    if (Date.now() > deadline) {
      // Say what the page showed, so that a failure on a CI machine can be read without a rerun.
      const seen = await page.evaluate(() => ({ scrollY, tooltips: [...document.querySelectorAll('div')].filter((d) => d.style.position === 'absolute' && d.textContent).map((d) => `${d.style.display}: ${d.textContent!.slice(0, 60)}`) }));
      throw new Error(`hovering ${category} in ${chart} at ${Math.round(p.x)},${Math.round(p.y)} did not show what was expected; page: ${JSON.stringify(seen)}`);
    }
    await page.mouse.move(0, 0);
  }
}

/**
 * Scroll down the whole page and back, as a reader would, so that every chart has been near the
 * screen and drawn (charts draw only there): a full-page screenshot then shows what a reader sees.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const step = await page.evaluate(() => innerHeight);
  // At each screen the reader waits for the charts on it (the first one near fetches ECharts).
  // Bars drawn in HTML (the levels) are there from the start.
  const drawnOnScreen = () => [...document.querySelectorAll('[data-chart]:not([data-drawn="html"])')].every((c) => {
    const r = c.getBoundingClientRect();
    return c.getClientRects().length === 0 || r.bottom < 0 || r.top > innerHeight || c.querySelector('canvas');
  });
  // To the end of the page as it is at each step (panels that come in make it longer).
  for (let y = 0; y < await page.evaluate(() => document.documentElement.scrollHeight); y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
    await page.waitForFunction(drawnOnScreen, null, { timeout: 30_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]:not([data-drawn="html"])')].every((c) => c.getClientRects().length === 0 || c.querySelector('canvas')));
}

/** After each test: every page it opened logged no console error, page error or dialog; then closed. */
export async function closePages(opened: Watched[]): Promise<void> {
  for (const w of opened.splice(0)) {
    expect(w.problems).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await w.context.close();
  }
}

/** What the page looked like when a click had no effect: for the warning a test prints before it clicks again. */
export function pageState(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const els = [...document.querySelectorAll(sel)];
    const box = els[0]?.getBoundingClientRect();
    const at = box ? document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) : null;
    return JSON.stringify({
      matches: els.length, connected: els.map((e) => e.isConnected), box: box && [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)],
      atItsMiddle: at ? `${at.tagName.toLowerCase()}.${at.className}` : null, rankings: document.querySelectorAll('#ranking').length,
      busy: [...document.querySelectorAll('[aria-busy="true"]')].map((e) => e.id || e.className), scrollY: Math.round(scrollY), sinceLoad: Math.round(performance.now()),
    });
  }, selector).catch((e: unknown) => `(page state unreadable: ${String(e)})`);
}
