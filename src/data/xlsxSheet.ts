// A worksheet's rows, read from its XML's bytes. A whole country's sheet is hundreds of MB of XML
// (333 MB for a million rows of nine columns): made into one string first, it took 4.5 s to decode
// and as much again to match with regular expressions, and twice its size in memory. Here the
// bytes are scanned for the tags a sheet's cells are in (<row>, <c>, <v>, <is>), and only what a
// cell holds becomes text: a number's digits, a string's UTF-8.
//
// What is read is what the regular expressions read (`<row\b…>…</row>`, `<c\b…>…</c>`, the first
// <v>…</v> in a cell; xlsxSheet.test.ts holds both to the same rows), except that a row's number
// is taken from its own tag only: a row without one is the one after the last, where the pattern
// took the first cell's reference ("A5") and made the row number NaN.
import type { Cell, TableRow } from './table';
import { textOf, unescapeXml, withoutPrefix } from './xlsxText';

export type Format = 'percent' | 'date' | 'general';

const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const AMP = 0x26;
const utf8 = new TextDecoder();

/** A regular expression's word character: what `\b` after a tag's name must not be followed by. */
const isWord = (b: number) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95;
/** A regular expression's `\s`, within ASCII. */
const isSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The tags a sheet's cells are in, with the sheet's namespace prefix (`x:`, or none). */
function tagsOf(prefix: string) {
  const p = prefix === '' ? '' : `${prefix}:`;
  return {
    row: bytesOf(`<${p}row`), rowEnd: bytesOf(`</${p}row>`), cell: bytesOf(`<${p}c`), cellEnd: bytesOf(`</${p}c>`),
    v: bytesOf(`<${p}v>`), vEnd: bytesOf(`</${p}v>`), is: bytesOf(`<${p}is>`), isEnd: bytesOf(`</${p}is>`),
    // An inline string's runs, as textOf reads them (<t>, <r>, <rPh>).
    inline: (s: string) => withoutPrefix(s, prefix),
  };
}
type Tags = ReturnType<typeof tagsOf>;
const PLAIN_TAGS = tagsOf('');

/** Where `what` starts in xml[from, to), or -1. A loop of our own: the distances are short (a
 * cell's tags), where a native indexOf per '<' cost more than it saved. */
function find(xml: Uint8Array, what: Uint8Array, from: number, to: number): number {
  const last = to - what.length;
  const first = what[0];
  outer: for (let at = from; at <= last; at++) {
    if (xml[at] !== first) continue;
    for (let k = 1; k < what.length; k++) if (xml[at + k] !== what[k]) continue outer;
    return at;
  }
  return -1;
}

/** Where a tag named `name` (`<row`, `<c`, not `<rows`, `<col`) starts in xml[from, to), or -1. */
function findTag(xml: Uint8Array, name: Uint8Array, from: number, to: number): number {
  for (let at = find(xml, name, from, to); at >= 0; at = find(xml, name, at + 1, to)) {
    const next = at + name.length;
    if (next >= to || !isWord(xml[next])) return at;
  }
  return -1;
}

/** The text of xml[from, to): ASCII made directly, anything else decoded as UTF-8. */
function text(xml: Uint8Array, from: number, to: number): string {
  if (to - from <= 48) {
    let s = '';
    for (let k = from; k < to; k++) {
      const b = xml[k];
      if (b >= 0x80) return utf8.decode(xml.subarray(from, to));
      s += String.fromCharCode(b);
    }
    return s;
  }
  return utf8.decode(xml.subarray(from, to));
}

/** The value's place of attribute `name` (one letter) in a tag's attributes xml[from, to): the
 * first ` name="…"`, as `\sname="([^"]*)"` finds it. [start, end], or null. Tags are short: the
 * bytes are looked at one by one, never past the tag. */
function attrAt(xml: Uint8Array, name: number, from: number, to: number): [number, number] | null {
  for (let at = from + 1; at + 2 < to; at++) {
    if (xml[at] !== name || !isSpace(xml[at - 1]) || xml[at + 1] !== 0x3d || xml[at + 2] !== QUOTE) continue;
    for (let end = at + 3; end < to; end++) if (xml[end] === QUOTE) return [at + 3, end];
    return null;
  }
  return null;
}

/** An attribute's value as text (unescaped), or null. */
function attrText(xml: Uint8Array, name: number, from: number, to: number): string | null {
  const at = attrAt(xml, name, from, to);
  return at ? unescapeXml(text(xml, at[0], at[1])) : null;
}

/** A whole number written plainly (`-`, then 1 to 15 digits) in xml[from, to), or NaN: exactly
 * what Number() makes of those digits, without making them a string. */
function plainInteger(xml: Uint8Array, from: number, to: number): number {
  let k = from;
  const negative = xml[k] === 0x2d;
  if (negative) k++;
  if (k === to || to - k > 15) return Number.NaN;
  let n = 0;
  for (; k < to; k++) {
    const d = xml[k] - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

/** A cell reference's column from its bytes: `AB12` → 27 (0-based), as columnIndex reads its text. */
function columnAt(xml: Uint8Array, from: number, to: number): number {
  let end = to;
  while (end > from && xml[end - 1] >= 48 && xml[end - 1] <= 57) end--;
  let n = 0;
  for (let k = from; k < end; k++) {
    const c = xml[k];
    n = n * 26 + ((c >= 97 && c <= 122 ? c - 32 : c) - 64);
  }
  return n - 1;
}

/** A reference written with an entity (`&#65;1`), once unescaped: the same rule on its text. */
const columnOfText = (ref: string) => columnAt(bytesOf(ref), 0, ref.length);

/** Excel's serial day (1900 system) as dd/mm/yyyy. */
export function excelDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** 0.9914 × 100 without binary noise (99.14, not 99.14000000000001). */
const percentOf = (v: number) => Number((v * 100).toPrecision(12));

/** A tag opened at `at` and its element: the index of the tag's '>' (-1: none before `to`),
 * whether the tag closes itself, and where the body ends, the index of `close` (-1: self-closing,
 * or no `close` ending before `closeTo`). One rule for a row and for a cell. */
function element(xml: Uint8Array, at: number, nameLength: number, close: Uint8Array, to: number, closeTo = to): { tagEnd: number; selfClosing: boolean; bodyEnd: number } {
  const tagEnd = xml.indexOf(GT, at + nameLength);
  if (tagEnd < 0 || tagEnd >= to) return { tagEnd: -1, selfClosing: false, bodyEnd: -1 };
  // A name ends in a letter, so a '/' before the '>' is never the name's own.
  const selfClosing = xml[tagEnd - 1] === SLASH;
  return { tagEnd, selfClosing, bodyEnd: selfClosing ? -1 : find(xml, close, tagEnd + 1, closeTo) };
}

/** Whether xml[from, to) holds an entity (`&`). */
function hasEntity(xml: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (xml[k] === AMP) return true;
  return false;
}

/** One cell's value from its tag's attributes xml[from, tagEnd) and its body [bodyStart, bodyEnd). */
function cellValue(xml: Uint8Array, from: number, tagEnd: number, bodyStart: number, bodyEnd: number, strings: readonly string[], formats: readonly Format[], tags: Tags): Cell {
  const t = attrAt(xml, 0x74, from, tagEnd);
  const type = t === null ? 'n' : unescapeXml(text(xml, t[0], t[1]));
  if (type === 'inlineStr') {
    const is = find(xml, tags.is, bodyStart, bodyEnd);
    const isEnd = is < 0 ? -1 : find(xml, tags.isEnd, is + tags.is.length, bodyEnd);
    return textOf(isEnd < 0 ? '' : tags.inline(text(xml, is + tags.is.length, isEnd)));
  }
  const v = find(xml, tags.v, bodyStart, bodyEnd);
  const vEnd = v < 0 ? -1 : find(xml, tags.vEnd, v + tags.v.length, bodyEnd);
  // No value: a boolean is FALSE (as `v === '1'` said of none), anything else empty.
  if (vEnd < 0) return type === 'b' ? 'FALSE' : null;
  const vFrom = v + tags.v.length;
  if (type === 's') {
    const k = plainInteger(xml, vFrom, vEnd);
    return strings[Number.isNaN(k) ? Number(text(xml, vFrom, vEnd)) : k] ?? '';
  }
  if (type === 'str' || type === 'e') return unescapeXml(text(xml, vFrom, vEnd));
  if (type === 'b') return vEnd - vFrom === 1 && xml[vFrom] === 0x31 ? 'TRUE' : 'FALSE';
  let n = plainInteger(xml, vFrom, vEnd);
  let raw: string | null = null;
  if (Number.isNaN(n)) { raw = text(xml, vFrom, vEnd); n = Number(raw); }
  if (!Number.isFinite(n)) return raw;
  const s = attrAt(xml, 0x73, from, tagEnd);
  let style = 0;
  if (s) {
    style = plainInteger(xml, s[0], s[1]);
    if (Number.isNaN(style)) style = Number(unescapeXml(text(xml, s[0], s[1])));
  }
  const format = formats[style] ?? 'general';
  return format === 'percent' ? percentOf(n) : format === 'date' ? excelDate(n) : n;
}

/** Where the last `what` starts in xml, or -1. */
function findLast(xml: Uint8Array, what: Uint8Array): number {
  for (let at = xml.lastIndexOf(what[0]); at >= 0; at = at > 0 ? xml.lastIndexOf(what[0], at - 1) : -1) {
    let k = 1;
    while (k < what.length && xml[at + k] === what[k]) k++;
    if (k === what.length) return at;
  }
  return -1;
}

/** The rows of a sheet with a filled cell, each cell at its column, in the sheet's order. `prefix`:
 * the namespace prefix its elements carry (xlsxText.ts rootPrefix), if any. */
export function sheetRows(xml: Uint8Array, strings: readonly string[], formats: readonly Format[], prefix = ''): TableRow[] {
  const tags = prefix === '' ? PLAIN_TAGS : tagsOf(prefix);
  const { row: ROW, rowEnd: ROW_END, cell: CELL, cellEnd: CELL_END } = tags;
  const rows: TableRow[] = [];
  const size = xml.length;
  // A row that is not closed by a </row> is no row (unless it closes itself): none after the last.
  const lastRowEnd = findLast(xml, ROW_END);
  let nextRow = 1;
  for (let at = findTag(xml, ROW, 0, size); at >= 0;) {
    // Its </row> looked for only up to the last one: a sheet's every row after it is unclosed.
    const { tagEnd, selfClosing, bodyEnd } = element(xml, at, ROW.length, ROW_END, size, lastRowEnd + ROW_END.length);
    if (tagEnd < 0) break;
    if (!selfClosing && bodyEnd < 0) { at = findTag(xml, ROW, at + 1, size); continue; }
    const r = attrText(xml, 0x72, at + ROW.length - 1, tagEnd);
    const line = r === null ? nextRow : Number(r);
    nextRow = line + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (let c = selfClosing ? -1 : findTag(xml, CELL, tagEnd + 1, bodyEnd); c >= 0;) {
      const cell = element(xml, c, CELL.length, CELL_END, bodyEnd);
      if (cell.tagEnd < 0 || (!cell.selfClosing && cell.bodyEnd < 0)) { c = findTag(xml, CELL, c + 1, bodyEnd); continue; }
      const attrsFrom = c + CELL.length - 1;
      const ref = attrAt(xml, 0x72, attrsFrom, cell.tagEnd);
      const col = !ref ? nextCol : hasEntity(xml, ref[0], ref[1]) ? columnOfText(unescapeXml(text(xml, ref[0], ref[1]))) : columnAt(xml, ref[0], ref[1]);
      nextCol = col + 1;
      const bodyStart = cell.tagEnd + 1;
      cells[col] = cellValue(xml, attrsFrom, cell.tagEnd, bodyStart, cell.bodyEnd < 0 ? bodyStart : cell.bodyEnd, strings, formats, tags);
      c = findTag(xml, CELL, cell.bodyEnd < 0 ? bodyStart : cell.bodyEnd + CELL_END.length, bodyEnd);
    }
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ line, cells });
    at = findTag(xml, ROW, selfClosing ? tagEnd + 1 : bodyEnd + ROW_END.length, size);
  }
  return rows;
}
