// A file of more text than one string can hold is refused with a message that says so and what to
// do, as a problem at 1:1, instead of the decoder's own error (or a crash in data:check). The limit
// is V8's; the tests use a smaller one (decode's `maxChars`).
import { describe, expect, it } from 'vitest';
import { decode, MAX_TEXT_CHARS } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const b = new Uint8Array(2 + s.length * 2);
  b[0] = 0xff; b[1] = 0xfe;
  for (let i = 0; i < s.length; i++) { b[2 + 2 * i] = s.charCodeAt(i) & 0xff; b[3 + 2 * i] = s.charCodeAt(i) >> 8; }
  return b;
}

describe('decode: a file of more characters than a text holds', () => {
  it('is refused with file-too-large at 1:1, its size and what to do', () => {
    const d = decode('ca-nuoc.csv', utf8('a'.repeat(150)), 100);
    expect(d.text).toBeNull();
    expect(d.problems).toEqual([{
      severity: 'error', file: 'ca-nuoc.csv', line: 1, column: 1, code: 'file-too-large',
      message: 'ca-nuoc.csv is 0 MB: 150 characters of text, more than one file can be read as (100). Split it: one file per province, listed in an index.json as a partitioned dataset (README, "Partitioned datasets"); a list of dossiers is made into figures by npm run aggregate.',
    }]);
  });

  it('counts characters, not bytes: Vietnamese text of more bytes than the limit but fewer characters is read', () => {
    const text = 'Xã Xuân Lương,Tỉnh Bắc Ninh\n'.repeat(3);
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThan(text.length);
    expect(decode('x.csv', bytes, text.length)).toEqual({ text, problems: [] });
    expect(decode('x.csv', bytes, text.length - 1).problems.map((p) => p.code)).toEqual(['file-too-large']);
  });

  it('a character of four UTF-8 bytes is two UTF-16 units; a UTF-16 file is two bytes a character', () => {
    expect(decode('x.csv', utf8('a😀'), 3).text).toBe('a😀');
    expect(decode('x.csv', utf8('a😀'), 2).problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(decode('x.csv', utf16le('đơn vị'), 6).text).toBe('đơn vị');
    expect(decode('x.csv', utf16le('đơn vị'), 5).problems.map((p) => p.code)).toEqual(['file-too-large']);
  });

  it('the limit is no more than the engine holds: one character more does not fit in a string', () => {
    expect(() => 'a'.repeat(MAX_TEXT_CHARS + 1)).toThrow(RangeError);
  });
});
