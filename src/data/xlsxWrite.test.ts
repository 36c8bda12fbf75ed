// The export workbook: read back with the app's own reader (xlsx.ts), cell for cell; and, where
// LibreOffice is installed, converted to CSV by it headless (skipped otherwise).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { xlsxTables } from './xlsx';
import { columnName, sheetName, xlsxBytes, xmlText, type XlsxSheet } from './xlsxWrite';

const SHEET: XlsxSheet = {
  name: 'So sánh: Tỷ lệ đúng hạn [2026]',
  header: ['Đơn vị', 'Tỷ lệ giải quyết đúng hạn (%)', 'Mục tiêu', 'Chênh lệch', 'Đánh giá'],
  rows: [
    ['Thị xã Quế Võ', 99.14, 95, 4.14, '✓ Đạt'],
    ['Huyện Gò Quao', 94.85, 95, -0.15, '! Cần chú ý'],
    ['=1+1', -5, null, null, '—'],
    ['Tỉnh Bà Rịa - Vũng Tàu & <Côn Đảo> "x"', 133555, 0, 0.5, '+1'],
    ['  khoảng trắng  ', 1e-7, 12345678.9, null, '@x'],
  ],
};

const libreoffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));

describe('xlsxBytes', () => {
  it('writes a sheet of 150,000 rows, and reads back its last', () => {
    const rows = Array.from({ length: 150_000 }, (_, k) => [`Xã ${k}`, k]);
    const back = xlsxTables('big.xlsx', xlsxBytes({ name: 'big', header: ['Đơn vị', 'Số'], rows }), new Set())!;
    expect(back.problems).toEqual([]);
    const [t] = back.tables;
    expect(t.rows.length).toBe(150_000);
    expect(t.rows.at(-1)!.cells).toEqual(['Xã 149999', 149999]);
  });

  it('is a zip with the parts a workbook needs', () => {
    const bytes = xlsxBytes(SHEET);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = unzipSync(bytes);
    expect(Object.keys(zip).sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml',
    ]);
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']);
    // Numbers as numbers, text as shared strings, never a formula.
    expect(sheet).toContain('<c r="B2"><v>99.14</v></c>');
    expect(sheet).toContain('<c r="B4"><v>-5</v></c>');
    expect(sheet).toMatch(/<c r="A4" t="s"><v>\d+<\/v><\/c>/);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<pane ySplit="1"');
    expect(strFromU8(zip['xl/workbook.xml'])).toContain('name="So sánh Tỷ lệ đúng hạn 2026"');
    expect(strFromU8(zip['xl/sharedStrings.xml'])).toContain('Tỉnh Bà Rịa - Vũng Tàu &amp; &lt;Côn Đảo&gt; &quot;x&quot;');
  });

  it('reads back through the app\'s own reader with the same cells', () => {
    const r = xlsxTables('bang.xlsx', xlsxBytes(SHEET), new Set());
    expect(r).not.toBeNull();
    expect(r!.problems).toEqual([]);
    expect(r!.tables).toHaveLength(1);
    const [t] = r!.tables;
    expect(t.header).toEqual(SHEET.header);
    expect(t.headerLine).toBe(1);
    expect(t.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    // The reader leaves trailing empty cells out and reads an empty cell as null.
    const trim = (cells: unknown[]) => { const c = [...cells]; while (c.length && c[c.length - 1] === null) c.pop(); return c; };
    expect(t.rows.map((row) => trim(row.cells))).toEqual(SHEET.rows.map((row) => trim([...row])));
  });

  it('keeps only characters XML can carry; names columns and sheets as Excel does', () => {
    expect(xmlText('a\u0001b\u000bc\td\ne')).toBe('abc\td\ne');
    expect(xmlText('\ud800x')).toBe('x');
    expect(xmlText('😀')).toBe('😀');
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('[]')).toBe('Sheet1');
    const r = xlsxTables('x.xlsx', xlsxBytes({ name: 'x', header: ['Tên'], rows: [['a\u0002b']] }), new Set());
    expect(r!.tables[0].rows.at(0)!.cells).toEqual(['ab']);
  });

  it.skipIf(!libreoffice)('LibreOffice opens it: converted to CSV headless, the same cells', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
    try {
      writeFileSync(join(dir, 'bang.xlsx'), xlsxBytes(SHEET));
      execFileSync(libreoffice!, [
        `-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, join(dir, 'bang.xlsx'),
      ], { stdio: 'pipe', timeout: 120_000 });
      const csv = readFileSync(join(dir, 'bang.csv'), 'utf8');
      const rows = Papa.parse<string[]>(csv.trim(), { header: false }).data;
      expect(rows.slice(0, 5)).toEqual([
        ['Đơn vị', 'Tỷ lệ giải quyết đúng hạn (%)', 'Mục tiêu', 'Chênh lệch', 'Đánh giá'],
        ['Thị xã Quế Võ', '99.14', '95', '4.14', '✓ Đạt'],
        ['Huyện Gò Quao', '94.85', '95', '-0.15', '! Cần chú ý'],
        // `=1+1` is text, not a formula LibreOffice computed to 2.
        ['=1+1', '-5', '', '', '—'],
        ['Tỉnh Bà Rịa - Vũng Tàu & <Côn Đảo> "x"', '133555', '0', '0.5', '+1'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
