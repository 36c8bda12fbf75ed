// The Content-Security-Policy the README recommends, checked in Chromium: the build served with
// exactly that header loads the overview (data in the worker, fonts, charts, tooltips, the map and
// its geometry, downloads, the embed-code dialog) and embedded widgets on a portal page that has
// the portal's recommended policy, with no CSP violation and no console error.
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { current, hasChromium, launch } from './browser';
import { serve } from './server';
import { cspViolations, frameOf, heights, hostPage, hostServer, recordCspViolations, waitForOverview, waitForWidget, watch, type Host } from './embedHelpers';
import { embedSnippet } from '../../src/state/embedSnippet';

const ROOT = resolve(import.meta.dirname, '../..');

/** The app's policy, as in the README ("Publishing on a provincial portal"); PORTAL is the portal's origin. */
export const APP_CSP = (portal: string) => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors 'self' ${portal}`,
].join('; ');

/** The portal page's policy for the embed (its own sources plus the app's origin: APP). */
export const PORTAL_CSP = (app: string) => [
  "default-src 'self'",
  `script-src 'self' ${app}`,
  `frame-src ${app}`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

let browser: Browser;
let server: Server;
let app: string;
let host: Host;

/** A page with the recorder of CSP violations and the problem list. */
async function open(url: string, width = 1280): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await recordCspViolations(context);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

/** Shows a chart's tooltip for one item (the tooltip is HTML: its styles must pass the CSP). */
async function showTip(page: Page, chart: string): Promise<string> {
  const el = page.locator(`[data-chart="${chart}"] > div`).first();
  await el.scrollIntoViewIfNeeded();
  const tip = page.locator(`[data-chart="${chart}"] div:has(> strong)`).first();
  // The reader points at the chart first: a chart drawn before the tooltip's code came takes its
  // tooltip then (EChart.tsx).
  await el.hover();
  // Asked again until it shows: the chart may still be drawing its first frame.
  await expect.poll(async () => {
    await el.evaluate((node) => (node as HTMLElement & { echartsInstance: { dispatchAction: (a: object) => void } }).echartsInstance.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 }));
    return tip.count();
  }, { timeout: 10_000, message: `${chart}'s tooltip` }).toBeGreaterThan(0);
  return tip.innerText();
}

async function download(page: Page, panel: string, kind: 'png' | 'svg' | 'csv' | 'xlsx'): Promise<string> {
  const details = page.locator(`#${panel} .downloads details`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), details.locator(`button[data-kind="${kind}"]`).click()]) as [Download, void];
  return d.suggestedFilename();
}

describe.skipIf(!hasChromium())('the recommended Content-Security-Policy', () => {
  beforeAll(async () => {
    browser = await launch();
    const s = await serve(resolve(ROOT, 'dist'), 0, { '/fixtures/': resolve(ROOT, 'fixtures') });
    server = s.server;
    app = s.url;
    const origin = new URL(app).origin;
    // The portal's page, under the portal's policy: the pasted code for two widgets.
    const code = [
      embedSnippet(`${app}?data=fixtures/units/provinces-2026/`, 'compare', 'So sánh các đơn vị'),
      embedSnippet(`${app}?data=fixtures/units/provinces-2026/`, 'map', 'Bản đồ', { theme: 'dark' }),
    ].join('\n');
    host = await hostServer({ '/': hostPage(code) }, { 'Content-Security-Policy': PORTAL_CSP(origin) });
    // Every answer of the app (page, scripts, worker, data, fonts, reference files) with the policy.
    const policy = APP_CSP(host.origin);
    server.prependListener('request', (_req, res) => res.setHeader('Content-Security-Policy', policy));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await new Promise<void>((ok) => server?.close(() => ok()));
  });

  it('every answer of the app carries the policy', async () => {
    const res = await fetch(`${app}embed.js`);
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP(host.origin));
  });

  it('the overview on the bundled data: data, fonts, charts, tooltips, the embed-code dialog', async () => {
    const { page, problems, close } = await open(app);
    await waitForOverview(page);
    expect(await current(page)).toBe('Huyện Gò Quao');
    await page.waitForSelector('[data-chart="trend"] canvas');
    expect(await showTip(page, 'trend')).toContain('9 tháng đầu năm 2020');
    expect(await page.evaluate(() => document.fonts.check('400 16px "Be Vietnam Pro"', 'Tiếng Việt'))).toBe(true);
    await page.getByRole('button', { name: 'Mã nhúng' }).click();
    expect(await page.locator('dialog[open] textarea').inputValue()).toContain('data-cchc-embed');
    await page.keyboard.press('Escape');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('a national table: the built-in units, the map and its geometry, tooltips, and downloads (PNG, SVG, CSV, XLSX)', async () => {
    const { page, problems, close } = await open(`${app}?data=fixtures/units/provinces-2026/`);
    await waitForOverview(page);
    expect(await current(page)).toBe('Cả nước');
    await page.waitForSelector('[data-chart="map"] canvas', { timeout: 20_000 });
    expect(await showTip(page, 'map')).toContain('Thành phố');
    expect(await showTip(page, 'compare')).not.toBe('');
    expect(await download(page, 'compare', 'png')).toMatch(/\.png$/);
    expect(await download(page, 'map', 'svg')).toMatch(/\.svg$/);
    expect(await download(page, 'compare', 'csv')).toMatch(/\.csv$/);
    expect(await download(page, 'compare', 'xlsx')).toMatch(/\.xlsx$/);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('embedded widgets on a portal page with the portal\'s policy: drawn, sized by embed.js, no violation on either side', async () => {
    const { page, problems, close } = await open(host.url);
    for (const selector of ['iframe[src*="embed=compare"]', 'iframe[src*="embed=map"]']) {
      const frame = await frameOf(page, selector);
      await waitForWidget(frame);
      await page.waitForSelector(`${selector} >> nth=0`);
      await expect.poll(async () => { const h = await heights(page, selector); return Math.abs(h.iframe - h.content); }, { timeout: 10_000, message: selector }).toBeLessThanOrEqual(2);
      expect(await cspViolations(frame), selector).toEqual([]);
    }
    // The comparison's HTML bars take their lengths under the policy's style-src 'self' (React sets
    // them through the style object, which the policy allows, not as style attributes).
    const compareFrame = await frameOf(page, 'iframe[src*="embed=compare"]');
    const bar = await compareFrame.locator('.bar-list__bar').first().evaluate((el) => el.getBoundingClientRect().width / el.parentElement!.getBoundingClientRect().width);
    expect(bar).toBeCloseTo(1, 2);
    const mapFrame = await frameOf(page, 'iframe[src*="embed=map"]');
    expect(await mapFrame.locator('[data-chart="map"] canvas').count()).toBe(1);
    // The pasted style="border:0;max-width:100%" applies (the portal allows inline style attributes).
    expect(await page.locator('iframe[data-cchc-embed]').first().evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('the app refuses to be framed by a page the policy does not name', async () => {
    const stranger = await hostServer({ '/': hostPage(embedSnippet(app, 'kpis', 'Chỉ tiêu chính')) });
    try {
      const { page, close } = await open(stranger.url);
      const handle = await page.waitForSelector('iframe[data-cchc-embed]');
      await page.waitForTimeout(1_500);
      const frame = await handle.contentFrame();
      // Chromium replaces a refused frame's document with an empty error page.
      expect(await frame?.locator('.embed__frame').count() ?? 0).toBe(0);
      await close();
    } finally {
      await stranger.close();
    }
  });
});
