import { describe, expect, it } from 'vitest';
import { RowIndex } from './rowIndex';

describe('RowIndex: figure key → row', () => {
  it('finds what was set and says -1 for what was not', () => {
    const ix = new RowIndex();
    ix.set(0, 7);
    ix.set(12345, 1);
    expect(ix.get(0)).toBe(7);
    expect(ix.get(12345)).toBe(1);
    expect(ix.get(12346)).toBe(-1);
    expect(ix.size).toBe(2);
  });

  it('replaces the row at a key it holds, without counting it twice', () => {
    const ix = new RowIndex();
    ix.set(42, 1);
    ix.set(42, 9);
    expect(ix.get(42)).toBe(9);
    expect(ix.size).toBe(1);
  });

  it('keeps keys apart above 2^32 and up to 2^53 (keys that differ only in their high bits)', () => {
    const ix = new RowIndex();
    const big = [2 ** 32, 2 ** 32 + 1, 2 ** 40, 2 ** 40 + 2 ** 32, 2 ** 53 - 1, 2 ** 52 + 5, 5];
    big.forEach((k, r) => ix.set(k, r));
    big.forEach((k, r) => expect(ix.get(k)).toBe(r));
    expect(ix.get(2 ** 40 + 1)).toBe(-1);
  });

  it('grows past its first capacity and keeps every row (100,000 keys, strided like figure keys)', () => {
    const ix = new RowIndex(4);
    const key = (n: number) => n * 2_654_435_761;
    for (let n = 0; n < 100_000; n++) ix.set(key(n), n);
    expect(ix.size).toBe(100_000);
    for (let n = 0; n < 100_000; n += 997) expect(ix.get(key(n))).toBe(n);
    expect(ix.get(key(100_000))).toBe(-1);
  });

  it('claims a key in one look-up: the row already there, else the key is given the row (-1)', () => {
    const ix = new RowIndex(4);
    expect(ix.claim(2 ** 40 + 3, 0)).toBe(-1);
    expect(ix.claim(7, 1)).toBe(-1);
    expect(ix.claim(2 ** 40 + 3, 5)).toBe(0);
    expect(ix.get(2 ** 40 + 3)).toBe(0);
    expect(ix.get(7)).toBe(1);
    expect(ix.size).toBe(2);
    // And past its first capacity, as `set` does.
    for (let n = 0; n < 10_000; n++) expect(ix.claim(n * 2_654_435_761 + 11, n)).toBe(-1);
    for (let n = 0; n < 10_000; n += 97) expect(ix.claim(n * 2_654_435_761 + 11, -5)).toBe(n);
    expect(ix.size).toBe(10_002);
  });

  it('forgets everything when cleared', () => {
    const ix = new RowIndex();
    for (let n = 0; n < 100; n++) ix.set(n, n);
    ix.clear();
    expect(ix.size).toBe(0);
    expect(ix.get(5)).toBe(-1);
    ix.set(5, 1);
    expect(ix.get(5)).toBe(1);
  });
});
