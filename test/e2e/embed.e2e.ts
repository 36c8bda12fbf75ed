// Embedded widgets (`?embed=WIDGET`) in a real browser: on a portal page of another origin, the
// pasted code (iframe + embed.js) sizes each iframe to its content and follows it, and ignores height
// messages from anyone else; every widget renders alone (bundled data and a national table, both
// languages, desktop and phone) and axe finds nothing in it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launch } from './browser';
import { frameOf, heights, hostPage, hostServer, waitForWidget, watch, type Host } from './embedHelpers';
import { HEIGHT_MESSAGE, WIDGETS, type Widget } from '../../src/state/embed';
import { embedSnippet } from '../../src/state/embedSnippet';

const ROOT = resolve(import.meta.dirname, '../..');
const PROVINCES_2026 = 'data=fixtures/units/provinces-2026/';
const WIDTHS = [1280, 360] as const;
const COMPARE = 'iframe[src*="embed=compare"]';
const KPIS = 'iframe[src*="embed=kpis"]';

let browser: Browser;
let app: string;
const hosts: Host[] = [];

/** The iframe follows its content: heights equal within 2 px (polled, embed.js is asynchronous). */
async function expectFitted(page: Page, selector: string): Promise<number> {
  await expect.poll(async () => { const h = await heights(page, selector); return Math.abs(h.iframe - h.content); }, { timeout: 10_000, message: `${selector} fits its content` }).toBeLessThanOrEqual(2);
  return (await heights(page, selector)).iframe;
}

const embedUrl = (widget: Widget, data: string, lang: 'vi' | 'en') => `${app}?${[data, lang === 'en' ? 'lang=en' : '', `embed=${widget}`].filter(Boolean).join('&')}`;

describe.skipIf(!hasChromium())('embedded widgets in Chromium', () => {
  beforeAll(async () => {
    browser = await launch();
    app = inject('baseUrl');
  });
  afterAll(async () => {
    await browser?.close();
    for (const h of hosts.splice(0)) await h.close();
  });

  it('on a portal page of another origin, embed.js fits each pasted iframe to its content, follows it, and ignores anyone else\'s height messages', async () => {
    // A third origin, whose page posts a forged height message to its parent.
    const other = await hostServer({ '/other.html': hostPage('<p>Trang khác</p>', 'Trang của nơi khác') });
    hosts.push(other);
    // The code a portal pastes (embedSnippet, as the "Mã nhúng" dialog gives it), twice — two
    // widgets, so two <script> tags too — plus an iframe of the third origin and an iframe of the
    // app's origin that is not an embed (no data-cchc-embed).
    const compare = embedSnippet(`${app}?${PROVINCES_2026}`, 'compare', 'So sánh các đơn vị');
    const kpis = embedSnippet(app, 'kpis', 'Chỉ tiêu chính', { theme: 'dark' });
    const host = await hostServer({
      '/': hostPage(`
<script>window.__got = []; addEventListener('message', (e) => window.__got.push({ origin: e.origin, height: e.data && e.data.height }));</script>
<section>${compare}</section>
<section>${kpis}</section>
<iframe id="other" src="${other.url}other.html" title="Trang khác" width="300" height="100"></iframe>
<iframe id="same" src="${app}robots.txt" title="Không phải mã nhúng" width="300" height="100"></iframe>`),
    });
    hosts.push(host);
    expect(compare).toContain('data-cchc-embed');
    expect(compare).toContain(`${app}embed.js`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(host.url);
    const compareFrame = await frameOf(page, COMPARE);
    await waitForWidget(compareFrame);
    const kpisFrame = await frameOf(page, KPIS);
    await waitForWidget(kpisFrame);
    expect(await kpisFrame.evaluate(() => document.documentElement.className)).toContain('embed--dark');

    // Each iframe has left its pasted height (560, 420) for its content's.
    const c1 = await expectFitted(page, COMPARE);
    const k1 = await expectFitted(page, KPIS);
    expect(c1).not.toBe(560);
    expect(k1).not.toBe(420);

    // The content grows (the chart's table alternative opens) and shrinks back: the iframe follows.
    await compareFrame.locator('#compare details.panel__table > summary').click();
    await expect.poll(async () => (await heights(page, COMPARE)).content).toBeGreaterThan(c1 + 100);
    const c2 = await expectFitted(page, COMPARE);
    await compareFrame.locator('#compare details.panel__table > summary').click();
    await expect.poll(async () => (await heights(page, COMPARE)).content).toBeLessThan(c2 - 100);
    expect(Math.abs(await expectFitted(page, COMPARE) - c1)).toBeLessThanOrEqual(2);

    // The portal's page gets narrower (a phone): both widgets get taller, both iframes follow.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(async () => (await heights(page, KPIS)).content).toBeGreaterThan(k1 + 50);
    await expectFitted(page, KPIS);
    await expectFitted(page, COMPARE);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectFitted(page, KPIS);
    const before = { compare: await expectFitted(page, COMPARE), kpis: await expectFitted(page, KPIS) };

    // Forged messages: from the host page itself, from a page of a third origin, and from a page of
    // the app's origin that is not one of the embeds. Each is delivered (the host's own listener
    // sees it) and none moves an iframe.
    const got = () => page.evaluate(() => (window as unknown as { __got: { origin: string; height: number }[] }).__got.filter((m) => m.height === 99999).length);
    await page.evaluate((type) => window.postMessage({ type, height: 99999 }, '*'), HEIGHT_MESSAGE);
    const otherFrame = await frameOf(page, '#other');
    await otherFrame.evaluate((type) => window.parent.postMessage({ type, height: 99999 }, '*'), HEIGHT_MESSAGE);
    const sameFrame = await frameOf(page, '#same');
    await sameFrame.evaluate((type) => window.parent.postMessage({ type, height: 99999 }, '*'), HEIGHT_MESSAGE);
    await expect.poll(got).toBe(3);
    await page.waitForTimeout(300);
    const after = { compare: (await heights(page, COMPARE)).iframe, kpis: (await heights(page, KPIS)).iframe };
    expect(after).toEqual(before);

    // A message from an embed itself is obeyed, but clamped (80–6000 px).
    await kpisFrame.evaluate((type) => window.parent.postMessage({ type, height: 99999 }, '*'), HEIGHT_MESSAGE);
    await expect.poll(async () => (await heights(page, KPIS)).iframe).toBe(6000);
    expect((await heights(page, COMPARE)).iframe).toBe(before.compare);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('the download menu\'s place is kept while its code comes: the widget does not grow when it does, and its frame does not move the portal\'s page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    // The menu's code held back until the widget has been measured.
    let release!: () => void;
    const held = new Promise<void>((ok) => { release = ok; });
    let asked = false;
    await page.route(/\/assets\/DownloadMenu-[^/]+\.js$/, async (route) => { asked = true; await held; await route.continue(); });
    await page.goto(embedUrl('compare', PROVINCES_2026, 'vi'));
    await waitForWidget(page);
    await expect.poll(() => asked).toBe(true);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const before = await height();
    expect(await page.locator('#compare .downloads').count()).toBe(0);
    release();
    await page.locator('#compare .downloads summary').waitFor();
    expect(await height()).toBe(before);
    // The place kept is unseen and out of the keyboard's way; the menu is the one seen.
    expect(await page.locator('#compare .downloads-pending').count()).toBe(0);
    expect(await page.locator('#compare .downloads summary').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  // Each widget is opened six times: each dataset and each language at each width, and the dark
  // theme; each time it must render alone and axe must find nothing.
  const RUNS: { width: number; data: string; name: string; lang: 'vi' | 'en'; dark?: true }[] = [
    { width: 1280, name: 'bundled', data: '', lang: 'vi' },
    { width: 1280, name: 'provinces-2026', data: PROVINCES_2026, lang: 'en' },
    { width: 1280, name: 'provinces-2026', data: PROVINCES_2026, lang: 'vi', dark: true },
    { width: 360, name: 'bundled', data: '', lang: 'en' },
    { width: 360, name: 'bundled, Kiên Giang', data: 'unit=91', lang: 'vi' },
    { width: 360, name: 'provinces-2026', data: PROVINCES_2026, lang: 'vi' },
    { width: 360, name: 'provinces-2026', data: PROVINCES_2026, lang: 'en', dark: true },
  ];

  it.each(WIDGETS)('%s renders alone (bundled data and a national table, vi and en, 1280 and 360 px, dark theme) and axe (WCAG 2 A/AA, best practice) finds no violation', async (widget) => {
    const axe = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const failures: string[] = [];
    const violations: string[] = [];
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems = watch(page);
      for (const run of RUNS.filter((r) => r.width === width)) {
        const where = `${widget}, ${run.name}, ${run.lang}${run.dark ? ', theme=dark' : ''}, ${width} px`;
        problems.length = 0;
        await page.goto(`${embedUrl(widget, run.data, run.lang)}${run.dark ? '&theme=dark' : ''}`);
        await waitForWidget(page);
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          context: document.querySelector('h1.embed__context')?.textContent ?? '',
          headings: [...document.querySelectorAll('.embed__body h2')].filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent),
          links: [...document.querySelectorAll<HTMLAnchorElement>('.embed__foot a')].map((a) => ({ href: a.href, target: a.target, rel: a.rel })),
          app: document.querySelectorAll('.filters, header.header, .breadcrumb').length,
          scrollWidth: document.documentElement.scrollWidth,
          // Past the screen's right edge, and not inside something that scrolls sideways (a wide
          // table's wrapper): cut off, as a legend's share once was at 360 px.
          cut: [...document.querySelectorAll('.embed__frame *')].filter((e) => {
            if (e.getBoundingClientRect().right <= document.documentElement.clientWidth + 1 || e.getClientRects().length === 0) return false;
            for (let a = e.parentElement; a; a = a.parentElement) if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return false;
            return true;
          }).map((e) => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').trim().slice(0, 40)}"`),
        }));
        const check = (ok: boolean, what: string) => { if (!ok) failures.push(`${where}: ${what}`); };
        check(seen.lang === run.lang, `<html lang="${seen.lang}">, expected ${run.lang}`);
        check(seen.context.trim() !== '', 'no unit and period (h1.embed__context)');
        check(seen.headings.length > 0, `no visible widget heading (.embed__body h2); .embed__body is ${JSON.stringify(await page.locator('.embed__body').innerHTML())}`);
        const full = seen.links.find((l) => l.target === '_blank' && /\bnoopener\b/.test(l.rel));
        check(full !== undefined, `no full-view link with target=_blank rel=noopener in .embed__foot: ${JSON.stringify(seen.links)}`);
        if (full) {
          const q = new URL(full.href).searchParams;
          check(!q.has('embed') && !q.has('theme') && q.get('data') === (run.data === PROVINCES_2026 ? 'fixtures/units/provinces-2026/' : null), `full-view link ${full.href}`);
        }
        check(seen.app === 0, 'the app\'s header, breadcrumb or filter bar is there');
        if (width === 360) check(seen.scrollWidth <= 360, `scrolls sideways: scrollWidth ${seen.scrollWidth}`);
        if (width === 360) check(seen.cut.length === 0, `cut off at the right edge: ${seen.cut.join(', ')}`);
        check(problems.length === 0, `console: ${problems.join(' | ')}`);

        await page.addScriptTag({ content: axe });
        const found = await page.evaluate(async () => {
          const run = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
          const r = await run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        violations.push(...found.map((v) => `${where}: ${v}`));
      }
      await context.close();
    }
    expect.soft(failures, 'renders alone').toEqual([]);
    expect.soft(violations, 'axe').toEqual([]);
  });
});
