// Writing memory ahead: a zero at the start of each 4 KB page, in the range asked, whole or in
// slices, and nothing else.
import { describe, expect, it } from 'vitest';
import { PAGE_BYTES, writePages } from './pages';

const pagesWritten = (b: Uint8Array) => [...b.keys()].filter((i) => b[i] === 0);

describe('writePages', () => {
  it('writes the first byte of each page, of a typed array of any element type', () => {
    const a = new Float64Array((3 * PAGE_BYTES + 100) / 8);
    const b = new Uint8Array(a.buffer).fill(1);
    writePages(a);
    expect(pagesWritten(b)).toEqual([0, PAGE_BYTES, 2 * PAGE_BYTES, 3 * PAGE_BYTES]);
  });

  it('in slices, writes each page once, as whole: the pages starting in each slice', () => {
    const b = new Uint8Array(5 * PAGE_BYTES).fill(1);
    for (const [from, to] of [[0, 100], [100, PAGE_BYTES + 1], [PAGE_BYTES + 1, 3 * PAGE_BYTES], [3 * PAGE_BYTES, b.length]]) writePages(b, from, to);
    expect(pagesWritten(b)).toEqual([0, 1, 2, 3, 4].map((k) => k * PAGE_BYTES));
  });

  it('a view into a larger buffer: its own bytes only', () => {
    const buffer = new Uint8Array(3 * PAGE_BYTES).fill(1);
    writePages(buffer.subarray(PAGE_BYTES + 8, 2 * PAGE_BYTES + 16));
    expect(pagesWritten(buffer)).toEqual([PAGE_BYTES + 8, 2 * PAGE_BYTES + 8]);
  });
});
