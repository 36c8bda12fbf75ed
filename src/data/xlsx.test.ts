// Excel workbooks read directly: numbers as stored, percent-formatted cells as percentages,
// date cells as periods, a title above the header skipped, sheets as files of a dataset.
import { describe, expect, it } from 'vitest';
import { readDataset } from './read';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { buildXlsx } from '../../test/xlsxBuilder';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { loadDataset } from '../model/load';

const read = (name: string, content: Uint8Array) => readDataset([{ name, content }], { catalogue: BUILTIN_INDICATORS });

describe('xlsx', () => {
  it('reads a report sheet: title skipped, percentages, formulas, dates, rows and columns as in Excel', () => {
    const book = buildXlsx([{
      name: 'Báo cáo',
      rows: [
        ['BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC'],
        null,
        ['Kỳ', 'Đơn vị', 'Chỉ tiêu', 'Giá trị', 'Tử số', 'Mẫu số'],
        ['Quý I/2023', 'X', 'received', 133555],
        ['Quý I/2023', 'X', 'resolved', { formula: 'D4-1145', value: 132410 }],
        ['Quý I/2023', 'X', 'resolution_rate', { pct: 0.9914 }, 132410, 133555],
        [{ date: 44957 }, 'X', 'pending', 7],
        ['Quý I/2023', 'X', 'received', 'nhiều'],
      ],
    }]);
    const r = read('bao-cao.xlsx', book);
    expect(r.observations.rows().map((o) => [o.indicator, o.value, o.origin.line, o.period.key])).toEqual([
      ['received', 133555, 4, '2023-Q1'],
      ['resolved', 132410, 5, '2023-Q1'],
      ['resolution_rate', 99.14, 6, '2023-Q1'],
      ['pending', 7, 7, '2023-01-31'],
    ]);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['rows-above-header', 1, 1], ['not-a-number', 8, 4]]);
  });

  it('several sheets are the files of one dataset, named by sheet', () => {
    const book = buildXlsx([
      { name: 'units', rows: [['code', 'name', 'type', 'parent'], ['P', 'Tỉnh P', 'province', null], ['A', 'Huyện A', 'district', 'P'], ['B', 'Huyện B', 'district', 'P']] },
      { name: 'observations', rows: [['period', 'unit', 'indicator', 'value'], [2023, 'A', 'received', 10], [2023, 'B', 'received', 20]] },
      { name: 'Trống', rows: [] },
    ]);
    const m = loadDataset([{ name: 'du-lieu.xlsx', content: book }]);
    expect(m.figure('P', 'received', '2023')?.value).toBe(30);
    expect(m.raw.observations!.at(0).origin.file).toBe('du-lieu.xlsx [observations]');
  });

  it('a workbook whose elements carry a namespace prefix (<x:row>, as the Open XML SDK writes it) reads the same', () => {
    const book = buildXlsx([{ name: 'Số liệu', rows: [
      ['Kỳ', 'Đơn vị', 'Chỉ tiêu', 'Giá trị'],
      ['Quý I/2023', 'X', 'received', 133555],
      ['Quý I/2023', 'X', 'resolution_rate', { pct: 0.9914 }],
      [{ date: 44957 }, 'X', 'pending', { inline: 'bảy' }],
    ] }]);
    // Every SpreadsheetML element as <x:…>, the namespace bound to x.
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const parts = unzipSync(book);
    for (const name of Object.keys(parts).filter((n) => n.startsWith('xl/') && n.endsWith('.xml'))) {
      const xml = strFromU8(parts[name]).replace(/<(\/?)([A-Za-z])/g, '<$1x:$2').replace(`xmlns="${main}"`, `xmlns:x="${main}"`);
      expect(xml).toMatch(/<x:(worksheet|workbook|sst|styleSheet) xmlns:x=/);
      parts[name] = strToU8(xml);
    }
    const plain = read('so-lieu.xlsx', book);
    const prefixed = read('so-lieu.xlsx', zipSync(parts));
    const rows = (r: typeof plain) => r.observations.rows().map((o) => [o.indicator, o.value, o.origin.line, o.origin.column, o.period.key]);
    expect(rows(prefixed)).toEqual([['received', 133555, 2, 4, '2023-Q1'], ['resolution_rate', 99.14, 3, 4, '2023-Q1']]);
    expect(rows(prefixed)).toEqual(rows(plain));
    expect(prefixed.problems).toEqual(plain.problems);
    expect(prefixed.problems.map((p) => [p.code, p.line, p.column])).toEqual([['not-a-number', 4, 4]]);
  });

  it('a zip that is not a workbook is still refused as binary', () => {
    const r = read('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expect(r.problems[0]).toMatchObject({ code: 'binary-file', line: 1, column: 1 });
  });
});
