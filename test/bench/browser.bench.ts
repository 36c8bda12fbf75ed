// `npm run bench [-- --rows 100000] [--json] [--runs N] [--drills N] [--filters N] [--no-build] [--no-aggregate] [--no-shapes]`:
// the production build in headless Debian Chromium on synthetic datasets (`npm run gen:data`) of
// 100k and 1M rows. Per size: papaparse alone on the same file in the same page (best of 3),
// navigation → first chart (the median of 3 runs, each in a profile of its own), 50 drills (a unit's name in the ranking table → its view) and the way back up from each
// (the breadcrumb → the parent's view), 20 filter changes (the indicator, then the period, in the
// filter bar), the same URL opened again (reopened, app/reopen.ts) and on it one drill after seven
// seconds without input, the JS heap after load, the app's initial JS (gzip); once,
// `npm run aggregate` (DuckDB) over 1M dossiers; at the smallest size, the first chart of the
// same dataset as an office hands it over (shapes.ts: saved from Excel as CSV, and as .xlsx); at
// the largest, its first chart with the file sent gzip-compressed, as a portal's server may send it.
// Each browser is left to finish its own start before a page is opened (settle.ts).
// Prints a table (with --json, a JSON array on stdout; progress goes to stderr). Asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { generate } from '../../src/cli/genData';
import { ARGS } from '../e2e/browser';
import { serve } from '../e2e/server';
import { bundleSizes } from '../bundleSizes';
import { vi } from '../../src/i18n/vi';
import { IN_PAGE, armDrill, awaitDrill, type DrillTimes, type InPage } from './inPage';
import { SHAPES, writeShapes, type Shape } from './shapes';
import { untilBrowserQuiet } from './settle';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const MINUTE = 60_000;

interface Result {
  rows: number;
  fileBytes: number;
  papaparseMs: number | null;
  firstChartMs: number | null;
  ratio: number | null;
  /** The same URL opened again in the same browser: navigation → first chart, reopened (app/reopen.ts). */
  reopenMs: number | null;
  /** After the reopening: the page left seven seconds without input (read), the ranking scrolled
   * to and a second to find a name in it, then one drill, to the screen: a reader's first click
   * once the page has settled (the 50 drills start a second after the first chart). */
  firstDrillAfterPauseMs: number | null;
  /** A unit's name in the ranking → its view on screen (test/bench/inPage.ts: `screen`). */
  drillP50Ms: number | null;
  drillP95Ms: number | null;
  /** … and every panel of the page, on screen or not, showing it (`page`). */
  drillPageP95Ms: number | null;
  /** The way back from each drill, by the breadcrumb (the parent's whole view again). */
  upP50Ms: number | null;
  upP95Ms: number | null;
  upPageP95Ms: number | null;
  /** A new indicator or period chosen in the filter bar, in turn, until the screen shows it. */
  filterP50Ms: number | null;
  filterP95Ms: number | null;
  filterPageP95Ms: number | null;
  heapBytes: number | null;
  appJsGzipBytes: number;
  embedJsGzipBytes: number | null;
  dossierAggregationMs: number | null;
  /** The same dataset as an office hands it over (shapes.ts), at the smallest size only. */
  shapes?: ShapeResult[];
  /** At the largest size: the first chart with the file sent gzip-compressed by the server as it
   * sends it (no length told), and whether its KPI cards read the same. */
  compressed?: { firstChartMs: number | null; sameKpis: boolean | null };
  /** Each opening's time to the first chart, in the order run; `firstChartMs` is their median. */
  firstChartRunsMs?: (number | null)[];
  /** Where the first chart's time went (app/loadPhases.ts) in the median run, null where the page
   * measured none. */
  firstChartPhases?: FirstChartPhases | null;
  /** Drills from the top of the unit tree (measureTopDrills), null where the first view is the top. */
  topDrills?: TopDrills | null;
}

/** Drills from the unit at the top of the tree (`from`: the country, for a national file) into each
 * of its children on the ranking table's first page, and back up after each. */
interface TopDrills { from: string; count: number; p50Ms: number | null; p95Ms: number | null; pageP95Ms: number | null; upP95Ms: number | null }

/** The first chart's time by phase, in ms: navigation → the worker has the files; the rows read;
 * the sums and checks; the figures packed and sent; the page's unpacking and indexing; then its
 * render to the chart drawn. */
interface FirstChartPhases { untilFilesMs: number; readMs: number; computeMs: number; sendMs: number; pageMs: number; drawMs: number }

/** The page's `cchc:` measures of its load, by phase, against the first chart's time. */
async function firstChartPhases(page: Page, firstChartMs: number): Promise<FirstChartPhases | null> {
  const m = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('cchc:')).map((e) => [e.name.slice(5), { start: e.startTime, end: e.startTime + e.duration }])));
  const need = ['files', 'read', 'compute', 'send', 'page'];
  if (!need.every((k) => k in m)) return null;
  const ms = (x: number) => Math.round(x);
  return { untilFilesMs: ms(m.files.end), readMs: ms(m.read.end - m.read.start), computeMs: ms(m.compute.end - m.compute.start), sendMs: ms(m.send.end - m.send.start), pageMs: ms(m.page.end - m.page.start), drawMs: ms(firstChartMs - m.page.end) };
}

interface ShapeResult {
  shape: Shape;
  fileBytes: number;
  firstChartMs: number | null;
  /** Whether the KPI cards read the same as for the generated file. */
  sameKpis: boolean | null;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

function options(argv: string[]) {
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1];
  };
  const count = (t: string) => {
    const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(t.replace(/[_,]/g, ''));
    if (!m) throw new Error(`--rows: not a number of rows: ${t}`);
    return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
  };
  const rows = value('--rows');
  return {
    sizes: rows ? rows.split(',').map(count) : [100_000, 1_000_000],
    json: argv.includes('--json'),
    build: !argv.includes('--no-build'),
    aggregate: !argv.includes('--no-aggregate'),
    shapes: !argv.includes('--no-shapes'),
    /** Openings timed to the first chart, each in a new profile: the median is `firstChartMs`. */
    runs: Math.max(1, Number(value('--runs') ?? 3)),
    drills: Number(value('--drills') ?? 50),
    filters: Number(value('--filters') ?? 20),
    seed: Number(value('--seed') ?? 1),
  };
}


/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x: number | null, d = 0) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);


/** Chromium with a profile of its own on disk (`name`, under `profile`), at 1280 × 900, once it
 * has done starting (./settle: a browser just launched took a core from the page for 2 s). */
async function openProfile(profile: string, name: string, args: string[] = []) {
  const context = await chromium.launchPersistentContext(join(profile, name), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...ARGS, ...args],
    env: { ...process.env, XDG_CONFIG_HOME: `${profile}/config`, XDG_CACHE_HOME: `${profile}/cache`, XDG_DATA_HOME: `${profile}/data` },
    viewport: { width: 1280, height: 900 },
  });
  const { waitedMs, quiet } = await untilBrowserQuiet();
  log(`  (browser ${name}: ${quiet ? 'quiet' : 'not quiet'} after ${(waitedMs / 1000).toFixed(1)} s)`);
  return context;
}

async function measure(rows: number, opts: ReturnType<typeof options>, tmp: string, base: string, profile: string, appJs: number): Promise<Result> {
  const dirName = `rows-${rows}`;
  const dir = join(tmp, dirName);
  const gen = generate({ rows, out: dir, seed: opts.seed });
  const file = join(dir, 'observations.csv');
  const fileBytes = statSync(file).size;
  log(`${gen.rows.toLocaleString('en')} rows (${(fileBytes / 1e6).toFixed(1)} MB, ${gen.provinces} province(s), ${gen.communes} communes, ${gen.months} months) written in ${gen.seconds.toFixed(1)} s`);

  // A profile on disk, as a reader's browser has (an in-memory one gives IndexedDB too little room
  // to keep a million rows' figures for the second opening); a new one for each size.
  const context = await openProfile(profile, `user-${rows}`, ['--enable-precise-memory-info']);
  const result: Result = { rows: gen.rows, fileBytes, papaparseMs: null, firstChartMs: null, ratio: null, reopenMs: null, firstDrillAfterPauseMs: null, drillP50Ms: null, drillP95Ms: null, drillPageP95Ms: null, upP50Ms: null, upP95Ms: null, upPageP95Ms: null, filterP50Ms: null, filterP95Ms: null, filterPageP95Ms: null, heapBytes: null, appJsGzipBytes: appJs, embedJsGzipBytes: null, dossierAggregationMs: null };
  const problems: string[] = [];
  await context.addInitScript(IN_PAGE);
  let page = context.pages()[0] ?? await context.newPage();
  const watch = (p: Page) => {
    p.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    p.on('crash', () => problems.push('the page crashed'));
  };
  watch(page);
  let kpis: string | null = null;
  try {
    kpis = await measureApp(page, `${base}?data=/bench-data/${dirName}/`, opts, result, problems);
  } catch (e) {
    problems.push(`app run stopped: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    if (page.isClosed()) { page = await context.newPage(); watch(page); }
    result.papaparseMs = await papaparse(page, base, `/bench-data/${dirName}/observations.csv`);
    log(`  papaparse ${result.papaparseMs} ms`);
  } catch (e) {
    problems.push(`papaparse run stopped: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  try {
    if (result.firstChartMs !== null) await moreFirstCharts(dirName, rows, opts.runs, result, base, profile, kpis, problems);
  } catch (e) {
    problems.push(`first chart runs stopped: ${(e as Error).message.split('\n')[0]}`);
  }
  if (result.firstChartMs !== null && result.papaparseMs) result.ratio = round(result.firstChartMs / result.papaparseMs, 1);
  try {
    if (opts.shapes && rows === Math.max(...opts.sizes)) result.compressed = await measureCompressed(dirName, tmp, base, profile, kpis, problems);
  } catch (e) {
    problems.push(`compressed run stopped: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    if (opts.shapes && rows === Math.min(...opts.sizes)) result.shapes = await measureShapes(dir, join(tmp, `shapes-${rows}`), base, profile, kpis, problems);
  } catch (e) {
    problems.push(`shapes run stopped: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const p of problems) log(`  ! ${p}`);
  return result;
}

/**
 * The first chart timed again, `runs` openings in all, each in a profile of its own (nothing kept
 * from the one before), once the first opening's browser is closed: `firstChartMs` becomes their
 * median and `firstChartPhases` the median run's. Six openings of one build at 1M rows on this
 * 2-core machine (two benches of three) took 2,763 to 3,203 ms.
 */
async function moreFirstCharts(dirName: string, rows: number, runs: number, result: Result, base: string, profile: string, kpis: string | null, problems: string[]): Promise<void> {
  const all: { ms: number | null; phases: FirstChartPhases | null }[] = [{ ms: result.firstChartMs, phases: result.firstChartPhases ?? null }];
  for (let k = 1; k < runs; k++) {
    const again = await firstChartOf(`first chart, opening ${k + 1}`, dirName, `first-${rows}-${k + 1}`, base, profile, kpis, problems);
    log(`  opening ${k + 1}: first chart after ${again.firstChartMs} ms`);
    all.push({ ms: again.firstChartMs, phases: again.phases });
  }
  result.firstChartRunsMs = all.map((r) => r.ms);
  const timed = all.filter((r) => r.ms !== null).sort((a, b) => a.ms! - b.ms!);
  if (timed.length === 0) return;
  const median = timed[Math.ceil(timed.length / 2) - 1];
  result.firstChartMs = median.ms;
  result.firstChartPhases = median.phases;
  log(`  first chart, ${all.length} openings: ${all.map((r) => r.ms ?? '—').join(', ')} ms; median ${median.ms} ms`);
}

/** The KPI cards' text: what the shapes' pages must read the same. */
const kpiText = (page: Page) => page.locator('.kpis').textContent({ timeout: 10_000 }).catch(() => null);

/**
 * Navigation → first chart for the dataset at `path` (under /bench-data/), in a browser profile
 * of its own (`name`), and whether its KPI cards read as `kpis` do (null where either is not
 * known). A difference, and any page error, is put in `problems` under `label`.
 */
async function firstChartOf(label: string, path: string, name: string, base: string, profile: string, kpis: string | null, problems: string[]): Promise<{ firstChartMs: number | null; sameKpis: boolean | null; phases: FirstChartPhases | null }> {
  const context = await openProfile(profile, name);
  try {
    await context.addInitScript(IN_PAGE);
    const page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (e) => problems.push(`${label}: pageerror: ${e.message}`));
    await page.goto(`${base}?data=/bench-data/${path}/`, { waitUntil: 'commit', timeout: 2 * MINUTE });
    const handle = await page.waitForFunction(() => (window as unknown as InPage).__benchFirstChart, null, { timeout: 15 * MINUTE, polling: 100 });
    const firstChartMs = round(await handle.jsonValue() as number);
    const phases = await firstChartPhases(page, firstChartMs!);
    const text = await kpiText(page);
    const sameKpis = kpis === null || text === null ? null : text === kpis;
    if (sameKpis === false) problems.push(`${label}: the KPI cards read ${JSON.stringify(text?.slice(0, 120))}, not ${JSON.stringify(kpis?.slice(0, 120))}`);
    return { firstChartMs, sameKpis, phases };
  } finally {
    await context.close();
  }
}

/** Navigation → first chart for the dataset in each shape (shapes.ts), each in a browser profile of its own. */
async function measureShapes(dir: string, out: string, base: string, profile: string, kpis: string | null, problems: string[]): Promise<ShapeResult[]> {
  const folders = writeShapes(dir, out);
  const results: ShapeResult[] = [];
  for (const shape of SHAPES) {
    const file = join(folders[shape], shape === 'xlsx' ? 'observations.xlsx' : 'observations.csv');
    const fileBytes = statSync(file).size;
    const measured = await firstChartOf(shape, `${out.split('/').pop()}/${shape}`, `shape-${shape}`, base, profile, kpis, problems);
    log(`  ${shape} (${(fileBytes / 1e6).toFixed(1)} MB): first chart after ${measured.firstChartMs} ms${measured.sameKpis ? ', the same KPI cards' : ''}`);
    results.push({ shape, fileBytes, firstChartMs: measured.firstChartMs, sameKpis: measured.sameKpis });
  }
  rmSync(out, { recursive: true, force: true });
  return results;
}

/** Navigation → first chart with the dataset's file sent gzip-compressed as the server sends it,
 * without its length (the test server's `?compressed`, as a portal's nginx with gzip on), in a
 * browser profile of its own. */
async function measureCompressed(dirName: string, tmp: string, base: string, profile: string, kpis: string | null, problems: string[]): Promise<Result['compressed']> {
  const folder = join(tmp, `${dirName}-compressed`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.json'), JSON.stringify({ files: [`../${dirName}/observations.csv?compressed`, `../${dirName}/targets.csv`], synthetic: true }));
  try {
    const measured = await firstChartOf('compressed', `${dirName}-compressed`, `compressed-${dirName}`, base, profile, kpis, problems);
    log(`  sent compressed: first chart after ${measured.firstChartMs} ms${measured.sameKpis ? ', the same KPI cards' : ''}`);
    return { firstChartMs: measured.firstChartMs, sameKpis: measured.sameKpis };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The ranking table's next page, or its first after the last (no pager: nothing to do). */
async function nextTablePage(page: Page): Promise<void> {
  const next = page.locator('#ranking button[aria-label="Trang sau"]');
  if (await next.count() === 0) return;
  const to = await next.isEnabled() ? next : page.locator('#ranking button[aria-label="Trang đầu"]');
  const before = await page.locator('#ranking .pager__where').textContent();
  await to.click();
  await page.waitForFunction((b) => document.querySelector('#ranking .pager__where')?.textContent !== b, before);
}

/** Navigation → first chart, the heap after load, then the drills and the filters. Fills `result`
 * as it goes; the KPI cards' text once opened again (the first view, as a shape's is compared). */
async function measureApp(page: Page, url: string, { drills, filters }: { drills: number; filters: number }, result: Result, problems: string[]): Promise<string | null> {
  log(`  opening ${url}`);
  await page.goto(url, { waitUntil: 'commit', timeout: 2 * MINUTE });
  const handle = await page.waitForFunction(() => (window as unknown as InPage).__benchFirstChart, null, { timeout: 15 * MINUTE, polling: 100 });
  result.firstChartMs = round(await handle.jsonValue() as number);
  log(`  first chart after ${result.firstChartMs} ms`);
  result.firstChartPhases = await firstChartPhases(page, result.firstChartMs!);
  if (result.firstChartPhases) log(`  by phase: ${Object.entries(result.firstChartPhases).map(([k, v]) => `${k.replace(/Ms$/, '')} ${v}`).join(', ')} ms`);

  // JS heap after load, after a full GC.
  await page.evaluate(() => new Promise((ok) => requestIdleCallback(ok, { timeout: 10_000 })));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  result.heapBytes = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
  log(`  heap ${(result.heapBytes / 1e6).toFixed(1)} MB`);

  // Drills: a unit's name in the ranking table, then back to the parent by the breadcrumb. Each
  // drill goes into another unit (a first visit computes its views) as long as there are units:
  // the table shows a long list a page at a time, so the next page is asked for (not measured)
  // when a page's units are done, and the first again after the last.
  const parent = (await page.textContent('.breadcrumb__current'))?.trim() ?? '';
  const buttons = page.locator('#ranking tbody th button');
  const count = await buttons.count();
  const where = await page.locator('#ranking .pager__where').textContent({ timeout: 2000 }).catch(() => null);
  log(`  ${parent}: ${count} unit(s) on the ranking table's page${where ? ` (${where})` : ''}; ${drills} drill(s)`);
  if (count === 0 && drills > 0) problems.push('no unit name in the ranking table to drill into');
  const times: DrillTimes[] = [];
  const ups: DrillTimes[] = [];
  let onPage = count;
  for (let i = 0, j = 0; i < drills && count > 0; i++, j++) {
    if (j === onPage) { await nextTablePage(page); onPage = await buttons.count(); j = 0; }
    const trip = await drillAndBack(page, buttons.nth(j), parent, `drill ${i + 1}`, problems);
    if (trip.drill) times.push(trip.drill);
    if (trip.up) ups.push(trip.up);
    if (!trip.drill || !trip.up) break;
    await buttons.first().waitFor({ timeout: 5 * MINUTE });
    if ((i + 1) % 10 === 0) log(`  ${i + 1} drills, last ${Math.round(trip.drill.screen)} ms (page ${Math.round(trip.drill.page)} ms)`);
  }
  if (times.length < drills) problems.push(`${times.length} of ${drills} drills measured`);
  // Each one, in order: where a p95 comes from (the first drills of a page, warming up, or a few
  // anywhere) is what says what to work on.
  log(`  drills, ms to the screen, in order: ${times.map((t) => Math.round(t.screen)).join(' ')}`);
  log(`  ways up, in order: ${ups.map((t) => Math.round(t.screen)).join(' ')}`);
  result.drillP50Ms = round(percentile(times.map((t) => t.screen), 50));
  result.drillP95Ms = round(percentile(times.map((t) => t.screen), 95));
  result.drillPageP95Ms = round(percentile(times.map((t) => t.page), 95));
  result.upP50Ms = round(percentile(ups.map((t) => t.screen), 50));
  result.upP95Ms = round(percentile(ups.map((t) => t.screen), 95));
  result.upPageP95Ms = round(percentile(ups.map((t) => t.page), 95));

  // Filters, at the top of the page (where the filter bar is, and the comparison, which follows
  // both): the next indicator, then the next period, with figures for the unit (an option marked
  // as having none would leave nothing to draw), in turn, from the change to the page showing it
  // by the same test as a drill (the breadcrumb still names the parent).
  await page.evaluate(() => scrollTo(0, 0));
  const choices = (id: string) => page.locator(`${id} option`).evaluateAll((os, mark) => os.filter((o) => !o.textContent?.includes(mark)).map((o) => (o as HTMLOptionElement).value), vi.noDataMark);
  const lists = { '#f-indicator': await choices('#f-indicator'), '#f-period': await choices('#f-period') };
  log(`  filters: ${lists['#f-indicator'].length} indicator(s), ${lists['#f-period'].length} period(s) with figures; ${filters} change(s)`);
  const changes: DrillTimes[] = [];
  for (let i = 0; i < filters; i++) {
    const id = i % 2 === 0 ? '#f-indicator' : '#f-period';
    const list = lists[id];
    if (list.length < 2) { problems.push(`${id}: fewer than two choices with figures`); break; }
    const now = await page.inputValue(id);
    const next = list[(list.indexOf(now) + 1) % list.length];
    await armDrill(page, parent);
    await page.selectOption(id, next, { timeout: 5 * MINUTE });
    const ms = await awaitDrill(page, 5 * MINUTE);
    if (ms === null) { problems.push(`filter ${i + 1} (${id} = ${next}): no update within 5 minutes`); break; }
    changes.push(ms);
  }
  if (changes.length < filters) problems.push(`${changes.length} of ${filters} filter changes measured`);
  result.filterP50Ms = round(percentile(changes.map((t) => t.screen), 50));
  result.filterP95Ms = round(percentile(changes.map((t) => t.screen), 95));
  result.filterPageP95Ms = round(percentile(changes.map((t) => t.page), 95));
  log(`  filters: p50 ${result.filterP50Ms} ms, p95 ${result.filterP95Ms} ms (page ${result.filterPageP95Ms} ms); in order: ${changes.map((t) => Math.round(t.screen)).join(' ')}`);

  result.topDrills = await measureTopDrills(page, drills, problems);

  // Opened again: the figures computed the first time are reopened, not read again.
  await page.goto(url, { waitUntil: 'commit', timeout: 2 * MINUTE });
  const again = await page.waitForFunction(() => (window as unknown as InPage).__benchFirstChart, null, { timeout: 15 * MINUTE, polling: 100 });
  result.reopenMs = round(await again.jsonValue() as number);
  const reopened = await page.locator('.load-status__reopened').count() > 0;
  log(`  opened again: first chart after ${result.reopenMs} ms${reopened ? ', reopened' : ', NOT reopened (read again)'}`);
  if (!reopened) problems.push('the second opening read the files again');
  const kpis = await kpiText(page);

  // A reader's first click on the reopened page: seven seconds without input, the ranking scrolled
  // to and a second to find a name in it, then one drill.
  await page.waitForTimeout(7000);
  const first = page.locator('#ranking tbody th button').first();
  const name = (await first.textContent({ timeout: 5 * MINUTE }))?.trim() ?? '';
  await first.scrollIntoViewIfNeeded({ timeout: 5 * MINUTE });
  await page.waitForTimeout(1000);
  await armDrill(page, name);
  await first.click({ timeout: 5 * MINUTE });
  const paused = await awaitDrill(page, 5 * MINUTE);
  if (paused === null) problems.push(`the drill into ${name} after a pause: no update within 5 minutes`);
  result.firstDrillAfterPauseMs = paused ? round(paused.screen) : null;
  log(`  after seven seconds without input, a drill into ${name}: ${result.firstDrillAfterPauseMs} ms`);
  return kpis;
}

/** A unit's name in the ranking (`button`) clicked, until its view shows, then `parent` in the
 * breadcrumb, until it shows again (each null, and said in `problems`, where it did not within 5
 * minutes: then no way up is tried). */
async function drillAndBack(page: Page, button: Locator, parent: string, what: string, problems: string[]): Promise<{ drill: DrillTimes | null; up: DrillTimes | null }> {
  const name = (await button.textContent())?.trim() ?? '';
  await button.scrollIntoViewIfNeeded({ timeout: 5 * MINUTE });
  await armDrill(page, name);
  await button.click({ timeout: 5 * MINUTE });
  const drill = await awaitDrill(page, 5 * MINUTE);
  if (drill === null) { problems.push(`${what} into ${name}: no update within 5 minutes`); return { drill, up: null }; }
  await armDrill(page, parent);
  await page.locator('.breadcrumb button').last().click({ timeout: 5 * MINUTE });
  const up = await awaitDrill(page, 5 * MINUTE);
  if (up === null) problems.push(`back to ${parent} after ${what}: no update within 5 minutes`);
  return { drill, up };
}

/**
 * Drills from the top of the unit tree. The first view of a national file is a province (where the
 * figures are: model/views/firstView.ts), so the 50 drills above go from a province into its
 * communes; a reader of the whole country starts at its top, and drills into provinces, whose views
 * are larger (a hundred communes each). The top is the breadcrumb's first unit; each child on the
 * ranking table's first page is drilled into once (a first visit), then left by the breadcrumb.
 * Null where the first view is the top (nothing above it).
 */
async function measureTopDrills(page: Page, drills: number, problems: string[]): Promise<TopDrills | null> {
  await page.evaluate(() => scrollTo(0, 0));
  const crumbs = page.locator('.breadcrumb button');
  if (drills === 0 || await crumbs.count() === 0) return null;
  const from = (await crumbs.first().textContent())?.trim() ?? '';
  await armDrill(page, from);
  await crumbs.first().click({ timeout: 5 * MINUTE });
  if (await awaitDrill(page, 5 * MINUTE) === null) { problems.push(`up to ${from}: no update within 5 minutes`); return null; }
  const buttons = page.locator('#ranking tbody th button');
  await buttons.first().waitFor({ timeout: 5 * MINUTE });
  const count = Math.min(drills, await buttons.count());
  const times: DrillTimes[] = [];
  const ups: DrillTimes[] = [];
  for (let i = 0; i < count; i++) {
    const trip = await drillAndBack(page, buttons.nth(i), from, `drill ${i + 1} from ${from}`, problems);
    if (trip.drill) times.push(trip.drill);
    if (trip.up) ups.push(trip.up);
    if (!trip.drill || !trip.up) break;
    await buttons.first().waitFor({ timeout: 5 * MINUTE });
  }
  const p = (xs: DrillTimes[], k: keyof DrillTimes, at: number) => round(percentile(xs.map((t) => t[k]), at));
  const top: TopDrills = { from, count: times.length, p50Ms: p(times, 'screen', 50), p95Ms: p(times, 'screen', 95), pageP95Ms: p(times, 'page', 95), upP95Ms: p(ups, 'screen', 95) };
  log(`  drills from ${from} (${times.length}): p50 ${top.p50Ms} ms, p95 ${top.p95Ms} ms (page ${top.pageP95Ms} ms), up p95 ${top.upP95Ms} ms; in order: ${times.map((t) => Math.round(t.screen)).join(' ')}`);
  return top;
}

/** papaparse alone on the same file, in the same page (a blank document of the same origin): best of 3, in ms. */
async function papaparse(page: Page, base: string, href: string): Promise<number | null> {
  await page.goto(`${base}bench-data/blank.html`, { timeout: 2 * MINUTE });
  await page.addScriptTag({ path: join(ROOT, 'node_modules/papaparse/papaparse.min.js') });
  return round(await page.evaluate(async (h) => {
    const text = await (await fetch(h)).text();
    const Papa = (window as unknown as { Papa: { parse: (t: string, o: object) => { data: unknown[] } } }).Papa;
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const parsed = Papa.parse(text, { header: true });
      best = Math.min(best, performance.now() - t0);
      if (parsed.data.length === 0) throw new Error('papaparse read no rows');
    }
    return best;
  }, href));
}

/** Wall time of `npm run aggregate` (DuckDB) over 1M dossiers made by its own generator, when that command exists. */
function dossierAggregation(tmp: string, seed: number): number | null {
  const main = join(ROOT, 'src/cli/aggregate/main.ts');
  if (!existsSync(main)) {
    log('dossierAggregationMs: null (src/cli/aggregate/main.ts does not exist)');
    return null;
  }
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const file = join(tmp, 'dossiers.csv');
  const run = (args: string[]) => spawnSync(tsx, [main, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 20 * MINUTE });
  log('npm run aggregate -- --generate 1000000');
  const g = run(['--generate', '1000000', '--out', file, '--seed', String(seed)]);
  if (g.status !== 0) {
    log(`dossierAggregationMs: null (the generator exited ${g.status}: ${g.stderr.trim().split('\n')[0] ?? ''})`);
    return null;
  }
  const t0 = performance.now();
  const a = run([file, '--out', join(tmp, 'aggregated'), '--json']);
  const ms = performance.now() - t0;
  // Exit 1 means rows were reported (the figures are still written); 2 is a usage error.
  if (a.status !== 0 && a.status !== 1) {
    log(`dossierAggregationMs: null (npm run aggregate exited ${a.status}: ${a.stderr.trim().split('\n')[0] ?? ''})`);
    return null;
  }
  log(`  npm run aggregate: 1M dossiers (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${Math.round(ms)} ms, exit ${a.status}`);
  rmSync(file, { force: true });
  return round(ms);
}

/** Rows of cells in columns two spaces apart, each as wide as its widest cell: numbers to the
 * right, and the first column to the left where `leftFirst`. */
function aligned(rows: readonly string[][], leftFirst = false): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((c, i) => (leftFirst && i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

function table(results: Result[]): string {
  const cols: [Exclude<keyof Result, 'shapes' | 'firstChartPhases' | 'firstChartRunsMs' | 'compressed' | 'topDrills'>, string][] = [['rows', 'rows'], ['fileBytes', 'file MB'], ['papaparseMs', 'papaparse ms'], ['firstChartMs', 'first chart ms'], ['ratio', 'ratio'], ['reopenMs', 'reopen ms'], ['firstDrillAfterPauseMs', 'first drill after pause ms'], ['drillP50Ms', 'drill p50 ms'], ['drillP95Ms', 'drill p95 ms'], ['drillPageP95Ms', 'drill page p95 ms'], ['upP50Ms', 'up p50 ms'], ['upP95Ms', 'up p95 ms'], ['upPageP95Ms', 'up page p95 ms'], ['filterP50Ms', 'filter p50 ms'], ['filterP95Ms', 'filter p95 ms'], ['filterPageP95Ms', 'filter page p95 ms'], ['heapBytes', 'heap MB'], ['appJsGzipBytes', 'app JS gzip KB'], ['embedJsGzipBytes', 'embed JS gzip KB'], ['dossierAggregationMs', 'dossier agg. ms']];
  const show = (k: Exclude<keyof Result, 'shapes' | 'firstChartPhases' | 'firstChartRunsMs' | 'compressed' | 'topDrills'>, v: number | null) => {
    if (v === null) return '—';
    if (k === 'fileBytes' || k === 'heapBytes') return (v / 1e6).toFixed(1);
    if (k === 'appJsGzipBytes' || k === 'embedJsGzipBytes') return (v / 1000).toFixed(1);
    // One decimal always: a ratio of 2.0 was printed as "2".
    if (k === 'ratio') return v.toFixed(1);
    return v.toLocaleString('en');
  };
  return aligned([cols.map(([, h]) => h), ...results.map((r) => cols.map(([k]) => show(k, r[k])))]);
}

/** The first chart's time by phase, at each size (firstChartPhases). */
function phasesTable(results: Result[]): string {
  const measured = results.filter((r) => r.firstChartPhases);
  if (measured.length === 0) return '';
  const rows = [['rows', 'each opening ms', 'first chart ms', 'until files', 'read', 'sums & checks', 'sent', 'page', 'drawn']];
  for (const r of measured) {
    const p = r.firstChartPhases!;
    const each = (r.firstChartRunsMs ?? [r.firstChartMs]).map((v) => v?.toLocaleString('en') ?? '—').join(' / ');
    rows.push([r.rows.toLocaleString('en'), each, r.firstChartMs?.toLocaleString('en') ?? '—', ...[p.untilFilesMs, p.readMs, p.computeMs, p.sendMs, p.pageMs, p.drawMs].map((v) => v.toLocaleString('en'))]);
  }
  return `\nfirst chart by phase (ms; the median opening's; app/loadPhases.ts):\n${aligned(rows)}\n`;
}

/** The drills from the top of the tree, at each size where the first view is below it. */
function topDrillsTable(results: Result[]): string {
  const measured = results.filter((r) => r.topDrills);
  if (measured.length === 0) return '';
  const ms = (v: number | null) => v?.toLocaleString('en') ?? '—';
  const rows = [['rows', 'drills from', 'drills', 'drill p50 ms', 'drill p95 ms', 'drill page p95 ms', 'up p95 ms']];
  for (const r of measured) {
    const t = r.topDrills!;
    rows.push([r.rows.toLocaleString('en'), t.from, String(t.count), ms(t.p50Ms), ms(t.p95Ms), ms(t.pageP95Ms), ms(t.upP95Ms)]);
  }
  return `\ndrills from the top of the unit tree (its children on the ranking's first page, each once):\n${aligned(rows)}\n`;
}

/** The shapes' first charts beside the generated file's, at the size they were measured at. */
function shapesTable(results: Result[]): string {
  const r = results.find((x) => x.shapes);
  if (!r) return '';
  const rows = [['as handed over', 'file MB', 'first chart ms', 'same KPI cards'], ['csv, as gen:data writes it', (r.fileBytes / 1e6).toFixed(1), r.firstChartMs?.toLocaleString('en') ?? '—', '']];
  const label: Record<Shape, string> = { 'excel-csv': 'csv, as saved from Excel', xlsx: 'xlsx workbook' };
  for (const s of r.shapes!) rows.push([label[s.shape], (s.fileBytes / 1e6).toFixed(1), s.firstChartMs?.toLocaleString('en') ?? '—', s.sameKpis === null ? '—' : s.sameKpis ? 'yes' : 'NO']);
  return `\n${r.rows.toLocaleString('en')} rows:\n${aligned(rows, true)}\n`;
}

/** The largest size's first chart as the server sends its file: as it is, and compressed. */
function servedTable(results: Result[]): string {
  const r = results.find((x) => x.compressed);
  if (!r) return '';
  const rows = [['as served', 'first chart ms', 'same KPI cards'], ['csv, with its length', r.firstChartMs?.toLocaleString('en') ?? '—', ''],
    ['csv, gzip as it is sent, no length', r.compressed!.firstChartMs?.toLocaleString('en') ?? '—', r.compressed!.sameKpis === null ? '—' : r.compressed!.sameKpis ? 'yes' : 'NO']];
  return `\n${r.rows.toLocaleString('en')} rows:\n${aligned(rows, true)}\n`;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (opts.build) {
    log('npm run build');
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const tmp = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  writeFileSync(join(tmp, 'blank.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>');
  const profile = mkdtempSync(join(tmpdir(), 'cchc-bench-profile-'));
  // A copy of the build: another `npm run build` during the run cannot change what is measured.
  const site = join(tmp, 'site');
  cpSync(DIST, site, { recursive: true });
  // From the build's manifest: the app with its first chart, and one embedded chart widget.
  const sizes = bundleSizes(site);
  const appJs = sizes.appFirstChart;
  const embedJs = sizes.embedChart;
  const { server, url } = await serve(site, 0, { '/bench-data/': tmp });
  const results: Result[] = [];
  try {
    for (const rows of opts.sizes) results.push({ ...(await measure(rows, opts, tmp, url, profile, appJs)), embedJsGzipBytes: embedJs });
    const agg = opts.aggregate ? dossierAggregation(tmp, opts.seed) : null;
    for (const r of results) r.dossierAggregationMs = agg;
  } finally {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`\n${table(results)}\n${phasesTable(results)}${topDrillsTable(results)}${shapesTable(results)}${servedTable(results)}`);
}

await main();
