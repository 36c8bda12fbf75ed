// The trend's point labels never overlap one another, the target's name or the value axis's ticks (a province's months, at 1280 and 360 px: at
// 1280 px its 17 labels were drawn over each other), the period on screen keeps its label, and the
// time axis's last label is inside the canvas (at 360 px it read "Tháng 11/202"). Read from what
// ECharts drew: the visible texts of its display list and their rectangles.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closePages, hasChromium, pageOpener, settled, type Watched } from './browser';
import { atUnit, syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

interface Label { text: string; x: number; y: number; width: number; height: number }

/** The texts the trend chart shows (not hidden), each with its rectangle in the canvas. */
const shownTexts = (page: Page) => page.evaluate(() => {
  type El = { type: string; ignore?: boolean; invisible?: boolean; style?: { text?: string }; getBoundingRect(): Label; transform?: number[]; parent?: El | null };
  type Label = { x: number; y: number; width: number; height: number };
  const node = document.querySelector('[data-chart="trend"] > div') as HTMLElement & { echartsInstance: { getZr(): { storage: { getDisplayList(update: boolean): El[] } }; getWidth(): number } };
  const chart = node.echartsInstance;
  const hidden = (el: El | null | undefined): boolean => !!el && (el.ignore || el.invisible || hidden(el.parent));
  const out: { text: string; x: number; y: number; width: number; height: number }[] = [];
  for (const el of chart.getZr().storage.getDisplayList(true)) {
    if (el.type !== 'tspan' || hidden(el) || !el.style?.text) continue;
    const r = el.getBoundingRect();
    const t = el.transform ?? [1, 0, 0, 1, 0, 0];
    out.push({ text: el.style.text, x: r.x * t[0] + t[4], y: r.y * t[3] + t[5], width: r.width * t[0], height: r.height * t[3] });
  }
  return { texts: out, width: chart.getWidth() };
});

const overlap = (a: Label, b: Label) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.skipIf(!hasChromium())('the trend chart\'s labels', () => {
  suite = syntheticSuite('trend-labels');
  afterEach(() => closePages(opened));

  for (const [width, height] of [[1280, 900], [360, 740]] as const) {
    it(`at ${width} px: point labels apart, the period on screen labelled, the last month whole`, async () => {
      const { page } = await open(suite.search, width, height);
      await page.waitForSelector('#ranking tbody th button');
      await atUnit(page, (await page.textContent('.breadcrumb__current'))!);
      await page.locator('[data-chart="trend"]').scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-chart="trend"] canvas');
      await settled(page);
      const { texts, width: canvasWidth } = await shownTexts(page);
      // The points' labels: a figure with its status icon (the axis's ticks have none; the target
      // line's label, "Mục tiêu ≥ 98%", is placed by the line, not with the points).
      const points = texts.filter((t) => /^[\d.,]+% [✓!✗]$/.test(t.text));
      const months = texts.filter((t) => /^Tháng \d+\/\d{4}$/.test(t.text));
      expect(points.length).toBeGreaterThan(1);
      // A label is a line of 12 px text to ECharts (charts/lineHeight.ts): without a CJK font on the
      // machine it was 4 px tall, and no two labels overlapped by ECharts' measure nor by this test's.
      for (const p of points) expect(p.height, p.text).toBeGreaterThanOrEqual(11);
      for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) expect(overlap(points[i], points[j]), `${points[i].text} over ${points[j].text}`).toBe(false);
      // The target is named in the legend, above the plot, clear of every point's label.
      const target = texts.filter((t) => t.text.startsWith('Mục tiêu'));
      expect(target.length).toBe(1);
      for (const p of points) expect(overlap(p, target[0]), `${p.text} over ${target[0].text}`).toBe(false);
      // Nor the value axis's ticks ("98%"): the first point sits on the axis, and its label, centred
      // on it, was drawn over "98%" at 360 px. Each label is inside the canvas.
      const ticks = texts.filter((t) => /^[\d.,]+%$/.test(t.text));
      expect(ticks.length).toBeGreaterThan(1);
      for (const p of points) {
        for (const t of ticks) expect(overlap(p, t), `${p.text} over the axis's ${t.text}`).toBe(false);
        expect(p.x, p.text).toBeGreaterThanOrEqual(0);
        expect(p.x + p.width, p.text).toBeLessThanOrEqual(canvasWidth);
      }
      // The period on screen is the last point, drawn larger: its label is kept.
      const summary = (await page.textContent('#trend .panel__summary'))!;
      const last = summary.match(/đến .* ([\d,]+%)\.$/)?.[1];
      expect(last, summary).toBeTruthy();
      expect(points.some((p) => p.text.startsWith(last!))).toBe(true);
      expect(months.length).toBeGreaterThan(1);
      for (const m of months) {
        expect(m.x, m.text).toBeGreaterThanOrEqual(0);
        expect(m.x + m.width, m.text).toBeLessThanOrEqual(canvasWidth);
      }
    });
  }
});
