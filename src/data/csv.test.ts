// A CSV file's rows are split into cells as they are read (CsvRows): the same rows and cells as
// splitting them all at once, with quoted records tokenised once; slices and single columns
// without splitting the rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

const KNOWN = new Set(['period', 'unit', 'indicator', 'value']);

describe('CsvRows', () => {
  const text = 'BÁO CÁO THÁNG 7/2025\nperiod;unit;indicator;value;note\n2025-07;Xã A;received;1.280;\n\n2025-07;"Xã B; mới";resolved;"99,14";"ghi\nchú"\n2025-07;Xã C;pending;7\n';
  const t = parseCsv('o.csv', text, KNOWN);

  it('are the rows below the header, each with the line it starts on and its cells', () => {
    expect(t.headerLine).toBe(2);
    expect(t.preamble).toEqual(['BÁO CÁO THÁNG 7/2025']);
    expect(t.rows.length).toBe(3);
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
      [3, ['2025-07', 'Xã A', 'received', '1.280', '']],
      [5, ['2025-07', 'Xã B; mới', 'resolved', '99,14', 'ghi\nchú']],
      [7, ['2025-07', 'Xã C', 'pending', '7']],
    ]);
    expect([...t.rows].map((r) => r.line)).toEqual([3, 5, 7]);
  });

  it('are the lines of the text that are not blank, each with its number, whatever white space, newlines and last line', () => {
    const space = fc.constantFrom('', ' ', '\t', '\u00a0', '\u3000', '  \u2009');
    const row = fc.array(fc.stringMatching(/^[a-zà-ỹ0-9 .]{0,5}$/), { minLength: 4, maxLength: 4 }).map((c) => c.join(';'));
    fc.assert(fc.property(fc.array(fc.oneof(row, space), { maxLength: 15 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (body, nl, last) => {
      const all = ['period;unit;indicator;value', ...body];
      const table = parseCsv('o.csv', all.join(nl) + (last ? nl : ''), KNOWN);
      const want = all.map((l, n) => [n + 1, l] as const).filter(([n, l]) => n > 1 && l.trim() !== '').map(([n, l]) => [n, l.split(';')]);
      expect(table.rows.map((r) => [r.line, r.cells])).toEqual(want);
    }), { numRuns: 300 });
  });

  it('a quoted cell over lines at the very end, with or without a last newline', () => {
    for (const end of ['', '\n']) {
      const q = parseCsv('o.csv', `period;unit;indicator;value;note\n2025-07;A;received;1;x\n\n2025-07;B;received;2;"a\nb"${end}`, KNOWN);
      expect(q.rows.map((r) => [r.line, r.cells])).toEqual([[2, ['2025-07', 'A', 'received', '1', 'x']], [4, ['2025-07', 'B', 'received', '2', 'a\nb']]]);
    }
  });

  it('at and slice count as an array does', () => {
    expect(t.rows.at(-1)?.line).toBe(7);
    expect(t.rows.at(3)).toBeUndefined();
    expect(t.rows.slice(1).map((r) => r.line)).toEqual([5, 7]);
    expect(t.rows.slice(1, 2).map((r) => r.line)).toEqual([5]);
    expect(t.rows.slice(-1).slice(0, 5).map((r) => r.line)).toEqual([7]);
    expect(t.rows.slice(5).length).toBe(0);
  });

  it('give the cells of some columns that are more than digits alone, as the rows\' own cells are, whatever the lines', () => {
    const cell = fc.stringMatching(/^[a-zà-ỹ0-9 .,"]{0,6}$|^[0-9]{14,17}$/);
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }), fc.constantFrom(';', ','), (lines, d) => {
      const body = lines.map((cells) => cells.map((c) => (c.includes('"') || c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c)).join(d));
      const table = parseCsv('o.csv', `period${d}unit${d}indicator${d}value\n${body.join('\n')}\n`, KNOWN);
      const columns = [3, 0, 5, 3];
      const want: string[] = [];
      for (const row of table.rows) for (const c of [0, 3, 5]) if (c < row.cells.length && !/^\d{0,15}$/.test(row.cells[c])) want.push(row.cells[c]);
      expect([...table.rows.numberTextsOf(columns)].sort()).toEqual(want.sort());
    }), { numRuns: 300 });
  });

  it('leave out the cells that say nothing of how numbers are written', () => {
    expect([...t.rows.numberTextsOf([3, 4])]).toEqual(['1.280', '99,14', 'ghi\nchú']);
    expect([...t.rows.slice(2).numberTextsOf([3])]).toEqual([]);
  });
});
