// A chart its panel hides (a drill into a unit without children) does no work: it is not set the
// empty view's option, not resized to nothing, and on the way back, with the very option it drew,
// it is not drawn again. It still follows a new view once shown.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { barPoint, closePages, current, hasChromium, hoverBar, launch, pageOpener, type Watched } from './browser';

const KIEN_GIANG = '?unit=91&period=2020-01-01/2020-09-30&indicator=resolution_rate';

let browser: Browser;
const opened: Watched[] = [];
const open = pageOpener(() => browser, opened);

interface Counted { setOption: number; resize: number; rendered: number; width: number; height: number }

/** Counts, from now on, what the comparison's chart is asked to do (its instance stays the same). */
async function countCompare(page: Page): Promise<void> {
  await page.waitForSelector('[data-chart="compare"] canvas', { state: 'attached' });
  await page.evaluate(() => {
    type Inst = { setOption: (...a: unknown[]) => unknown; resize: (...a: unknown[]) => unknown; on: (e: string, f: () => void) => void; counting?: boolean };
    const node = document.querySelector('[data-chart="compare"] > div') as HTMLElement & { echartsInstance: Inst };
    const inst = node.echartsInstance;
    const w = window as unknown as { counted: { setOption: number; resize: number; rendered: number } };
    w.counted = { setOption: 0, resize: 0, rendered: 0 };
    if (inst.counting) return;
    inst.counting = true;
    const setOption = inst.setOption.bind(inst);
    inst.setOption = (...a) => { w.counted.setOption++; return setOption(...a); };
    const resize = inst.resize.bind(inst);
    inst.resize = (...a) => { w.counted.resize++; return resize(...a); };
    inst.on('rendered', () => { w.counted.rendered++; });
  });
}

const counted = (page: Page) => page.evaluate(() => {
  const node = document.querySelector('[data-chart="compare"] > div') as HTMLElement & { echartsInstance: { getWidth(): number; getHeight(): number } };
  const c = (window as unknown as { counted: Counted }).counted;
  return { setOption: c.setOption, resize: c.resize, rendered: c.rendered, width: node.echartsInstance.getWidth(), height: node.echartsInstance.getHeight() };
});

/** Two frames and the size observer's turn: whatever the view change would draw has drawn. */
const settled = (page: Page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 200)))));

describe.skipIf(!hasChromium())('a chart its panel hides', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  afterEach(() => closePages(opened));

  it('is neither set the empty view nor resized, and is not drawn again on the way back', async () => {
    const { page } = await open(KIEN_GIANG);
    // The pointer on Gò Quao's bar until its tooltip shows: the chart has taken its tooltip (a merge
    // on the first pointer, useLateTooltip), which is not the drill's doing.
    await hoverBar(page, 'compare', 'Huyện Gò Quao', async () => (await page.locator('[data-chart="compare"] div', { hasText: '99,45' }).count()) > 0);
    await countCompare(page);
    const before = await counted(page);
    expect(before.width).toBeGreaterThan(600);

    // Into Gò Quao by its bar (the chart on screen), which has no units below it: the comparison's
    // panel says so and hides the chart.
    const goQuao = await barPoint(page, 'compare', 'Huyện Gò Quao');
    await page.mouse.click(goQuao.x, goQuao.y);
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Huyện Gò Quao');
    await settled(page);
    expect(await page.getAttribute('#compare', 'data-empty')).toBe('true');
    // (The bar's hover state may still be drawn as the pointer's click ends: not the view's doing.)
    const inside = await counted(page);
    expect({ ...inside, rendered: 0 }).toEqual({ ...before, setOption: 0, resize: 0, rendered: 0 });
    await countCompare(page);

    // Back to the province: the chart shows the bars it kept, at their size, without drawing.
    await page.locator('.breadcrumb button', { hasText: 'Tỉnh Kiên Giang' }).click();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Kiên Giang');
    await settled(page);
    expect(await counted(page)).toEqual({ ...before, setOption: 0, resize: 0, rendered: 0 });
    const bar = await barPoint(page, 'compare', 'Huyện Gò Quao');
    const frame = (await page.locator('[data-chart="compare"]').boundingBox())!;
    expect(bar.y).toBeGreaterThan(frame.y);
    expect(bar.y).toBeLessThan(frame.y + frame.height);

    // A new view is still drawn: another indicator.
    await page.selectOption('#f-indicator', 'on_time_rate');
    await page.waitForFunction(() => (window as unknown as { counted: Counted }).counted.rendered > 0, null, { timeout: 10_000 });
    expect((await counted(page)).setOption).toBeGreaterThan(0);
    expect(await current(page)).toBe('Tỉnh Kiên Giang');
  });
});
