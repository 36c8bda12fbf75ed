// Helpers for the embed, sub-folder and CSP tests: a host page on another origin, a page's
// console problems (CSP violations included), and "the embedded widget has finished drawing".
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { MARGIN_PX } from '../../src/components/useNearScreen';

export interface Host {
  server: Server;
  /** http://127.0.0.1:PORT/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/**
 * A server of its own (so another origin) answering each path with a fixed body; anything else is
 * a 404. `headers` are added to every answer (a portal's Content-Security-Policy, say).
 */
export async function hostServer(pages: Record<string, string>, headers: Record<string, string> = {}): Promise<Host> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = pages[path];
    if (body === undefined) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    const type = path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/`;
  return { server, url, origin: new URL(url).origin, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** A host page: a title, the pasted embed code(s), and whatever else the test needs. */
export function hostPage(body: string, title = 'Cổng thông tin điện tử tỉnh (trang thử)'): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>
<h1>${title}</h1>
${body}
</body>
</html>
`;
}

/** Console errors and warnings, uncaught errors, failed requests and CSP violations of a page (and its frames). */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') problems.push(`worker console: ${m.text()}`); }));
  // A worker's fetch on a page loaded again is reported as ERR_ABORTED although it is answered: not a problem.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

/**
 * Records every `securitypolicyviolation` event of every document the context opens (frames too), in
 * `window.__csp`. Injected through the DevTools protocol, so the page's own CSP does not block it.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
}

export const cspViolations = (f: Page | Frame) => f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/**
 * The embedded widget has drawn: the frame is there, nothing is loading (data, lazy chunk, chart
 * parts, map geometry) and every chart on the page has its canvas. A chart draws only near the
 * screen: one further down the widget's page than the near-screen margin (MARGIN_PX, 240 px) under it is scrolled to first, as a reader
 * would (on a portal the frame is as tall as its page, and every chart is on it). At 360 px the
 * status of 34 provinces starts some 1,160 px down, under its summary of every province.
 */
export async function waitForWidget(f: Page | Frame, timeout = 20_000): Promise<void> {
  await f.waitForSelector('.embed__frame', { timeout });
  await f.waitForFunction(() => !document.querySelector('.loading-page, .progress'), null, { timeout });
  await f.evaluate((margin) => {
    const far = [...document.querySelectorAll<HTMLElement>('[data-chart]')].find((c) => c.getClientRects().length > 0 && !c.querySelector('canvas') && c.getBoundingClientRect().top > window.innerHeight + margin);
    far?.scrollIntoView({ block: 'start' });
  }, MARGIN_PX);
  await f.waitForFunction(() => {
    if (document.querySelector('.loading-page, .progress, .chart--loading')) return false;
    // A chart in a panel with nothing to show is hidden, and a hidden chart is not drawn; bars
    // drawn in HTML (an embedded comparison) are there with the page.
    return [...document.querySelectorAll<HTMLElement>('[data-chart]')].every((c) => c.getClientRects().length === 0 || c.dataset.drawn === 'html' || c.querySelector('canvas'));
  }, null, { timeout });
  // Two frames for the last layout (ResizeObserver, ECharts' first paint).
  await f.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
}

/** The overview has drawn (the full app). */
export async function waitForOverview(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('.breadcrumb__current', { timeout });
  await page.waitForFunction(() => !document.querySelector('.progress, .loading-page'), null, { timeout });
}

/** An iframe's height on the host page and the height of the document inside it. */
export async function heights(page: Page, selector: string): Promise<{ iframe: number; content: number }> {
  const handle = (await page.$(selector))!;
  const frame = (await handle.contentFrame())!;
  const iframe = await handle.evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content };
}

export async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  await handle.scrollIntoViewIfNeeded();
  for (let i = 0; i < 200; i++) {
    const frame = await handle.contentFrame();
    if (frame && frame.url() !== 'about:blank' && frame.url() !== '') return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no frame in ${selector}`);
}
