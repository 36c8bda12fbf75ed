// Excel workbooks (.xlsx), read directly: provinces keep their figures in spreadsheets, and a
// "save as CSV" step loses nothing but patience. Each sheet with data is a table; a cell's place
// is its row number and column (A = 1), so problems point where the user looks in Excel.
// Numbers are taken as stored (exact, like JSON numbers); a cell formatted as a percentage holds
// 0,9914 for 99,14% and is read as 99.14; a date cell becomes dd/mm/yyyy (a period).
import { strFromU8, unzipSync } from 'fflate';
import type { Problem } from './types';
import type { Table } from './table';
import { bestHeader } from './csv';
import { attr, rootPrefix, textOf, unprefixed } from './xlsxText';
import { sheetRows, type Format } from './xlsxSheet';

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) => textOf(m[1] ?? ''));
}

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
  // Each part as text, its elements' prefix taken off (a workbook the Open XML SDK wrote names them
  // <x:sheet>, <x:row>, <x:c>: Excel opens it, and so must we).
  const text = (path: string) => (zip[path] ? unprefixed(strFromU8(zip[path])) : undefined);
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
      // A sheet is read from its bytes (xlsxSheet.ts): it is the workbook's largest part, some
      // 330 MB of XML for a million rows.
      const xml = s.target ? zip[resolvePath(s.target)] : undefined;
      return { ...s, rows: xml ? sheetRows(xml, strings, formats, rootPrefix(strFromU8(xml.subarray(0, 4096), true))) : [] };
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
