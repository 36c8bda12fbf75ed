// The columns a computed table hands over: what ARRAY_COLUMNS says of them is what they are, since a
// reopened dataset (app/reopen.ts) rebuilds each column from its bytes with that type, and the
// worker moves exactly those buffers (columnBuffers).
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read';
import { filesIn } from '../../test/helpers';
import { BUILTIN_INDICATORS } from './catalogue';
import { computeTable } from './model';
import { ARRAY_COLUMNS, FigureTable, columnBuffers } from './table';

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
