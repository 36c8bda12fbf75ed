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

/** Levenshtein distance: insertions, deletions and substitutions, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * The same text, in a string of its own. V8 keeps a piece of 13 or more characters cut from a
 * text (a CSV cell) as a view into the whole: one such cell kept (a unit's name, a source) keeps
 * the whole file's text alive, 160 MB for a million rows. Strings the dataset keeps are made
 * their own with this, once per distinct text.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : text.split('').join('');
}
