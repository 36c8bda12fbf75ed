// `npm run lighthouse`: builds, serves dist/ on 127.0.0.1 and prints Lighthouse's mobile scores
// (performance, accessibility, best practices) for the overview and an embedded widget, with every
// failing accessibility or best-practices audit. `--runs N` runs each page N times and prints the
// median too (mobile performance swings by about ±5 points run to run on 2 cores).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../e2e/server';
import { report, runLighthouse, CATEGORIES, type LighthouseResult } from './lighthouse';
import { median } from './median';

const PAGES = [['overview', ''], ['embed (compare)', '?unit=91&embed=compare']] as const;

const arg = process.argv.indexOf('--runs');
const runs = arg > 0 ? Math.max(1, Number(process.argv[arg + 1]) || 1) : 1;

const xdg = mkdtempSync(join(tmpdir(), 'cchc-lighthouse-'));
process.env.XDG_CONFIG_HOME ??= `${xdg}/config`;
process.env.XDG_CACHE_HOME ??= `${xdg}/cache`;
process.env.XDG_DATA_HOME ??= `${xdg}/data`;

const { server, url } = await serve(resolve(import.meta.dirname, '../../dist'));
try {
  for (const [name, search] of PAGES) {
    const results: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await runLighthouse(`${url}${search}`);
      results.push(r);
      console.log(`${name}${runs > 1 ? ` (run ${i + 1}/${runs})` : ''}: ${report(r)}\n`);
    }
    if (runs > 1) {
      console.log(`${name}: median of ${runs}: ${CATEGORIES.map((c) => `${c} ${median(results.map((r) => r.scores[c]))}`).join(' · ')}\n`);
    }
  }
} finally {
  server.close();
}
