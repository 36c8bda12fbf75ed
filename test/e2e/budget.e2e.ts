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

/** gzip KB the app's own initial JS may weigh (ECharts, in its own chunk, comes after the cards). */
const INITIAL_JS_BUDGET = 135 * 1024;

describe('bundle budgets', () => {
  it('the initial JS is within its budget', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((s, f) => s + gzip(f), 0);
    expect(total, `${scripts.join(', ')}: ${(total / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
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
