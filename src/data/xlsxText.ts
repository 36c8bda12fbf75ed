// The text of a workbook's small parts (the workbook, its shared strings, its styles) and of an
// inline string: XML entities and <t> runs. The sheets themselves are read from their bytes
// (xlsxSheet.ts).

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

// An attribute's pattern, made once per name.
const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's value in a tag's text (`name="…"` after a space), unescaped; null without it. */
export function attr(tag: string, name: string): string | null {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = pattern.exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** Text of an <si> or <is>: all its <t> runs (rich text), without phonetic runs. */
export function textOf(xml: string): string {
  let out = '';
  const clean = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const m of clean.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

/**
 * The namespace prefix of a part's root element (`x` of `<x:worksheet xmlns:x="…">`, as the Open
 * XML SDK writes a workbook), or '' where it has none (as Excel writes it). From the part's
 * first characters.
 */
export function rootPrefix(head: string): string {
  const m = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*):[A-Za-z_]/.exec(head);
  return m ? m[1] : '';
}

/** A part's text with its root's prefix taken off every element (`<x:sheet>` → `<sheet>`): the
 * names the patterns look for. Unchanged where the root has none. */
export function unprefixed(xml: string): string {
  return withoutPrefix(xml, rootPrefix(xml.slice(0, 4096)));
}

/** Text with `prefix` taken off every element (`<x:t>` → `<t>`); unchanged for ''. */
export function withoutPrefix(xml: string, prefix: string): string {
  return prefix === '' ? xml : xml.replace(new RegExp(`<(/?)${prefix.replace(/[.]/g, '\\.')}:`, 'g'), '<$1');
}
