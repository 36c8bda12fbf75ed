// A table built in memory made ahead is the table built in new memory; memory too small for it is
// left alone; and the writer writes every page of it, a slice at a time, leaving it zero.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read';
import { filesIn } from '../../test/helpers';
import { BUILTIN_INDICATORS } from './catalogue';
import { computeTable } from './model';
import { ARRAY_COLUMNS, type ArrayColumn } from './table';
import { MemoryWriter, tableMemory } from './tableMemory';

const NAMES = Object.keys(ARRAY_COLUMNS) as ArrayColumn[];
const read = (dir: string) => readDataset(filesIn(dir), { catalogue: BUILTIN_INDICATORS, reference: null });

describe('a table computed in memory made ahead', () => {
  for (const dir of ['fixtures/seeds', 'fixtures/bad']) {
    it(`has the columns and problems of one computed in new memory (${dir}), and was built in that memory`, () => {
      const raw = read(dir);
      const plain = computeTable(raw);
      const memory = tableMemory(raw.observations.length * 2 + 1024);
      const ahead = computeTable(raw, { memory });
      expect(ahead.computed).toEqual(plain.computed);
      // The builder's own arrays (handed back as `spare`) are the memory's.
      for (const k of NAMES) expect(ahead.spare[k].buffer, k).toBe(memory.columns[k].buffer);
    });
  }

  it('is built in new memory where the memory made ahead holds fewer rows than it asks room for', () => {
    const raw = read('fixtures/seeds');
    const memory = tableMemory(1023);
    const ahead = computeTable(raw, { memory });
    expect(ahead.computed).toEqual(computeTable(raw).computed);
    for (const k of NAMES) expect(ahead.spare[k].buffer, k).not.toBe(memory.columns[k].buffer);
  });
});

describe('MemoryWriter', () => {
  it('writes a byte of every 4 KB page of every column, in slices, then says it is done; the memory stays zero', () => {
    const memory = tableMemory(5000);
    const bytes = NAMES.reduce((n, k) => n + memory.columns[k].byteLength, 0);
    const written: number[] = [];
    // Every byte set first, to see which the writer writes.
    for (const k of NAMES) new Uint8Array(memory.columns[k].buffer).fill(1);
    const w = new MemoryWriter(memory);
    let steps = 0;
    while (w.step(16 * 1024)) steps++;
    expect(steps + 1).toBe(Math.ceil(bytes / (16 * 1024)));
    for (const k of NAMES) {
      const b = new Uint8Array(memory.columns[k].buffer);
      for (let i = 0; i < b.length; i++) if (i % 4096 === 0) written.push(b[i]);
      // Only each page's first byte: the rest is as it was.
      if (b.length > 1) expect(b[1], k).toBe(1);
    }
    expect(written.every((x) => x === 0)).toBe(true);
    expect(w.step(1)).toBe(false);
  });
});
