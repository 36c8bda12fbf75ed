// Lines counted four bytes at a time, and as a file's bytes come: each answer is a byte at a
// time's, for any bytes, any view of a buffer, and any parts they come in.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLines, hasLoneCr, LineScan, linesBefore, factsFor } from './lineScan';

const bytes = (s: string) => new TextEncoder().encode(s);
const naiveLines = (b: Uint8Array, from: number, to: number) => { let n = 0; for (let i = from; i < to; i++) if (b[i] === 10) n++; return n; };
const naiveLoneCr = (b: Uint8Array) => { for (let i = 0; i < b.length; i++) if (b[i] === 13 && b[i + 1] !== 10) return true; return false; };
/** Text of line ends of every kind, a CR alone sometimes, and letters of one to three bytes. */
const lineText = fc.array(fc.oneof(fc.constantFrom('a', 'bc', '\r\n', '\n', '\u1ea1', '\n\n'), fc.constant('\r')), { maxLength: 80 }).map((parts) => parts.join(''));

describe('countLines (four bytes at a time)', () => {
  it('counts the LF bytes of any span of any view, as a byte at a time does', () => {
    const naive = (b: Uint8Array, from: number, to: number) => { let n = 0; for (let i = from; i < to; i++) if (b[i] === 10) n++; return n; };
    fc.assert(fc.property(
      fc.uint8Array({ maxLength: 200 }).map((a) => a.map((x) => (x % 3 === 0 ? 10 : x))), fc.nat(7), fc.nat(), fc.nat(),
      (bytes, offset, x, y) => {
        // A view that starts anywhere in its buffer (words are read from aligned places only).
        const buffer = new Uint8Array(bytes.length + offset);
        buffer.set(bytes, offset);
        const view = buffer.subarray(offset);
        const from = bytes.length ? x % (bytes.length + 1) : 0;
        const to = bytes.length ? y % (bytes.length + 1) : 0;
        expect(countLines(view, from, to)).toBe(naive(view, from, to));
      },
    ), { numRuns: 2000 });
    expect(countLines(bytes('a\nb\n\n'), 0, 5)).toBe(3);
  });
});

describe('hasLoneCr (four bytes at a time)', () => {
  it('finds a CR that no LF follows anywhere in any view, as a byte at a time does', () => {
    const naive = naiveLoneCr;
    fc.assert(fc.property(
      // Mostly CRLF and LF line ends, sometimes a CR alone, at any place of a word.
      fc.array(fc.oneof(fc.constantFrom('a', 'bc', '\r\n', '\n', '\u1ea1'), fc.constant('\r')), { maxLength: 60 }), fc.nat(7),
      (parts, offset) => {
        const bytes = new TextEncoder().encode(parts.join(''));
        const buffer = new Uint8Array(bytes.length + offset);
        buffer.set(bytes, offset);
        const view = buffer.subarray(offset);
        expect(hasLoneCr(view)).toBe(naive(view));
      },
    ), { numRuns: 2000 });
    expect(hasLoneCr(bytes('a\r\nb\r\n'))).toBe(false);
    expect(hasLoneCr(bytes('a\r\nb\rc\n'))).toBe(true);
    expect(hasLoneCr(bytes('abc\r'))).toBe(true);
  });
});

describe('LineScan: a file\'s lines counted as its bytes come', () => {
  it('numbers every place of the file as counting from its start does, whatever parts the bytes came in', () => {
    fc.assert(fc.property(lineText, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 9 }), (text, cuts, block) => {
      const b = bytes(text);
      // The parts as a body brings them: ends in order, the last at the length.
      const ends = [...new Set(cuts.map((c) => (b.length ? c % (b.length + 1) : 0)))].sort((x, y) => x - y);
      const scan = new LineScan(b, block);
      for (const end of ends) scan.advance(end);
      const facts = scan.finish(b.length);
      expect(facts.loneCr).toBe(naiveLoneCr(b));
      for (let at = 0; at <= b.length; at++) expect(linesBefore(b, facts, at)).toBe(naiveLines(b, 0, at));
    }), { numRuns: 500 });
  });

  it('judges a CR at the end of a part by the next part\'s first byte', () => {
    const b = bytes('a\r\nb');
    const scan = new LineScan(b);
    scan.advance(2);
    expect(scan.finish(b.length).loneCr).toBe(false);
    const alone = bytes('a\rb');
    const s2 = new LineScan(alone);
    s2.advance(2);
    expect(s2.finish(alone.length).loneCr).toBe(true);
    // A CR as the last byte is alone.
    expect(new LineScan(bytes('a\n\r')).finish(3).loneCr).toBe(true);
  });

  it('facts are for bytes of their length only', () => {
    const b = bytes('a\nb\n');
    const facts = new LineScan(b).finish(b.length);
    expect(factsFor(b, facts)).toBe(facts);
    expect(factsFor(b.subarray(0, 3), facts)).toBeNull();
    expect(factsFor(b, undefined)).toBeNull();
  });
});
