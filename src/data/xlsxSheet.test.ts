// A sheet's rows from its XML bytes: each cell at its column, as Excel and other writers store it
// (shared strings, inline strings, formulas' values, booleans, errors, styles that make a number a
// percentage or a date), and the same rows the regular expressions read before (byPattern below).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sheetRows, excelDate, type Format } from './xlsxSheet';
import { attr, rootPrefix, textOf, unescapeXml } from './xlsxText';
import type { Cell, TableRow } from './table';

const STRINGS = ['Mã', 'Hà Nội', '', 'x & y'];
const FORMATS: Format[] = ['general', 'percent', 'date'];
const bytes = (xml: string) => new TextEncoder().encode(xml);
const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
const read = (rows: string) => sheetRows(bytes(sheet(rows)), STRINGS, FORMATS);

describe('sheetRows', () => {
  it('cells by type: shared and inline strings, numbers, booleans, errors, a formula\'s value', () => {
    expect(read([
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>Xã </t></is></c><c r="C1" t="inlineStr"><is><r><t>Bắc</t></r><r><t xml:space="preserve"> Kạn</t></r></is></c></row>',
      '<row r="2"><c r="A2"><v>1103</v></c><c r="B2"><v>-97.26</v></c><c r="C2"><v>1E3</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#DIV/0!</v></c></row>',
      '<row r="3"><c r="A3"><f>SUM(A1:A2)</f><v>1104</v></c><c r="B3" t="str"><f>A1&amp;"!"</f><v>Tổng &amp; cộng</v></c><c r="C3" t="s"><v>3</v></c></row>',
    ].join(''))).toEqual([
      { line: 1, cells: ['Hà Nội', 'Xã ', 'Bắc Kạn'] },
      { line: 2, cells: [1103, -97.26, 1000, 'TRUE', 'FALSE', '#DIV/0!'] },
      { line: 3, cells: [1104, 'Tổng & cộng', 'x & y'] },
    ]);
  });

  it('a style that formats a percentage or a date makes the number one', () => {
    expect(read('<row r="4"><c r="A4" s="1"><v>0.9914</v></c><c r="B4" s="2"><v>44957</v></c><c r="C4" s="0"><v>0.5</v></c><c r="D4" s="9"><v>7</v></c></row>'))
      .toEqual([{ line: 4, cells: [99.14, excelDate(44957), 0.5, 7] }]);
    expect(excelDate(44957)).toBe('31/01/2023');
  });

  it('cells where their references say, gaps empty; without a reference, after the last', () => {
    expect(read('<row r="7"><c r="C7"><v>3</v></c><c><v>4</v></c><c r="AB7"><v>28</v></c></row><row><c><v>1</v></c></row>')).toEqual([
      { line: 7, cells: [null, null, 3, 4, ...Array(23).fill(null), 28] },
      { line: 8, cells: [1] },
    ]);
  });

  it('rows with no filled cell are left out; their numbers still count', () => {
    expect(read('<row r="1"/><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"/></row><row r="3" spans="1:2"><c r="A3"><v>5</v></c></row><row/>'))
      .toEqual([{ line: 3, cells: [5] }]);
  });

  it('tags that only begin like a row or a cell are not them (<rowBreaks>, <cols>, <col>)', () => {
    const xml = '<worksheet><cols><col min="1" max="2" width="9"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><rowBreaks count="1"><brk id="5"/></rowBreaks></worksheet>';
    expect(sheetRows(bytes(xml), STRINGS, FORMATS)).toEqual([{ line: 1, cells: [1] }]);
  });

  it('attributes on other lines or after tabs, in any order', () => {
    expect(read('<row\n r="9"\tspans="1:1"><c\ts="1"\n t="n" r="B9"><v>0.5</v></c></row>')).toEqual([{ line: 9, cells: [null, 50] }]);
  });

  it('a row with no number of its own is the one after the last (the first cell\'s reference is not it)', () => {
    expect(read('<row r="3"><c r="A3"><v>1</v></c></row><row><c r="A9"><v>2</v></c></row>')).toEqual([
      { line: 3, cells: [1] },
      { line: 4, cells: [2] },
    ]);
  });

  it('elements with a namespace prefix (<x:row>, <x:c>, <x:v>, <x:is><x:t>), read with that prefix', () => {
    const xml = bytes('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:t>Bắc</x:t></x:r><x:r><x:t xml:space="preserve"> Kạn</x:t></x:r></x:is></x:c><x:c r="B1" s="1"><x:v>0.5</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>');
    expect(sheetRows(xml, STRINGS, FORMATS, 'x')).toEqual([{ line: 1, cells: ['Bắc Kạn', 50, 'Hà Nội'] }]);
    expect(sheetRows(xml, STRINGS, FORMATS)).toEqual([]);
  });

  it('a row left open at the end is not read', () => {
    expect(read('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c>')).toEqual([{ line: 1, cells: [1] }]);
  });
});

// The rows as the regular expressions read them from the sheet's text before, but for a row's number,
// taken from its own tag (see xlsxSheet.ts).
function byPattern(xml: string, strings: string[], formats: Format[]): TableRow[] {
  const rows: TableRow[] = [];
  let nextRow = 1;
  const percentOf = (v: number) => Number((v * 100).toPrecision(12));
  const columnIndex = (ref: string) => {
    let end = ref.length;
    while (end > 0 && ref.charCodeAt(end - 1) >= 48 && ref.charCodeAt(end - 1) <= 57) end--;
    let n = 0;
    for (let i = 0; i < end; i++) { const c = ref.charCodeAt(i); n = n * 26 + ((c >= 97 && c <= 122 ? c - 32 : c) - 64); }
    return n - 1;
  };
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attr(`<row${rm[1]}>`, 'r') ?? nextRow);
    nextRow = line + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const open = `<c${cm[1]}>`;
      const ref = attr(open, 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = attr(open, 't') ?? 'n';
      const body = cm[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let cell: Cell = null;
      if (type === 's') cell = v === undefined ? null : strings[Number(v)] ?? '';
      else if (type === 'inlineStr') cell = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'str' || type === 'e') cell = v === undefined ? null : unescapeXml(v);
      else if (type === 'b') cell = v === '1' ? 'TRUE' : 'FALSE';
      else if (v !== undefined) {
        const n = Number(v);
        const format = formats[Number(attr(open, 's') ?? 0)] ?? 'general';
        cell = !Number.isFinite(n) ? v : format === 'percent' ? percentOf(n) : format === 'date' ? excelDate(n) : n;
      }
      cells[col] = cell;
    }
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ line, cells });
  }
  return rows;
}

describe('sheetRows reads what the patterns read', () => {
  const space = fc.constantFrom(' ', '  ', '\t', '\n ', '\r\n');
  const value = fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map(String),
    fc.constantFrom('', ' 5', '+5', '007', '-', '1e400', '12345678901234567', '0', '3', 'abc', 'Hà &amp; Nội', '&lt;x&gt;', '1,5', '99.14%'),
  );
  const body = fc.oneof(
    value.map((v) => `<v>${v}</v>`),
    value.map((v) => `<f>A1+1</f><v>${v}</v>`),
    fc.constantFrom('', '<v></v>', '<is><t>Xã</t></is>', '<is><r><t>a</t></r><r><t xml:space="preserve"> b &amp; c</t></r></is>', '<is><t/></is>', '<v>1</v><v>2</v>'),
  );
  const ref = fc.oneof(fc.constant(null), fc.tuple(fc.constantFrom('A', 'B', 'C', 'Z', 'AA', 'ab'), fc.integer({ min: 1, max: 99 })).map(([c, n]) => `${c}${n}`));
  const cell = fc.record({
    ref, space,
    t: fc.constantFrom(null, 's', 'str', 'inlineStr', 'b', 'e', 'n'),
    s: fc.constantFrom(null, '0', '1', '2', '7', ''),
    body: fc.oneof(fc.constant(null), body),
  }).map(({ ref: r, space: sp, t, s, body: b }) => {
    const attrs = [r !== null ? `r="${r}"` : '', t !== null ? `t="${t}"` : '', s !== null ? `s="${s}"` : ''].filter(Boolean).map((a) => `${sp}${a}`).join('');
    return b === null ? `<c${attrs}/>` : `<c${attrs}>${b}</c>`;
  });
  const row = fc.record({
    r: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 50 })),
    cells: fc.array(cell, { maxLength: 6 }),
    closed: fc.constantFrom(true, true, true, false),
    between: fc.constantFrom('', '\n', '<rowBreaks count="0"/>', '<cols><col min="1"/></cols>'),
  }).map(({ r, cells, closed, between }) => {
    const open = `<row${r !== null ? ` r="${r}"` : ''}`;
    return `${between}${cells.length === 0 && closed ? `${open}/>` : `${open}>${cells.join('')}${closed ? '</row>' : ''}`}`;
  });

  it('on rows and cells of every kind, well and badly formed', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
      const xml = sheet(rows.join(''));
      expect(sheetRows(bytes(xml), STRINGS, FORMATS)).toEqual(byPattern(xml, STRINGS, FORMATS));
    }), { numRuns: 400 });
  });
});

describe('rootPrefix', () => {
  it('the root element\'s prefix, after a declaration and comments; none for the default namespace', () => {
    expect(rootPrefix('<?xml version="1.0"?>\n<x:worksheet xmlns:x="m">')).toBe('x');
    expect(rootPrefix('\uFEFF<!-- made by a tool --><ss:workbook xmlns:ss="m">')).toBe('ss');
    expect(rootPrefix('<?xml version="1.0"?><worksheet xmlns="m" xmlns:r="r">')).toBe('');
  });
});

describe('a reference written with an entity', () => {
  it('is read as its text: &#65;&#66;3 is AB3', () => {
    expect(read('<row r="3"><c r="&#65;&#66;3"><v>28</v></c></row>')).toEqual([{ line: 3, cells: [...Array(27).fill(null), 28] }]);
  });
});
