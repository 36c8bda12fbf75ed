/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The bundled dataset is fixtures/seeds itself (one source of truth, no copy in git): served at
// `data/` in dev, emitted into `dist/data/` by the build, with `data/index.json` listing its files.
const DATASET = 'fixtures/seeds';
const DATA_FILE = /\.(csv|tsv|txt|json|xlsx|geojson|topojson)$/i;

function bundledDataset(): Plugin {
  const dir = join(import.meta.dirname, DATASET);
  const files = () => readdirSync(dir).filter((n) => DATA_FILE.test(n) && n !== 'index.json').sort();
  const index = () => `${JSON.stringify({ files: files() }, null, 2)}\n`;
  return {
    name: 'bundled-dataset',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0].replace(/^\//, ''));
        if (name === 'index.json') {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(index());
          return;
        }
        if (!files().includes(name)) return next();
        res.setHeader('Content-Type', `${name.endsWith('.json') ? 'application/json' : 'text/csv'}; charset=utf-8`);
        res.end(readFileSync(join(dir, name)));
      });
    },
    generateBundle() {
      for (const name of files()) this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dir, name)) });
      this.emitFile({ type: 'asset', fileName: 'data/index.json', source: index() });
    },
  };
}

// Relative base: the build works from any sub-folder of a provincial portal.
export default defineConfig({
  base: './',
  plugins: [react(), bundledDataset()],
  worker: { format: 'es' },
  // dist/.vite/manifest.json: which chunks each entry and lazy module loads (the bundle budgets read it).
  // No module preload links for lazy chunks: Vite's helper appends one <link rel="modulepreload"> per
  // chunk a lazy import needs, and each append costs the page's thread about 13 ms on a phone's CPU
  // (4× slowdown; .tmp measurement: 20 links, 261 ms) — some 20 of them before the first screen. The
  // browser fetches a chunk's own imports as soon as it reads it; their CSS is still loaded first.
  // Lighthouse mobile on the bundled data: about 73 with the links, about 81 without.
  build: {
    manifest: true,
    modulePreload: false,
    // Small modules that the first screen's lazy parts share would each be a chunk of a few hundred
    // bytes (a request, and gzip that cannot share a dictionary): two groups keep them together —
    // what the cards and any panel use, and what a chart panel uses.
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'cells', test: /src\/(components\/(download\/save|format|moduleStore|StatusBadge|ValueStatusCells|flags\/)|i18n\/problems\.ts)/ },
            { name: 'chart-panel', test: /src\/(components\/(Chart\.tsx|useNearScreen|ChartPanel|CompareChart|ComparePanel|childrenElsewhere)|model\/views\/(compare|childLevels)|charts\/compare)/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    setupFiles: ['test/setup.ts'],
  },
});
