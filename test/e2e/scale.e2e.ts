// Scale guard (not a timing): a synthetic dataset of 100k rows (`npm run gen:data`: four provinces,
// their 405 communes, monthly) loads in Chromium, and the KPI cards and the first chart appear
// within 60 s with no console error. `npm run bench` measures; this only says scale still works.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generate } from '../../src/cli/genData';
import { hasChromium, launch } from './browser';

/** Served at /e2e-data/ by globalSetup.ts. */
const SERVED = join(tmpdir(), 'cchc-e2e-data');
const LOAD_TIMEOUT = 60_000;

let browser: Browser;
let dir = '';
let rows = 0;

describe.skipIf(!hasChromium())('a 100k-row dataset in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SERVED, { recursive: true });
    dir = mkdtempSync(join(SERVED, 'scale-'));
    rows = generate({ rows: 100_000, out: dir, seed: 1 }).rows;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads: the KPI cards and the first chart appear within 60 s, with no console error', async () => {
    expect(rows).toBeGreaterThan(90_000);
    const base = inject('baseUrl');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('crash', () => problems.push('the page crashed'));
    try {
      await page.goto(`${base}?data=/e2e-data/${basename(dir)}/`);
      await page.waitForFunction(
        () => document.querySelector('main .kpi') && document.querySelector('main [data-chart] canvas') && !document.querySelector('.progress'),
        null, { timeout: LOAD_TIMEOUT, polling: 250 },
      );
      expect(await page.locator('main .kpi').count()).toBeGreaterThan(0);
      // The first screen is the unit with the most children that have figures: the largest province.
      expect(await page.textContent('.breadcrumb__current')).toBe('Thành phố Hà Nội');
      expect(await page.locator('.header__synthetic').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, LOAD_TIMEOUT + 30_000);
});
