// The stacked charts' legend is HTML above the canvas (src/charts/stacked.ts): at 360 px the four
// names of the dossiers' status take two lines and the bars start under them. ECharts' own legend
// wrapped to a second line there but its plot did not move down: "Đang giải quyết" sat on the
// first bar.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closePages, hasChromium, pageOpener, settled, type Watched } from './browser';
import { atUnit, syntheticSuite, type SyntheticSuite } from './synthetic';

let suite: SyntheticSuite;
const opened: Watched[] = [];
const open = pageOpener(() => suite.browser, opened);

interface Placed {
  names: string[];
  /** The items' distinct tops: one per line the legend takes. */
  lines: number;
  legendBottom: number;
  legendRight: number;
  canvasTop: number;
  /** What ECharts draws: its option's legends and the plot's top, in the chart's pixels. */
  canvasLegends: number;
  gridTop: number;
}

const placed = (page: Page): Promise<Placed> => page.evaluate(() => {
  const items = [...document.querySelectorAll('#status .chart-legend li')];
  const legend = document.querySelector('#status .chart-legend')!.getBoundingClientRect();
  const canvas = document.querySelector('#status [data-chart="status"] canvas')!.getBoundingClientRect();
  type Inst = { getOption(): { legend?: unknown[]; grid: { top: number }[] } };
  const option = (document.querySelector('[data-chart="status"] > div') as HTMLElement & { echartsInstance: Inst }).echartsInstance.getOption();
  return {
    names: items.map((li) => li.textContent!),
    lines: new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size,
    legendBottom: legend.bottom, legendRight: legend.right, canvasTop: canvas.top,
    canvasLegends: option.legend?.length ?? 0, gridTop: option.grid[0].top,
  };
});

async function statusChart(page: Page): Promise<void> {
  await page.locator('#status').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-chart="status"] canvas');
  await settled(page);
}

const NAMES = ['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];

describe.skipIf(!hasChromium())('the stacked charts\' legend', () => {
  // A synthetic province of 99 communes (npm run gen:data), with the four parts of dossier status.
  suite = syntheticSuite('legend');
  afterEach(() => closePages(opened));

  it('on a 360 px phone the status legend wraps to two lines inside the screen, and the chart starts under it; the canvas draws no legend of its own', async () => {
    const { page } = await open(suite.search, 360, 740);
    await statusChart(page);
    const p = await placed(page);
    expect(p.names).toEqual(NAMES);
    expect(p.lines).toBe(2);
    expect(p.legendRight).toBeLessThanOrEqual(360);
    expect(p.legendBottom).toBeLessThanOrEqual(p.canvasTop);
    expect(p.canvasLegends).toBe(0);
    expect(p.gridTop).toBe(12);
    await page.locator('#status').screenshot({ path: 'test-results/legend-status-360.png' });
  });

  it('at 1280 px it is one line above the chart; a commune\'s one row is a bar with its own legend, and the chart\'s is hidden with it', async () => {
    const { page } = await open(suite.search);
    await statusChart(page);
    const p = await placed(page);
    expect(p.names).toEqual(NAMES);
    expect(p.lines).toBe(1);
    expect(p.legendBottom).toBeLessThanOrEqual(p.canvasTop);
    await page.locator('#status').screenshot({ path: 'test-results/legend-status-1280.png' });

    const commune = (await page.locator('#ranking tbody th button').first().textContent())!;
    await page.locator('#ranking tbody th button').first().click();
    await atUnit(page, commune);
    await settled(page);
    expect(await page.locator('#status .chart-legend').isVisible()).toBe(false);
    expect(await page.locator('#status [data-bar="status"] li').count()).toBeGreaterThanOrEqual(3);
  });
});
