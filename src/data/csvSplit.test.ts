// A file read in two parts and joined gives what reading it whole gives: the same rows in the same
// order, the same problems (the model sorts them by place), the same units to place, cut anywhere
// a cut is safe; and where the parts were not read the same way, the join refuses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headerNames, readDataset, type ReadOptions, type TableReading } from './read';
import { joinSplit, planSplit, splitCsv, styleToFind, tailPart, type CsvSplit } from './csvSplit';
import type { NumberStyle } from './number';
import { expectSameRead } from './testutil';
import { LineScan } from './lineScan';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../model/dimensionAliases';
import { MAX_PER_FILE } from './problemLog';
import type { InputFile, RawDataset } from './types';

const OPTIONS: ReadOptions = { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' };
const NAMES = headerNames(BUILTIN_INDICATORS);
const bytes = (s: string) => new TextEncoder().encode(s);
const file = (name: string, text: string | Uint8Array): InputFile => ({ name, content: typeof text === 'string' ? bytes(text) : text });

/** The two readers, as the workers run them: the second part's answer crosses by structured clone;
 * the first part keeps room for `reserve` rows more (as the app does, split.tailLines). */
function readSplit(files: InputFile[], split: CsvSplit, reserve = split.tailLines): RawDataset | null {
  const tablesB: TableReading[] = [];
  let styleB = (): NumberStyle => { throw new Error('no table'); };
  const rawB = readDataset([...files.filter((f) => f !== split.whole), split.tail], { ...OPTIONS, onTable: (t, style) => { tablesB.push(t); styleB = style; } });
  const out = tailPart(rawB, tablesB, split);
  if (!out) return null;
  const part = structuredClone(out.part);
  const tablesA: TableReading[] = [];
  let styleA = (): NumberStyle => { throw new Error('no table'); };
  const rawA = readDataset(files.map((f) => (f === split.whole ? split.head : f)), { ...OPTIONS, onTable: (t, style) => { tablesA.push(t); styleA = style; }, reserveRows: reserve });
  // As readInParts.ts: the style of a part read without it, where the other's was read by its own.
  const find = styleToFind(tablesA[0], part);
  if (find === 'first') tablesA[0].style = styleA();
  if (find === 'part') part.table.style = styleB();
  return joinSplit(rawA, tablesA, part, split);
}

/**
 * Every safe cut from the first data line to the last, `step` bytes apart: each joined read is the
 * whole read, or is refused (a first part of a row or two may not show the number style the whole
 * file shows). How many cuts were joined, and how many refused.
 */
function expectEveryCut(files: InputFile[], name: string, step: number, reserve?: number): { joined: number; refused: number } {
  const big = files.find((f) => f.name === name)!;
  const whole = readDataset(files, OPTIONS);
  const seen = { joined: 0, refused: 0 };
  let lastCut = -1;
  for (let near = 0; near < big.content.length; near += step) {
    const split = splitCsv(big, NAMES, near);
    if (!split || split.cutLine === lastCut) continue;
    lastCut = split.cutLine;
    const joined = readSplit(files, split, reserve);
    if (joined === null) { seen.refused++; continue; }
    expectSameRead(joined, whole);
    seen.joined++;
  }
  return seen;
}

// A province's monthly file, as offices write it: a title above the header, communes named by
// name (placed among the built-in units), printed rates with their counts, Vietnamese numbers,
// some notes quoted with commas and line breaks, a few bad cells.
function provinceFile(months: number, crlf = false): string {
  const communes = ['Phường Điện Biên Phủ', 'Xã Mường Phăng', 'Phường Him Lam', 'Xã Thanh Nưa', 'Xã Mường Ảng'];
  const lines = ['BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC', 'Kỳ,Đơn vị,Chỉ tiêu,Giá trị,Tử số,Mẫu số,Ghi chú'];
  for (let m = 1; m <= months; m++) {
    const period = `${2024 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
    communes.forEach((c, i) => {
      const received = 1000 + m * 7 + i * 13;
      const resolved = received - 40 - i;
      lines.push(`${period},${c},received,"${received.toLocaleString('de-DE')}",,,`);
      lines.push(`${period},${c},resolved,${resolved},,,`);
      lines.push(`${period},${c},on_time_rate,"${((resolved - 3) / resolved * 100).toFixed(2).replace('.', ',')}",${resolved - 3},${resolved},`);
      if ((m + i) % 7 === 0) lines.push(`${period},${c},pending,"khoảng 12","ghi chú, có dấu phẩy",,`);
      if ((m * 5 + i) % 37 === 0) lines.push(`${period},${c},returned,3,,,"dòng một\ndòng hai"`);
      if ((m * 3 + i) % 11 === 0) lines.push(`${period},${c},received_online,abc,,,`);
      if ((m + i) % 13 === 0) lines.push(`${period},Xã Không Có Thật,received,5,,,`);
    });
  }
  return lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
}

describe('a CSV file read in two parts, then joined', () => {
  it('gives what reading it whole gives, cut at every line', () => {
    const files = [file('observations.csv', provinceFile(24))];
    const seen = expectEveryCut(files, 'observations.csv', 23);
    expect(seen.joined).toBeGreaterThan(150);
    expect(seen.refused).toBeLessThan(5);
  });

  it('with CRLF line ends, a BOM, and a units file and targets beside it', () => {
    const units = 'code,name,type,parent\n11,Tỉnh Điện Biên,tinh,\n95,Phường Điện Biên Phủ,xa,11\n';
    const targets = 'period,unit,indicator,target\n2024,11,on_time_rate,>=95\n';
    const obs = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(provinceFile(6, true))]);
    const files = [file('units.csv', units), file('observations.csv', obs), file('targets.csv', targets)];
    const seen = expectEveryCut(files, 'observations.csv', 61);
    expect(seen.joined).toBeGreaterThan(30);
    expect(seen.refused).toBeLessThan(5);
  });

  it('for a file of the seeds with quoted cells and a broken quote (fixtures/bad/broken-quote), cut at each line', () => {
    const text = readFileSync('fixtures/bad/broken-quote/observations.csv', 'utf8');
    // Long enough to cut after the broken quote's span.
    const body = text.split('\n').slice(1).filter(Boolean);
    const many = [text.split('\n')[0], ...Array.from({ length: 8 }, () => body).flat()].join('\n') + '\n';
    expect(expectEveryCut([file('observations.csv', many)], 'observations.csv', 17).joined).toBeGreaterThan(0);
  });

  it('with another observations file after it: its rows, and the units they name, come after the whole file\'s', () => {
    const more = 'period,unit,indicator,value\n2024-01,Xã Mường Phăng,received,7\n2024-01,Phường Him Lam,received,8\n';
    const files = [file('observations.csv', provinceFile(6)), file('zz-more.csv', more)];
    const whole = readDataset(files, OPTIONS);
    // The second part's rows go in before the other file's (no room kept for them at the end).
    expect(whole.pendingUnits.filter((p) => p.file === 'zz-more.csv').map((p) => p.index)).toEqual([whole.observations.length - 2, whole.observations.length - 1]);
    expect(expectEveryCut(files, 'observations.csv', 97).joined).toBeGreaterThan(10);
  });

  it('whether the first part kept room enough for the second part\'s rows or not', () => {
    const files = [file('observations.csv', provinceFile(6))];
    expect(expectEveryCut(files, 'observations.csv', 101, 1).joined).toBeGreaterThan(10);
    expect(expectEveryCut(files, 'observations.csv', 101, 0).joined).toBeGreaterThan(10);
  });

  it('keeps a run of rows naming one unit the same way as one unit to place, across the cut', () => {
    const lines = ['period,unit,indicator,value'];
    for (let k = 0; k < 200; k++) lines.push(`2024-01,Xã Mường Phăng,received,${k}`);
    const files = [file('observations.csv', lines.join('\n') + '\n')];
    const whole = readDataset(files, OPTIONS);
    expect(whole.pendingUnits).toHaveLength(1);
    const split = splitCsv(files[0], NAMES)!;
    expect(split.cutLine).toBeGreaterThan(50);
    expect(readSplit(files, split)!.pendingUnits).toEqual(whole.pendingUnits);
  });
});

describe('the second part written into memory readied for it (room)', () => {
  const f = file('observations.csv', provinceFile(6));

  it('is the tail written into new memory, in the room where it fits', () => {
    const plain = splitCsv(f, NAMES)!;
    const size = plain.tail.content.length;
    const room = new Uint8Array(size + 100).fill(7);
    const split = splitCsv(f, NAMES, undefined, room)!;
    expect((split.tail.content as Uint8Array).buffer).toBe(room.buffer);
    expect(split.tail.content).toEqual(plain.tail.content);
    expect(split.cutLine).toBe(plain.cutLine);
    expect(readSplit([f], split)).not.toBeNull();
    expectSameRead(readSplit([f], split)!, readDataset([f], OPTIONS));
  });

  it('is not used where the tail does not fit', () => {
    const size = splitCsv(f, NAMES)!.tail.content.length;
    const room = new Uint8Array(size - 1);
    const split = splitCsv(f, NAMES, undefined, room)!;
    expect((split.tail.content as Uint8Array).buffer).not.toBe(room.buffer);
    expect(split.tail.content.length).toBe(size);
  });
});

describe('number styles of the parts', () => {
  it('numbers written one way before the cut and the other way after it, none read by the style: joined', () => {
    const lines = ['period,unit,indicator,value'];
    for (let k = 0; k < 100; k++) lines.push(`2024-01,${k},on_time_rate,"97.5"`);
    for (let k = 0; k < 100; k++) lines.push(`2024-02,${k},on_time_rate,"97,25"`);
    const f = file('observations.csv', lines.join('\n') + '\n');
    const split = splitCsv(f, NAMES)!;
    const joined = readSplit([f], split)!;
    expect(joined).not.toBeNull();
    expectSameRead(joined, readDataset([f], OPTIONS));
  });

  it('a figure read by the style on both sides of the cut, the same style: joined', () => {
    const lines = ['period,unit,indicator,value'];
    for (let k = 0; k < 100; k++) lines.push(`2024-01,${k},received,"1.280"`, `2024-01,${k},on_time_rate,"97,5"`);
    for (let k = 0; k < 100; k++) lines.push(`2024-02,${k},on_time_rate,"97,25"`);
    const f = file('observations.csv', lines.join('\n') + '\n');
    const joined = readSplit([f], splitCsv(f, NAMES)!)!;
    expect(joined).not.toBeNull();
    expectSameRead(joined, readDataset([f], OPTIONS));
    expect(joined.observations.at(0).value).toBe(1280);
  });
});

describe('where the parts were not read the same way, the join refuses (the file is then read whole)', () => {
  it('a figure read by its part\'s number style, which the other part\'s figures contradict', () => {
    // 1.280 hồ sơ is 1,280 where nothing says the file writes decimals with a dot; the other
    // part's 97.5 says it does, and the whole file's read says 1.280 could be either.
    for (const [before, after] of [['received,"1.280"', 'on_time_rate,"97.5"'], ['on_time_rate,"97.5"', 'received,"1.280"']]) {
      const lines = ['period,unit,indicator,value'];
      for (let k = 0; k < 100; k++) lines.push(`2024-01,${k},${before}`);
      for (let k = 0; k < 100; k++) lines.push(`2024-02,${k},${after}`);
      const text = lines.join('\n') + '\n';
      const f = file('observations.csv', text);
      // Cut where the months meet: each part has one way of writing its figures.
      const split = splitCsv(f, NAMES, bytes(text.slice(0, text.indexOf('2024-02'))).length - 1)!;
      expect(split.cutLine).toBe(102);
      expect(readSplit([f], split)).toBeNull();
      expect(readDataset([f], OPTIONS).problems.map((p) => p.code)).toContain('ambiguous-number');
    }
  });

  it('a file that is UTF-8 before the cut and Windows-1258 after it', () => {
    const head = bytes(['period,unit,indicator,value', ...Array.from({ length: 50 }, (_, k) => `2024-01,Xã ${k},received,${k}`)].join('\n') + '\n');
    // 'Xã Phương' with ơ as Windows-1258 writes it (0xF5): not UTF-8.
    const tail = new Uint8Array(Array.from({ length: 50 }, (_, k) => [...bytes(`2024-02,Ph`), 0xf5, ...bytes(`ng ${k},received,${k}\n`)]).flat());
    const f = file('observations.csv', new Uint8Array([...head, ...tail]));
    const split = splitCsv(f, NAMES, head.length - 1)!;
    expect(split.cutLine).toBe(52);
    expect(readSplit([f], split)).toBeNull();
  });

  it('more problems than a file lists (MAX_PER_FILE), where a quote is broken past the cut', () => {
    const lines = ['period,unit,indicator,value'];
    for (let k = 0; k < 1200; k++) lines.push(k === 1100 ? '2024-01,"X,received,1' : `2024-01,${k},received,abc`);
    const f = file('observations.csv', lines.join('\n') + '\n');
    expect(readSplit([f], splitCsv(f, NAMES, Math.floor(f.content.length * 0.6))!)).toBeNull();
  });
});

describe('more problems than a file lists (MAX_PER_FILE): the joined read lists the first as a whole read does, and sums up the rest', () => {
  /** Rows 0..n-1, row k with the problem `bad(k)` says: an error (a value that is not a number),
   * a warning (a numerator over its denominator) or a note (a dash: no figure), or none. */
  const rows = (n: number, bad: (k: number) => 'error' | 'warning' | 'info' | null) => {
    const lines = ['BÁO CÁO', 'period,unit,indicator,value,numerator,denominator'];
    const row = { error: 'received,abc,,', warning: 'on_time_rate,99.5,20,10', info: 'received,-,,' };
    for (let k = 0; k < n; k++) {
      const b = bad(k);
      lines.push(`2024-01,${k},${b ? row[b] : `received,${k},,`}`);
    }
    return file('observations.csv', lines.join('\n') + '\n');
  };
  const summary = (raw: RawDataset) => raw.problems.find((p) => p.code === 'too-many-problems');

  it("problems all through the file: the first part's list is full, or the second part tops it up", () => {
    const seen = expectEveryCut([rows(1500, (k) => (k % 3 === 0 ? 'warning' : k % 3 === 1 ? 'error' : null))], 'observations.csv', 2900);
    expect(seen.joined).toBeGreaterThan(8);
  });

  it("the first part's list full of notes, errors after it: the summary is an error's, from the first note left out", () => {
    const f = rows(2000, (k) => (k < 1300 ? 'info' : 'error'));
    expect(summary(readDataset([f], OPTIONS))).toMatchObject({ severity: 'error', line: 1002 });
    expect(expectEveryCut([f], 'observations.csv', 4100).joined).toBeGreaterThan(8);
  });

  it("problems only after the middle, more than a part lists: the second part's list is cut where a whole read's is, its errors in what is left out", () => {
    // The first part lists 600 notes; the second part lists 500 notes, 200 errors and 300 notes,
    // and leaves out the rest: a whole read leaves out 100 notes, the errors and the notes after.
    const f = rows(2900, (k) => (k < 1000 ? (k % 5 < 3 ? 'info' : null) : k >= 1500 && k < 1700 ? 'error' : 'info'));
    const seen = expectEveryCut([f], 'observations.csv', 3500);
    expect(summary(readDataset([f], OPTIONS))?.severity).toBe('error');
    expect(seen.joined).toBeGreaterThan(8);
  });

  it('just as many as a file lists: all of them, and no summary', () => {
    const f = rows(1400, (k) => (k >= 400 ? 'error' : null));
    const whole = readDataset([f], OPTIONS);
    expect(whole.problems.filter((p) => p.file === 'observations.csv')).toHaveLength(MAX_PER_FILE + 1);
    const exact = rows(1400, (k) => (k >= 401 ? 'error' : null));
    expect(readDataset([exact], OPTIONS).problems.some((p) => p.code === 'too-many-problems')).toBe(false);
    expect(expectEveryCut([exact], 'observations.csv', 2900).joined).toBeGreaterThan(5);
  });
});

describe('which file is cut, and where', () => {
  const csv = (rows: number) => ['period,unit,indicator,value', ...Array.from({ length: rows }, (_, k) => `2024-01,${k},received,${k}`)].join('\n') + '\n';

  it('the largest file, when it is as large as asked and the others are small', () => {
    const files = [file('a.csv', csv(10)), file('observations.csv', csv(1000)), file('targets.csv', 'period,unit,indicator,target\n')];
    expect(planSplit(files, NAMES, 1000)?.name).toBe('observations.csv');
    expect(planSplit(files, NAMES, 1_000_000)).toBeNull();
  });

  it('no file that cannot be cut safely: JSON, a workbook, UTF-16, lines ended by CR alone, a cell running over lines near every line', () => {
    expect(splitCsv(file('observations.json', csv(100)), NAMES)).toBeNull();
    expect(splitCsv(file('observations.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes(csv(100))])), NAMES)).toBeNull();
    expect(splitCsv(file('observations.csv', new Uint8Array([0xff, 0xfe, ...bytes(csv(100))])), NAMES)).toBeNull();
    expect(splitCsv(file('observations.csv', csv(100).replace(/\n/g, '\r')), NAMES)).toBeNull();
    // A note over two lines every 20 rows: a cut has one within the 51 lines a cell may span.
    const notes = ['period,unit,indicator,value,note', ...Array.from({ length: 300 }, (_, k) => `2024-01,${k},received,${k},${k % 20 === 0 ? '"one\ntwo"' : ''}`)].join('\n') + '\n';
    expect(splitCsv(file('observations.csv', notes), NAMES)).toBeNull();
    // Quotes closed on their line are no such cell.
    const quoted = ['period,unit,indicator,value', ...Array.from({ length: 100 }, (_, k) => `2024-01,${k},received,"${k}"`)].join('\n') + '\n';
    expect(splitCsv(file('observations.csv', quoted), NAMES)).not.toBeNull();
  });

  it('a little after the middle: the second part, which is read and then packed and sent, is the smaller', () => {
    const f = file('observations.csv', csv(10_000));
    const b = f.content as Uint8Array;
    const split = splitCsv(f, NAMES)!;
    const head = split.head.content.length;
    expect(head / b.length).toBeGreaterThan(0.5);
    expect(head / b.length).toBeLessThan(0.52);
    // The first safe line at or after 51 % of the bytes: the head ends with a whole line.
    expect(b[head - 1]).toBe(10);
    expect(b.lastIndexOf(10, head - 2)).toBeLessThan(Math.floor(b.length * 0.51));
  });

  it('a file whose lines were counted as it came (lineScan.ts) is cut at the same line, numbered the same, without counting them again', () => {
    const text = `TITLE\r\n${csv(5000).replace(/\n/g, '\r\n')}`;
    const plain = file('observations.csv', text);
    const b = plain.content as Uint8Array;
    const scan = new LineScan(b, 4096);
    for (let at = 1000; at < b.length; at += 7777) scan.advance(at);
    const counted = { ...plain, lineFacts: scan.finish(b.length) };
    const a = splitCsv(plain, NAMES)!;
    const c = splitCsv(counted, NAMES)!;
    expect(c.cutLine).toBe(a.cutLine);
    expect(c.tail.lines).toEqual(a.tail.lines);
    expect(c.head.content.length).toBe(a.head.content.length);
    // The facts are what is used: facts of a lone CR keep the file whole; facts of other bytes are not used.
    expect(splitCsv({ ...counted, lineFacts: { ...counted.lineFacts, loneCr: true } }, NAMES)).toBeNull();
    expect(splitCsv({ ...plain, lineFacts: new LineScan(b.subarray(0, 100)).finish(100) }, NAMES)?.cutLine).toBe(a.cutLine);
  });

  it('the second part is the header lines and the lines from the cut, numbered as in the whole file', () => {
    const f = file('observations.csv', `TITLE\n${csv(100)}`);
    const split = splitCsv(f, NAMES)!;
    const tail = new TextDecoder().decode(split.tail.content as Uint8Array).split('\n');
    expect(tail.slice(0, 2)).toEqual(['TITLE', 'period,unit,indicator,value']);
    const whole = new TextDecoder().decode(f.content as Uint8Array).split('\n');
    expect(tail[2]).toBe(whole[split.cutLine - 1]);
    expect(split.tail.lines).toEqual({ from: 2, first: split.cutLine });
    expect(new TextDecoder().decode(split.head.content as Uint8Array).split('\n')).toEqual([...whole.slice(0, split.cutLine - 1), '']);
  });
});
