// Budgets of the production build: the JS a first visit loads stays small, and Vietnam's unit
// lists and maps are never in it (they are fetched by the worker or the map, only when needed).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');
const html = () => readFileSync(resolve(DIST, 'index.html'), 'utf8');

/** The scripts index.html loads or preloads: the initial JS. */
function initialScripts(): string[] {
  return [...html().matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
}

const gzip = (file: string) => gzipSync(readFileSync(resolve(DIST, file))).length;

/** gzip bytes the app's own initial JS may weigh (ECharts, in its own chunk, comes after the cards). */
const INITIAL_JS_BUDGET = 110 * 1000;
/** gzip bytes of what the first chart needs: the initial JS and the ECharts chunks (issue: 300 KB). */
const FIRST_CHART_BUDGET = 300 * 1000;

describe('bundle budgets', () => {
  it('the initial JS is within its budget, and with the chart chunk within 300 KB gzip', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((s, f) => s + gzip(f), 0);
    expect(total, `${scripts.join(', ')}: ${(total / 1000).toFixed(1)} KB gzip`).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    const charts = readdirSync(resolve(DIST, 'assets')).filter((f) => /^(echarts|EChart)-.*\.js$/.test(f)).map((f) => `assets/${f}`);
    expect(charts.length).toBe(2);
    const withCharts = total + charts.reduce((s, f) => s + gzip(f), 0);
    expect(withCharts, `${(withCharts / 1000).toFixed(1)} KB gzip`).toBeLessThanOrEqual(FIRST_CHART_BUDGET);
  });

  it('no unit list, crosswalk or map geometry is in any JS chunk: they are files fetched on demand', () => {
    const chunks = readdirSync(resolve(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    for (const f of chunks) {
      const text = readFileSync(resolve(DIST, 'assets', f), 'utf8');
      expect(text, f).not.toContain('Phường Trúc Bạch');
      expect(text, f).not.toContain('"arcs"');
    }
    for (const f of ['units-2025.csv', 'units-pre2025.csv', 'crosswalk-2025.csv', 'provinces-2025.topo.json', 'provinces-pre2025.topo.json', 'README.md']) {
      expect(readFileSync(resolve(DIST, 'reference', f)).length, f).toBeGreaterThan(0);
    }
  });

  it('the map series and its TopoJSON reader are a chunk of their own, not preloaded', () => {
    const map = readdirSync(resolve(DIST, 'assets')).find((f) => /^MapEChart-.*\.js$/.test(f));
    expect(map).toBeDefined();
    expect(initialScripts()).not.toContain(`assets/${map}`);
  });
});
