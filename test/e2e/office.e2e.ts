// The reform office's spreadsheets in a real browser: the blank templates download headed in
// Vietnamese (CSV with a BOM, .xlsx that the app reads back), and the office's own monthly and
// quarterly workbooks open with their figures under their communes and the clerk's column reported.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { current, hasChromium, launch, openPage, waitForData, type Watched, closePages } from './browser';
import { xlsxTables } from '../../src/data/xlsx';

const ROOT = resolve(import.meta.dirname, '../..');
let browser: Browser;
const opened: Watched[] = [];

async function open(width = 1280): Promise<Watched> {
  const w = await openPage(browser, '', width, 900);
  opened.push(w);
  return w;
}

async function template(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const details = page.locator('.templates details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), details.locator(`button[data-template="${kind}"]`).click()]) as [Download, void];
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

describe.skipIf(!hasChromium())('the office\'s spreadsheets in Chromium', () => {
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => browser?.close());
  // No console error, page error or dialog on any page a test opened.
  afterEach(() => closePages(opened));

  it('offers blank templates headed in Vietnamese: wide and tidy CSV with a BOM, the wide sheet as .xlsx', async () => {
    const { page } = await open();
    const wide = await template(page, 'wide');
    expect(wide.name).toBe('mau-bao-cao-giai-quyet-tthc.csv');
    expect([...wide.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(wide.bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe('STT,Đơn vị,Kỳ báo cáo,Tổng số hồ sơ tiếp nhận,Tiếp nhận mới,Kỳ trước chuyển sang,Tiếp nhận trực tuyến,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,Đang giải quyết,Đang giải quyết quá hạn,Tỷ lệ hài lòng (%),Ghi chú');
    const tidy = await template(page, 'tidy');
    expect(tidy.bytes.toString('utf8').slice(1)).toMatch(/^Kỳ báo cáo,Đơn vị,Chỉ tiêu,Giá trị,/);
    const book = await template(page, 'xlsx');
    expect(book.name).toBe('mau-bao-cao-giai-quyet-tthc.xlsx');
    const tables = xlsxTables(book.name, new Uint8Array(book.bytes), new Set(['stt', 'don_vi', 'ky_bao_cao']))!;
    expect(tables.tables[0].header.slice(0, 4)).toEqual(['STT', 'Đơn vị', 'Kỳ báo cáo', 'Tổng số hồ sơ tiếp nhận']);
    // Said once React has drawn the state set after the file was handed over: the download may come first.
    await page.waitForFunction(() => document.querySelector('.templates .downloads__status')?.textContent?.includes('mau-bao-cao-giai-quyet-tthc.xlsx'), null, { timeout: 5_000 });
  });

  it('opens the office\'s workbooks: figures under their communes, the clerk\'s column reported by name', async () => {
    const { page } = await open();
    await page.setInputFiles('[data-testid="file-input"]', ['bao-cao-thang-10-2025.xlsx', 'bao-cao-quy-III-2025.xlsx'].map((f) => resolve(ROOT, 'fixtures/office/xlsx', f)));
    await page.waitForSelector('.alert--info:has-text("Đã nạp 2 tệp")');
    await waitForData(page);
    expect(await current(page)).toBe('Tỉnh Tuyên Quang');
    await page.selectOption('#f-indicator', 'received');
    await page.selectOption('#f-period', '2025-10');
    const row = page.locator('#ranking tbody tr', { hasText: 'Phường Hà Giang 1' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('1.370');
    await page.getByRole('radio', { name: /Cảnh báo/ }).check();
    const problems = await page.locator('#quality .problem').allTextContents();
    expect(problems.filter((t) => t.includes('"Người lập biểu"'))).toHaveLength(2);
    expect(problems.some((t) => t.includes('bao-cao-thang-10-2025.xlsx:6:4') && t.includes('received 150 ≠ resolved 130 + pending 25'))).toBe(true);
  });
});
