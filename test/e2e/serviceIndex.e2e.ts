// The service-index panel in Chromium on the made-up fixtures/service-index: the national ranking,
// a province's total, band, points lost and rank, PAR Index / SIPAS, the checker's warnings, axe,
// and a 360 px phone.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { barPoint, current, hasChromium, launch, axeViolations, openPage, scrollThrough, type Watched, closePages } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = resolve(ROOT, 'test-results');
const DATA = '?data=/fixtures/service-index/';
const PANEL = '#service-index';

let browser: Browser;
const opened: Watched[] = [];

async function open(search: string, width = 1280, height = 900): Promise<Page> {
  const w = await openPage(browser, search, width, height);
  opened.push(w);
  await w.page.waitForSelector(`${PANEL} .si-ranking, ${PANEL} .si-unit`, { timeout: 20_000 });
  return w.page;
}

/** Each element's text as shown, its cells (if a row) joined by a space. */
const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => (e.tagName === 'TR' ? Array.from(e.children).filter((c) => getComputedStyle(c).display !== 'none').map((c) => (c as HTMLElement).innerText).join(' ') : (e as HTMLElement).innerText).replace(/\s+/g, ' ').trim()));


describe.skipIf(!hasChromium())('service-index panel in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  // No console error, page error or dialog on any page a test opened.
  afterEach(() => closePages(opened));

  it('the national view ranks the provinces (ties share a rank) with total, band and the group that loses most', async () => {
    const page = await open(DATA);
    expect(await current(page)).toBe('Cả nước');
    expect(await page.textContent(`${PANEL} .si-ranking caption`)).toContain('Năm 2025');
    const rows = await texts(page, `${PANEL} .si-ranking tbody tr`);
    expect(rows.slice(0, 5)).toEqual([
      '1 Thành phố Hà Nội 91,25 Xuất sắc Số hóa hồ sơ (−4,5)',
      '2 Tỉnh Quảng Ninh 88,00 Tốt Số hóa hồ sơ (−5,5)',
      '3 Thành phố Huế 85,75 Tốt Số hóa hồ sơ (−5)',
      '4 Tỉnh Nghệ An 84,50 Tốt Số hóa hồ sơ (−5)',
      '4 Tỉnh Thanh Hóa 84,50 Tốt Số hóa hồ sơ (−4)',
    ]);
    expect(rows[7]).toBe('8 Tỉnh Cao Bằng 48,50 Yếu Số hóa hồ sơ (−15)');
    // PAR Index and SIPAS: score, rank, change on 2024.
    expect(await texts(page, `${PANEL} .si-national tbody tr[data-unit="46"] td`)).toEqual(['88,95', '3/8', '▲ tăng +1,55', '84,20', '3/8', '▼ giảm −0,80']);
  });

  it('clicking a province in the ranking drills in: its total, band, rank, the largest points lost first, PAR Index with change', async () => {
    const page = await open(DATA);
    await page.locator(`${PANEL} .si-ranking`).getByRole('button', { name: 'Thành phố Hà Nội' }).click();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Thành phố Hà Nội');
    expect(page.url()).toContain('unit=01');
    await page.waitForSelector(`${PANEL} .si-unit`);
    expect(await page.textContent(`${PANEL} .si-total__value`)).toBe('91,25');
    expect(await page.textContent(`${PANEL} .si-unit .si-band`)).toBe('Xuất sắc');
    expect(await page.textContent(`${PANEL} .si-total__rank`)).toBe('Hạng 1/8 đơn vị');
    const lost = await texts(page, `${PANEL} .si-lost li`);
    expect(lost[0]).toBe('Số hóa hồ sơ: mất 4,5 điểm (đạt 17,5/22)');
    expect(lost[1]).toBe('Mức độ hài lòng: mất 1,5 điểm (đạt 16,5/18)');
    expect(await texts(page, `${PANEL} .si-national tbody tr[data-unit="01"] td`)).toEqual(['91,56', '1/8', '▲ tăng +1,44', '85,30', '2/8', '▲ tăng +1,20']);
    expect(await page.textContent(`${PANEL} .panel__summary`)).toBe('Thành phố Hà Nội: 91,25 điểm/100, xếp loại Xuất sắc, hạng 1/8. Mất nhiều điểm nhất ở nhóm Số hóa hồ sơ (4,5 điểm).');
  });

  it('clicking a bar of the ranking chart drills into its province', async () => {
    const page = await open(DATA);
    await page.locator('[data-chart="service-index"]').scrollIntoViewIfNeeded();
    const p = await barPoint(page, 'service-index', 'Tỉnh Quảng Ninh');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.breadcrumb__current')?.textContent === 'Tỉnh Quảng Ninh');
    await page.waitForSelector(`${PANEL} .si-unit`);
    // Printed 88,00, its groups add up to 87,50: both said.
    expect(await page.textContent(`${PANEL} .si-total__value`)).toBe('88,00');
    expect(await page.textContent(`${PANEL} .si-source`)).toContain('sáu nhóm cộng lại 87,5');
  });

  it('a group over its maximum is said in the panel and warned in the data-quality panel with its cell', async () => {
    const page = await open(`${DATA}&unit=20`);
    expect(await page.textContent(`${PANEL} .si-total__value`)).toBe('72,00');
    expect(await page.textContent(`${PANEL} .si-unit .si-band`)).toBe('Khá');
    expect(await page.textContent(`${PANEL} .si-lost li[data-indicator="service_index_transparency"]`)).toContain('19 điểm, vượt mức tối đa 18');
    const warning = page.locator('#quality .problem', { hasText: 'service_index_transparency' });
    expect(await warning.locator('.problem__severity').textContent()).toContain('Cảnh báo');
    expect(await warning.locator('.problem__where').textContent()).toContain('observations.csv:35:4');
    expect(await warning.locator('.problem__code').textContent()).toBe('Điểm nhóm vượt mức tối đa của nhóm');
    expect(await warning.locator('.problem__message').textContent()).toBe('Tỉnh Lạng Sơn 2025: service_index_transparency (Công khai, minh bạch) 19 is above its maximum of 18 (a group of service_index)');
    expect(await page.locator('#quality .problem', { hasText: 'but its six groups add up to 87,50' }).count()).toBe(1);
  });

  it('in English: bands and changes in words', async () => {
    const page = await open(`${DATA}&unit=46&lang=en`);
    expect(await page.textContent(`${PANEL} .si-unit .si-band`)).toBe('Good');
    expect(await page.textContent(`${PANEL} .si-total__rank`)).toBe('Rank 3 of 8 units');
    expect(await texts(page, `${PANEL} .si-national tbody tr[data-unit="46"] td`)).toEqual(['88.95', '3/8', '▲ up +1.55', '84.20', '3/8', '▼ down −0.80']);
  });

  it('axe finds no violation in the panel, national and province views, both languages, at 1280 and 360 px', async () => {
    for (const [search, width] of [[DATA, 1280], [`${DATA}&lang=en`, 360], [`${DATA}&unit=20`, 1280], [`${DATA}&unit=01&lang=en`, 1280], [`${DATA}&unit=20`, 360]] as const) {
      const page = await open(search, width);
      await page.waitForTimeout(300);
      expect(await axeViolations(page, PANEL), `${search} @ ${width}`).toEqual([]);
    }
  });

  it('at 360 px nothing is wider than the screen; screenshots at 1280 and 360 px', async () => {
    for (const search of [DATA, `${DATA}&unit=20`]) {
      const page = await open(search, 360, 740);
      await scrollThrough(page);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), search).toBeLessThanOrEqual(360);
      // On a phone the ranking keeps four columns; the group that loses most folds under the name.
      if (search === DATA) expect((await texts(page, `${PANEL} .si-ranking tbody tr`))[0]).toBe('1 Thành phố Hà Nội Mất nhiều điểm nhất: Số hóa hồ sơ (−4,5) 91,25 Xuất sắc');
      await page.locator(PANEL).screenshot({ path: resolve(RESULTS, `service-index-${search === DATA ? 'national' : 'province'}-360.png`) });
    }
    const wide = await open(`${DATA}&unit=20`, 1280);
    await scrollThrough(wide);
    await wide.locator(PANEL).screenshot({ path: resolve(RESULTS, 'service-index-province-1280.png') });
    const national = await open(DATA, 1280);
    await scrollThrough(national);
    await national.locator(PANEL).screenshot({ path: resolve(RESULTS, 'service-index-national-1280.png') });
  });
});
