// A synthetic dataset for a browser test (`npm run gen:data`), written where globalSetup.ts serves
// /e2e-data/, and the wait for a unit's whole view.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { generate } from '../../src/cli/genData';
import { launch } from './browser';

/** Served at /e2e-data/ by globalSetup.ts. */
const SERVED = join(tmpdir(), 'cchc-e2e-data');

/** Writes `rows` rows (seed 1: at 20,000 rows, a province of 99 communes); `search` opens them. */
export function syntheticDataset(prefix: string, rows = 20_000): { search: string; rows: number; remove: () => void } {
  mkdirSync(SERVED, { recursive: true });
  const dir = mkdtempSync(join(SERVED, `${prefix}-`));
  const written = generate({ rows, out: dir, seed: 1 }).rows;
  return { search: `?data=/e2e-data/${basename(dir)}/`, rows: written, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What a describe of browser tests on one synthetic dataset shares: where it opens, and the browser. */
export interface SyntheticSuite { search: string; browser: Browser }

/**
 * Called inside a describe: before its tests, writes a synthetic dataset (as syntheticDataset) and
 * launches Chromium; after them, closes the one and removes the other.
 */
export function syntheticSuite(prefix: string, rows?: number): SyntheticSuite {
  const suite = { search: '', browser: null as unknown as Browser };
  let data: ReturnType<typeof syntheticDataset> | null = null;
  beforeAll(async () => {
    data = syntheticDataset(prefix, rows);
    suite.search = data.search;
    suite.browser = await launch();
  });
  afterAll(async () => {
    await suite.browser?.close();
    data?.remove();
  });
  return suite;
}

/** The breadcrumb names `name` and no panel is still busy: the whole view is the unit's. */
export const atUnit = (page: Page, name: string) => page.waitForFunction((n) => document.querySelector('.breadcrumb__current')?.textContent === n && !document.querySelector('main [aria-busy="true"]'), name);
