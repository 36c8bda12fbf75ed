// Excel workbooks (.xlsx), read directly: provinces keep their figures in spreadsheets, and a
// "save as CSV" step loses nothing but patience. Each sheet with data is a table; a cell's place
// is its row number and column (A = 1), so problems point where the user looks in Excel.
// Numbers are taken as stored (exact, like JSON numbers); a cell formatted as a percentage holds
// 0,9914 for 99,14% and is read as 99.14; a date cell becomes dd/mm/yyyy (a period).
import { strFromU8, unzipSync } from 'fflate';
import type { Problem } from './types';
import type { Cell, Table, TableRow } from './table';
import { bestHeader } from './csv';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

// An attribute's pattern, made once per name (not once per cell: a sheet has a million cells).
const ATTRIBUTES = new Map<string, RegExp>();

function attr(tag: string, name: string): string | null {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = pattern.exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** Text of an <si> or <is>: all its <t> runs (rich text), without phonetic runs. */
function textOf(xml: string): string {
  let out = '';
  const clean = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const m of clean.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) => textOf(m[1] ?? ''));
}

type Format = 'percent' | 'date' | 'general';

/** The number format of each cell style: percent (built-in 9, 10 or a code with %), date, or general. */
function styleFormats(xml: string | undefined): Format[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*\/?>/g)) custom.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '');
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*\/?>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    if (id === 9 || id === 10) return 'percent';
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return 'date';
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\\./g, '');
    if (code.includes('%')) return 'percent';
    if (/[dy]/i.test(code.replace(/\[[^\]]*\]/g, ''))) return 'date';
    return 'general';
  });
}

/** A cell reference's column: `AB12` → 27. */
function columnIndex(ref: string): number {
  let end = ref.length;
  while (end > 0 && ref.charCodeAt(end - 1) >= 48 && ref.charCodeAt(end - 1) <= 57) end--;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = ref.charCodeAt(i);
    n = n * 26 + ((c >= 97 && c <= 122 ? c - 32 : c) - 64);
  }
  return n - 1;
}

/** Excel's serial day (1900 system) as dd/mm/yyyy. */
function excelDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** 0.9914 × 100 without binary noise (99.14, not 99.14000000000001). */
const percentOf = (v: number) => Number((v * 100).toPrecision(12));

function sheetRows(xml: string, strings: string[], formats: Format[]): TableRow[] {
  const rows: TableRow[] = [];
  let nextRow = 1;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attr(rm[0], 'r') ?? nextRow);
    nextRow = line + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const open = `<c${cm[1]}>`;
      const ref = attr(open, 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = attr(open, 't') ?? 'n';
      const body = cm[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let cell: Cell = null;
      if (type === 's') cell = v === undefined ? null : strings[Number(v)] ?? '';
      else if (type === 'inlineStr') cell = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'str' || type === 'e') cell = v === undefined ? null : unescapeXml(v);
      else if (type === 'b') cell = v === '1' ? 'TRUE' : 'FALSE';
      else if (v !== undefined) {
        const n = Number(v);
        const format = formats[Number(attr(open, 's') ?? 0)] ?? 'general';
        cell = !Number.isFinite(n) ? v : format === 'percent' ? percentOf(n) : format === 'date' ? excelDate(n) : n;
      }
      cells[col] = cell;
    }
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ line, cells });
  }
  return rows;
}

function resolvePath(target: string): string {
  const t = target.replace(/^\//, '');
  return t.startsWith('xl/') ? t : `xl/${t}`;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sheets of a workbook as tables, or null when the bytes are not an .xlsx workbook. */
export function xlsxTables(file: string, bytes: Uint8Array, knownHeaders: ReadonlySet<string>, names: ReadonlySet<string> = new Set()): { tables: Table[]; problems: Problem[] } | null {
  let zip: Record<string, Uint8Array>;
  try {
    zip = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') && f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch {
    return null;
  }
  const text = (path: string) => (zip[path] ? strFromU8(zip[path]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) return null;
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*\/?>/g)) rels.set(attr(m[0], 'Id') ?? '', attr(m[0], 'Target') ?? '');
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const formats = styleFormats(text('xl/styles.xml'));
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\/?>/g)].map((m) => ({ name: attr(m[0], 'name') ?? 'Sheet', target: rels.get(attr(m[0], 'r:id') ?? '') }));

  const problems: Problem[] = [];
  const tables: Table[] = [];
  const withData = sheets
    .map((s) => {
      // Each sheet's text made once: it is the workbook's largest part (tens of MB for 100,000 rows).
      const xml = s.target ? text(resolvePath(s.target)) : undefined;
      return { ...s, rows: xml ? sheetRows(xml, strings, formats) : [] };
    })
    .filter((s) => s.rows.length > 0);
  for (const s of withData) {
    const name = withData.length === 1 ? file : `${file} [${s.name}]`;
    // The header: the first row with the most names we know (a title may sit above it), as for CSV.
    const lines = s.rows.slice(0, 20).map((r) => r.cells.map((c) => (typeof c === 'string' ? c.replace(/[\t"]/g, ' ') : '')).join('\t'));
    const found = bestHeader(lines, '\t', knownHeaders, names);
    const headerAt = found.header ? found.index : 0;
    if (headerAt > 0) {
      problems.push({ severity: 'info', file: name, line: s.rows[0].line, column: 1, code: 'rows-above-header', message: `rows ${s.rows[0].line}–${s.rows[headerAt - 1].line} above the header (row ${s.rows[headerAt].line}) were skipped: ${JSON.stringify(String(s.rows[0].cells.find((c) => c !== null) ?? '').slice(0, 60))}` });
    }
    const head = s.rows[headerAt];
    tables.push({
      file: name, jsonKey: null, header: head.cells.map((c) => (c === null || c === undefined ? '' : String(c).trim())),
      headerLine: head.line, rows: s.rows.slice(headerAt + 1), strictWidth: false,
      preamble: s.rows.slice(0, headerAt).map((r) => r.cells.filter((c) => c !== null && c !== undefined && String(c).trim() !== '').join(' ')).filter(Boolean),
    });
  }
  if (tables.length === 0) problems.push({ severity: 'error', file, line: 1, column: 1, code: 'empty-file', message: `${file} is a workbook with no filled cells` });
  return { tables, problems };
}
