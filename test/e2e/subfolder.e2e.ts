// The production build served from a sub-folder of a portal (`/cchc/`), as a province publishes it:
// the bundled data loads, `?data=` resolves against the sub-folder, the built-in reference files and
// maps come from it, an embed works, and `/cchc/embed.js` sizes an iframe on a page of another origin.
// Nothing is asked of the server's root. `/tinh/` is the same build with `data/` replaced by a
// province's own dataset (README, "Publishing on a provincial portal").
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { current, hasChromium, launch } from './browser';
import { serve } from './server';
import { frameOf, heights, hostPage, hostServer, waitForOverview, waitForWidget, watch, type Host } from './embedHelpers';
import { embedSnippet } from '../../src/state/embedSnippet';

const ROOT = resolve(import.meta.dirname, '../..');

let browser: Browser;
let server: Server;
let site: string;
let host: Host | undefined;
/** Every path the browser asked the portal's server for. */
const asked: string[] = [];

describe.skipIf(!hasChromium())('the build in a sub-folder (/cchc/)', () => {
  beforeAll(async () => {
    browser = await launch();
    // The server's root is an empty folder: only /cchc/ (the build) and /cchc/fixtures/ answer.
    const empty = mkdtempSync(join(tmpdir(), 'cchc-portal-'));
    // /tinh/ is the same build with its data/ replaced by a province's dataset, as the README says.
    const s = await serve(empty, 0, {
      '/cchc/fixtures/': resolve(ROOT, 'fixtures'),
      '/cchc/': resolve(ROOT, 'dist'),
      '/tinh/data/': resolve(ROOT, 'fixtures/units/provinces-2026'),
      '/tinh/': resolve(ROOT, 'dist'),
    });
    server = s.server;
    server.prependListener('request', (req) => asked.push(new URL(req.url ?? '/', 'http://x').pathname));
    site = `${s.url}cchc/`;
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await new Promise<void>((ok) => server?.close(() => ok()));
  });

  it('loads the bundled data from /cchc/data/ and shows a unit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    asked.length = 0;
    await page.goto(site);
    await waitForOverview(page);
    expect(await current(page)).toBe('Huyện Gò Quao');
    expect(await page.locator('.kpi').count()).toBeGreaterThan(0);
    expect(asked).toContain('/cchc/data/index.json');
    expect(asked.filter((p) => !p.startsWith('/cchc/'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a dataset put in place of dist/data/ is what the page opens on', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    asked.length = 0;
    await page.goto(site.replace('/cchc/', '/tinh/'));
    await waitForOverview(page);
    expect(await current(page)).toBe('Cả nước');
    expect(asked).toContain('/tinh/data/index.json');
    expect(asked.filter((p) => !p.startsWith('/tinh/'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('?data= is relative to the sub-folder; the built-in units and the map come from /cchc/reference/', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    asked.length = 0;
    await page.goto(`${site}?data=fixtures/units/provinces-2026/`);
    await waitForOverview(page);
    expect(await current(page)).toBe('Cả nước');
    await page.waitForSelector('[data-chart="map"] canvas', { timeout: 20_000 });
    expect(asked).toContain('/cchc/fixtures/units/provinces-2026/index.json');
    expect(asked.some((p) => p.startsWith('/cchc/reference/'))).toBe(true);
    expect(asked.filter((p) => !p.startsWith('/cchc/'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('/cchc/?embed=compare renders the widget, its full-view link stays in the sub-folder', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    asked.length = 0;
    await page.goto(`${site}?data=fixtures/units/provinces-2026/&embed=compare`);
    await waitForWidget(page);
    expect(await page.locator('.embed__body h2').first().isVisible()).toBe(true);
    // The comparison's bars, drawn in HTML (an embed loads no ECharts for them).
    await page.waitForSelector('[data-chart="compare"][data-drawn="html"] li');
    const href = await page.locator('.embed__foot a').getAttribute('href');
    expect(new URL(href!).pathname).toBe('/cchc/');
    expect(new URL(href!).searchParams.has('embed')).toBe(false);
    expect(asked.filter((p) => !p.startsWith('/cchc/'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('/cchc/embed.js sizes the pasted iframe on a page of another origin', async () => {
    const code = embedSnippet(`${site}?data=fixtures/units/provinces-2026/`, 'compare', 'So sánh các đơn vị');
    expect(code).toContain(`src="${site}embed.js"`);
    host = await hostServer({ '/': hostPage(code) });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(host.url);
    await waitForWidget(await frameOf(page, 'iframe[data-cchc-embed]'));
    await expect.poll(async () => { const h = await heights(page, 'iframe[data-cchc-embed]'); return Math.abs(h.iframe - h.content); }, { timeout: 10_000 }).toBeLessThanOrEqual(2);
    expect((await heights(page, 'iframe[data-cchc-embed]')).iframe).not.toBe(560);
    expect(problems).toEqual([]);
    await context.close();
  });
});
