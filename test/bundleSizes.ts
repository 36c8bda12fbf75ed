// What a first visit downloads, from the build's manifest (dist/.vite/manifest.json): the gzip
// bytes of a module's chunk and every chunk it imports statically. Used by the budget test and by
// `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What any first visit loads before the page's own code: the entry (index.html → src/main.ts, no
 * React) and React's root (mount.tsx), which it loads with the App or the Embed.
 */
export const ENTRY = ['index.html', 'src/app/mount.tsx'];

/** Modules the build groups into a named chunk (vite.config.ts, codeSplitting.groups) that budgets name. */
const GROUPED: Record<string, string> = { 'src/components/CompareChart.tsx': 'chart-panel', 'src/components/ComparePanel.tsx': 'chart-panel' };

interface Chunk { file: string; name?: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }

export function bundleSizes(dist: string) {
  const path = join(dist, '.vite/manifest.json');
  if (!existsSync(path)) throw new Error(`no ${path}: build with build.manifest (vite.config.ts)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Chunk>;
  const gz = new Map<string, number>();
  const size = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) gz.set(file, (n = gzipSync(readFileSync(join(dist, file))).length));
    return n;
  };
  /** A module that vite.config.ts puts in a named group is found under that group's chunk. */
  const keyOf = (source: string): string => {
    if (manifest[source]) return source;
    const group = GROUPED[source];
    return Object.keys(manifest).find((k) => group && manifest[k].name === group) ?? source;
  };
  /** The chunks a source module needs before it runs: itself and its static imports, transitively. */
  const closure = (...sources: string[]): Set<string> => {
    const seen = new Set<string>();
    const visit = (source: string) => {
      const key = keyOf(source);
      const c = manifest[key];
      if (!c) throw new Error(`${key} is not in the build manifest`);
      if (seen.has(c.file)) return;
      seen.add(c.file);
      for (const i of c.imports ?? []) visit(i);
    };
    sources.forEach(visit);
    return seen;
  };
  const bytes = (files: Set<string>) => [...files].filter((f) => f.endsWith('.js')).reduce((s, f) => s + size(f), 0);
  const chart = ['src/components/EChart.tsx', 'src/charts/parts/bar.ts', 'src/charts/parts/markLine.ts'];

  return {
    closure,
    bytes,
    /** The full app until its first screen can render (entry and app, without any chart). */
    app: bytes(closure(...ENTRY, 'src/app/App.tsx')),
    /** The full app with what its first chart (the comparison's bars) needs. */
    appFirstChart: bytes(closure(...ENTRY, 'src/app/App.tsx', 'src/components/CompareChart.tsx', ...chart)),
    /** One embedded chart widget (the comparison, its bars drawn in HTML: no ECharts). */
    embedChart: bytes(closure(...ENTRY, 'src/app/Embed.tsx', 'src/components/embed/CompareBars.tsx')),
    /** An embedded widget drawn with ECharts (the trend's lines), for the budget's guard. */
    embedCanvasChart: bytes(closure(...ENTRY, 'src/app/Embed.tsx', 'src/components/TrendChart.tsx', 'src/components/EChart.tsx', 'src/charts/parts/line.ts', 'src/charts/parts/markLine.ts')),
    /** One embedded widget without a chart (the KPI cards). */
    embedCards: bytes(closure(...ENTRY, 'src/app/Embed.tsx', 'src/components/KpiCards.tsx')),
  };
}
