// The embedded comparison (`?embed=compare`) and levels (`?embed=levels`) draw their bars in HTML,
// without ECharts: in a real browser, at 1280 and 360 px, each bar is as long as its figure on one
// scale, the targets' marks are where the targets are, a click or Enter on a unit's row drills in,
// nothing scrolls sideways on a phone, and no ECharts code is fetched until a reader downloads the
// chart as a picture.
import { resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launch } from './browser';
import { waitForWidget, watch } from './embedHelpers';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const NATIONAL = 'data=fixtures/units/provinces-2026/';

let browser: Browser;
let app: string;

/** Each row as drawn: its name, its label, its bar's length and the target line's place, as shares of the plot. */
async function drawn(page: Page) {
  return page.locator('#compare .bar-list__rows > li').evaluateAll((rows) => rows.map((li) => {
    const plot = li.querySelector('.bar-list__plot')!.getBoundingClientRect();
    const bar = li.querySelector('.bar-list__bar')!.getBoundingClientRect();
    const target = li.querySelector('.bar-list__target')?.getBoundingClientRect();
    const name = li.querySelector('button')!;
    return {
      name: name.textContent, label: li.querySelector('.bar-list__value')!.textContent,
      bar: bar.width / plot.width, target: target ? (target.left - plot.left) / plot.width : null,
      nameCut: name.scrollWidth > name.clientWidth + 1,
    };
  }));
}

async function open(width: number, query: string) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page);
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop()!); });
  await page.goto(`${app}?${query}`);
  await waitForWidget(page);
  return { context, page, problems, scripts };
}

const echartsCode = (scripts: string[]) => scripts.filter((s) => /^(echarts|EChart)-/.test(s));

/** The widget's picture kept for a look; then, half a second on, still no ECharts code fetched and no error. */
async function drawnWithoutECharts(w: Awaited<ReturnType<typeof open>>, picture: string): Promise<void> {
  await w.page.screenshot({ path: resolve(RESULTS, picture), fullPage: true });
  await w.page.waitForTimeout(500);
  expect(echartsCode(w.scripts)).toEqual([]);
  expect(w.problems).toEqual([]);
  await w.context.close();
}
const context = (page: Page) => page.locator('h1.embed__context').innerText();

describe.skipIf(!hasChromium())('the embedded comparison, drawn in HTML', () => {
  beforeAll(async () => {
    browser = await launch();
    app = inject('baseUrl');
  });
  afterAll(async () => { await browser?.close(); });

  it.each([1280, 360])('at %i px: 34 provinces best first, each bar as long as its figure, the target\'s dashed line at 97 per cent, no ECharts', async (width) => {
    const { context: ctx, page, problems, scripts } = await open(width, `${NATIONAL}&embed=compare`);
    const rows = await drawn(page);
    expect(rows).toHaveLength(34);
    expect(rows[0]).toMatchObject({ name: 'Thành phố Huế', label: '100,00% ✓' });
    expect(rows[33]).toMatchObject({ name: 'Tỉnh An Giang', label: '96,42% !' });
    // On one scale from 0 to 100%: a bar's length is its figure, within a pixel.
    const px = 1 / (await page.locator('#compare .bar-list__plot').nth(1).evaluate((el) => el.getBoundingClientRect().width));
    for (const r of rows) {
      const value = Number(r.label!.replace(/[^\d,]/g, '').replace(',', '.'));
      expect(Math.abs(r.bar - value / 100), `${r.name}: bar ${r.bar}`).toBeLessThanOrEqual(px * 1.5);
      expect(Math.abs(r.target! - 0.97), `${r.name}: target line ${r.target}`).toBeLessThanOrEqual(px * 1.5);
    }
    expect(await page.locator('#compare .bar-list__head').innerText()).toBe('Mục tiêu ≥ 97%');
    expect(await page.locator('#compare .bar-list__ticks').innerText()).toMatch(/^0%\s+25%\s+50%\s+75%\s+100%$/);
    // Colour is not the only sign: 25 met and 9 at risk, as the summary says.
    expect(rows.filter((r) => r.label!.endsWith('✓'))).toHaveLength(25);
    expect(await page.locator('#compare .panel__summary').innerText()).toContain('Đạt mục tiêu: 25; cần chú ý: 9; chưa đạt: 0');
    if (width === 360) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // On a phone each name has a line of its own: none is cut.
      expect(rows.filter((r) => r.nameCut).map((r) => r.name)).toEqual([]);
    }
    await drawnWithoutECharts({ context: ctx, page, problems, scripts }, `embed-compare-${width}.png`);
  });

  it('a click on a bar drills into its unit, and so does Enter on a row\'s name', async () => {
    const { context: ctx, page, problems } = await open(1280, `${NATIONAL}&embed=compare`);
    expect(await context(page)).toContain('Cả nước');
    // Where the bar is drawn, not on the name: the whole row is the name's button.
    const bar = page.locator('#compare .bar-list__rows > li').filter({ hasText: 'Tỉnh An Giang' }).locator('.bar-list__bar');
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => context(page)).toContain('Tỉnh An Giang');
    await page.goBack();
    await expect.poll(() => context(page)).toContain('Cả nước');
    await page.locator('#compare .bar-list__rows button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => context(page)).toContain('Thành phố Huế');
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('each row reads out its figure, status and target; the tooltip\'s lines are its title', async () => {
    const { context: ctx, page, problems } = await open(1280, `${NATIONAL}&embed=compare&lang=en`);
    const last = page.locator('#compare .bar-list__rows > li').last();
    expect(await last.getAttribute('title')).toBe('On-time rate\n96.42%\nTarget ≥ 97% (KH CCHC 2026 (minh họa))\n! At risk\nGap: −0.6\u00a0pts');
    expect(await last.innerText()).toContain('96.42% !');
    expect(await last.locator('.sr-only').textContent()).toBe('Target ≥ 97% (KH CCHC 2026 (minh họa)); ! At risk; Gap: −0.6\u00a0pts');
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it.each([1280, 360])('the levels at %i px: each level\'s bar as long as its rate, its own target a dash at its place, no ECharts', async (width) => {
    const { context: ctx, page, problems, scripts } = await open(width, 'data=fixtures/embed/levels/&embed=levels');
    const rows = await page.locator('#levels .bar-list__rows > li').evaluateAll((lis) => lis.map((li) => {
      const plot = li.querySelector('.bar-list__plot')!.getBoundingClientRect();
      const bar = li.querySelector('.bar-list__bar')!.getBoundingClientRect();
      const dash = li.querySelector('.bar-list__own-target')!.getBoundingClientRect();
      return {
        name: li.querySelector('.bar-list__name')!.textContent, value: li.querySelector('.bar-list__value')!.textContent,
        bar: bar.width / plot.width, dash: (dash.left + dash.width / 2 - plot.left) / plot.width, px: 1 / plot.width,
        button: li.querySelector('button') !== null,
      };
    }));
    // The rates are computed from their counts (500 / 800 = 62.5%), each against its own level's target.
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ['Cấp tỉnh', '62,5% ✓Mục tiêu ≥ 50%'], ['Cấp huyện', '38,0% !Mục tiêu ≥ 40%'], ['Cấp xã', '20,0% ✗Mục tiêu ≥ 35%'],
    ]);
    for (const [r, value, target] of [[rows[0], 0.625, 0.5], [rows[1], 0.38, 0.4], [rows[2], 0.2, 0.35]] as const) {
      expect(Math.abs(r.bar - value), `${r.name}: bar`).toBeLessThanOrEqual(r.px * 1.5);
      expect(Math.abs(r.dash - target), `${r.name}: target`).toBeLessThanOrEqual(r.px * 2);
      // A level is not a place to drill into: its name is text.
      expect(r.button).toBe(false);
    }
    if (width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await drawnWithoutECharts({ context: ctx, page, problems, scripts }, `embed-levels-${width}.png`);
  });

  it('downloading the chart as a PNG picture fetches ECharts then, to draw it', async () => {
    const { context: ctx, page, problems, scripts } = await open(1280, `${NATIONAL}&embed=compare`);
    expect(echartsCode(scripts)).toEqual([]);
    const details = page.locator('#compare .downloads details');
    await details.locator('summary').click();
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), details.locator('button[data-kind="png"]').click()]) as [Download, void];
    expect(d.suggestedFilename()).toMatch(/\.png$/);
    expect(echartsCode(scripts).some((s) => s.startsWith('echarts-'))).toBe(true);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
