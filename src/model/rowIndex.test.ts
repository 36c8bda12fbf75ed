import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

  it('keeps slots narrow (two 32-bit words) for keys below 2^32 - 1, and widens at the first larger key keeping every row', () => {
    const ix = new RowIndex(4);
    ix.keepNear(7);
    const small = [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 2];
    small.forEach((k, r) => expect(ix.claim(k, r - 1)).toBe(-1));
    for (let n = 0; n < 1000; n++) ix.set(n * 4_000_037 + 3, n);
    expect(ix.isNarrow).toBe(true);
    expect(ix.get(2 ** 32 - 1)).toBe(-1);
    small.forEach((k, r) => expect(ix.get(k)).toBe(r - 1));
    // 2^32 - 1 + 1 does not fit 32 bits: stored narrow it would read as an empty slot.
    ix.set(2 ** 32 - 1, 77);
    expect(ix.isNarrow).toBe(false);
    expect(ix.get(2 ** 32 - 1)).toBe(77);
    small.forEach((k, r) => expect(ix.get(k)).toBe(r - 1));
    for (let n = 0; n < 1000; n++) expect(ix.get(n * 4_000_037 + 3)).toBe(n);
    expect(ix.size).toBe(small.length + 1000 + 1);
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

  describe('keepNear: a span\'s keys kept near one another (the builder\'s unit and period)', () => {
    it('finds, claims and replaces as a Map does, for any span and any keys below 2^53', () => {
      const key = fc.oneof(fc.nat({ max: 5000 }), fc.integer({ min: 2 ** 31, max: 2 ** 33 }), fc.integer({ min: 2 ** 32 - 3, max: 2 ** 32 + 1 }), fc.integer({ min: 2 ** 52, max: 2 ** 53 - 1 }));
      const op = fc.record({ kind: fc.constantFrom('claim', 'set', 'get'), key, row: fc.nat({ max: 1_000_000 }) });
      fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), fc.array(op, { maxLength: 300 }), (span, ops) => {
        const ix = new RowIndex(4);
        ix.keepNear(span);
        const map = new Map<number, number>();
        for (const { kind, key: k, row } of ops) {
          if (kind === 'get') expect(ix.get(k)).toBe(map.get(k) ?? -1);
          else if (kind === 'set') { ix.set(k, row); map.set(k, row); }
          else { expect(ix.claim(k, row)).toBe(map.get(k) ?? -1); if (!map.has(k)) map.set(k, row); }
        }
        expect(ix.size).toBe(map.size);
        for (const [k, row] of map) expect(ix.get(k)).toBe(row);
      }), { numRuns: 300 });
    });

    it('keeps every row when whole spans are taken, as a wide sheet\'s every figure takes them, and grows past its capacity', () => {
      const span = 300;
      const ix = new RowIndex(16);
      ix.keepNear(span);
      const keys: number[] = [];
      for (let b = 0; b < 400; b++) for (let w = 0; w < span; w++) keys.push((b * 7919 + 3) * span + w);
      keys.forEach((k, r) => expect(ix.claim(k, r)).toBe(-1));
      expect(ix.size).toBe(keys.length);
      keys.forEach((k, r) => expect(ix.get(k)).toBe(r));
      expect(ix.get(keys[keys.length - 1] + 1)).toBe(-1);
    });

    it('is set on an empty index only: keys set before would be looked for in the wrong place', () => {
      const ix = new RowIndex();
      ix.set(5, 1);
      expect(() => ix.keepNear(10)).toThrow(/not empty/);
      ix.clear();
      ix.keepNear(10);
      ix.set(5, 2);
      expect(ix.get(5)).toBe(2);
    });
  });
});
