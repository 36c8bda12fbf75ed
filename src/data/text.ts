// Text helpers for matching what people type against what we expect.

/** Lower-case, without diacritics (đ → d), whitespace collapsed: `Quý I` and `quy i` fold alike. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .trim();
}

/** A header or dimension name as a key: folded, spaces and dashes as `_`. */
export function keyOf(text: string): string {
  return fold(text).replace(/[\s\-.]+/g, '_');
}
