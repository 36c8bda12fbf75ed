// A CSV file's rows are split into cells as they are read (CsvRows): the same rows and cells as
// splitting them all at once, with quoted records tokenised once (or, one line whose quotes all
// stand in whole quoted cells, cut out again as a plain line is); slices and single columns
// without splitting the rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseCsv, splitQuoted } from './csv';

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

/** A cell as a spreadsheet writes it: quoted where it holds the delimiter, a quote or a newline. */
const written = (c: string, d: string) => (c.includes('"') || c.includes(d) || c.includes('\n') ? `"${c.replace(/"/g, '""')}"` : c);

describe('splitQuoted', () => {
  it('reads every line a spreadsheet writes, cell for cell', () => {
    const cell = fc.stringMatching(/^[a-zà-ỹ0-9 .,;"—]{0,8}$/);
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ';', '\t', '|'), (cells, d) => {
      expect(splitQuoted(cells.map((c) => written(c, d)).join(d), d)).toEqual(cells);
    }), { numRuns: 500 });
  });

  it('reads a line with quotes as papaparse does, without its error, whenever it reads it at all', () => {
    const line = fc.stringMatching(/^[ab ,;"]{0,14}$/).filter((l) => l.includes('"'));
    fc.assert(fc.property(line, fc.constantFrom(',', ';'), (text, d) => {
      const cells = splitQuoted(text, d);
      if (cells === null) return;
      const parsed = Papa.parse<string[]>(text, { delimiter: d, newline: '\n', skipEmptyLines: false });
      expect(parsed.errors).toEqual([]);
      expect(cells).toEqual(parsed.data[0]);
    }), { numRuns: 3000 });
  });

  it('leaves a quote anywhere else to papaparse', () => {
    for (const text of ['a"b,c', '"a" ,b', ' "a",b', '"a"b,c', '"a', 'a,"b""', '"a""b', 'a,b"']) expect(splitQuoted(text, ',')).toBeNull();
    expect(splitQuoted('"a ""b"", c",,"",d', ',')).toEqual(['a "b", c', '', '', 'd']);
  });
});

describe('parseCsv', () => {
  it('reads a line with quotes anywhere as papaparse reads it, or says the quote is misplaced and skips it', () => {
    // An even count of quotes: each line is a record of its own.
    const line = fc.stringMatching(/^[ab ,"]{1,12}$/).filter((l) => l.trim() !== '' && (l.split('"').length - 1) % 2 === 0);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
      const table = parseCsv('o.csv', `period,unit,indicator,value\n${lines.join('\n')}\n`, KNOWN);
      const read = new Map(table.rows.map((r) => [r.line, r.cells]));
      const misplaced = new Set(table.problems.filter((p) => p.code === 'csv-quote').map((p) => p.line));
      lines.forEach((l, k) => {
        const parsed = Papa.parse<string[]>(l, { delimiter: ',', newline: '\n', skipEmptyLines: false });
        if (parsed.errors.length > 0) expect(misplaced.has(k + 2)).toBe(true);
        else expect(read.get(k + 2)).toEqual(parsed.data[0]);
      });
    }), { numRuns: 1000 });
  });

  it('gives the rows papaparse gives the whole file, whatever cells are quoted and wherever the lines end', () => {
    const cell = fc.stringMatching(/^[a-zà-ỹ0-9 .,;"—]{0,6}$/);
    // A note over lines last (a note whose lines look like rows is a broken quote: parseCsv says so).
    const note = fc.oneof(cell, fc.stringMatching(/^[a-z]{1,3}\n[a-z"]{1,3}$/));
    const row = fc.tuple(cell, cell, cell, note).map((r) => [...r]);
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), (rows, d, nl) => {
      const text = ['period', 'unit', 'indicator', 'value'].join(d) + nl + rows.map((r) => r.map((c) => written(c, d)).join(d)).join(nl) + nl;
      const table = parseCsv('o.csv', text, KNOWN);
      // papaparse with the file's own newline: a quoted cell's newline is the file's, read as LF.
      const want = Papa.parse<string[]>(text, { delimiter: d, newline: nl, skipEmptyLines: true }).data.slice(1).map((r) => r.map((c) => c.replace(/\r\n/g, '\n')));
      expect(table.problems).toEqual([]);
      expect(table.rows.map((r) => r.cells)).toEqual(want);
    }), { numRuns: 500 });
  });
});
