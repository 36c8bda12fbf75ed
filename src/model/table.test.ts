// The columns a computed table hands over: what ARRAY_COLUMNS says of them is what they are, since a
// reopened dataset (app/reopen.ts) rebuilds each column from its bytes with that type, and the
// worker moves exactly those buffers (columnBuffers).
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read';
import { filesIn } from '../../test/helpers';
import { BUILTIN_INDICATORS } from './catalogue';
import { computeTable } from './model';
import { ARRAY_COLUMNS, FigureTable, columnBuffers } from './table';
import { Observations } from '../data/observations';

describe('ARRAY_COLUMNS', () => {
  it('names every typed-array column of a computed table, each with its own type, and columnBuffers gives their buffers', () => {
    const { computed, transfer } = computeTable(readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null }));
    const c = computed.columns as unknown as Record<string, unknown>;
    const typed = Object.keys(c).filter((k) => ArrayBuffer.isView(c[k]));
    expect(typed.sort()).toEqual(Object.keys(ARRAY_COLUMNS).sort());
    for (const k of typed) expect((c[k] as object).constructor, k).toBe(ARRAY_COLUMNS[k as keyof typeof ARRAY_COLUMNS]);
    expect(columnBuffers(computed.columns)).toEqual(transfer);
    expect(new Set(transfer).size).toBe(typed.length);
  });
});

describe('countOfUnit', () => {
  it('is how many rows rowsOfUnit lists, for every unit, on the table received and before and after its rows are listed', () => {
    const { computed } = computeTable(readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null }));
    const t = FigureTable.from(computed.columns);
    const units = t.units.values.map((_, u) => u);
    const counts = units.map((u) => t.countOfUnit(u));
    expect(counts.some((n) => n === 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(t.size);
    expect(units.map((u) => t.rowsOfUnit(u).length)).toEqual(counts);
    expect(units.map((u) => t.countOfUnit(u))).toEqual(counts);
    expect(t.countOfUnit(units.length + 5)).toBe(0);
  });
});

describe('placeOf', () => {
  it("is the origin's file, line and column without its printed text, the column 1 where not known, and null for a figure not read", () => {
    const { computed } = computeTable(readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null }));
    const t = FigureTable.from(computed.columns);
    let read = 0;
    let derived = 0;
    for (let r = 0; r < t.size; r++) {
      const o = t.origin(r);
      if (o === null) { derived++; expect(t.placeOf(r)).toBeNull(); continue; }
      read++;
      expect(t.placeOf(r)).toEqual({ file: o.file, line: o.line, column: o.column ?? 1 });
    }
    expect(read).toBeGreaterThan(0);
    expect(derived).toBeGreaterThan(0);
  });

  it('gives column 1 for a figure whose origin has no column (rows given as objects)', () => {
    const raw = readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null });
    const rows = raw.observations.rows().map((o) => ({ ...o, origin: { file: o.origin.file, line: o.origin.line, printed: o.origin.printed } }));
    const { computed } = computeTable({ ...raw, observations: Observations.of(rows) });
    const t = FigureTable.from(computed.columns);
    const r = [...Array(t.size).keys()].find((k) => t.origin(k) !== null)!;
    expect(t.origin(r)!.column).toBeUndefined();
    expect(t.placeOf(r)).toEqual({ file: t.origin(r)!.file, line: t.origin(r)!.line, column: 1 });
  });
});
