// A file's records as a table: header names and rows of cells with their line numbers,
// whether the file was CSV or JSON. The record readers only ever see this shape.
import type { Problem } from './types';
import { parseCsv, type LineNumbering } from './csv';
import { jsonErrorOffset } from './jsonError';

export type Cell = string | number | boolean | null | undefined;

export interface TableRow {
  line: number;
  cells: Cell[];
  /** The file's column (1-based) of each cell, where cells were rearranged (a melted wide table). */
  columns?: number[];
}

/** A table's rows: an array, or a CSV file's rows, split into cells as they are read (CsvRows). */
export interface Rows<R extends TableRow = TableRow> extends Iterable<R> {
  readonly length: number;
  at(index: number): R | undefined;
  slice(start?: number, end?: number): Rows<R>;
  map<U>(f: (row: R, index: number) => U): U[];
}

export interface Table {
  file: string;
  /** The key of the JSON array it came from (`observations`), or null for CSV / a bare array. */
  jsonKey: string | null;
  header: string[];
  headerLine: number;
  rows: Rows;
  /** CSV: a row with more cells than the header is reported, not guessed at. */
  strictWidth: boolean;
  /** The texts of title rows above the header (`BÁO CÁO … QUÝ III/2025`), one per row. */
  preamble?: string[];
}

export function csvTable(file: string, text: string, knownHeaders: ReadonlySet<string>, names?: ReadonlySet<string>, numbering: LineNumbering | null = null): { table: Table; problems: Problem[] } {
  const csv = parseCsv(file, text, knownHeaders, names, numbering);
  return {
    table: { file, jsonKey: null, header: csv.header, headerLine: csv.headerLine, rows: csv.rows, strictWidth: true, preamble: csv.preamble },
    problems: csv.problems,
  };
}

/** Lines where each record of each top-level array starts, found by one scan of the text. */
function recordLines(text: string): { root: number[]; keyed: Map<string, number[]> } {
  const root: number[] = [];
  const keyed = new Map<string, number[]>();
  const stack: string[] = [];
  let line = 1;
  let lastString = '';
  let key = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') j++;
        else if (text[j] === '\n') line++;
        j++;
      }
      lastString = text.slice(i + 1, j);
      i = j;
    } else if (c === ':' && stack.length === 1 && stack[0] === '{') key = lastString;
    else if (c === '{' || c === '[') {
      if (c === '{' && stack.length === 1 && stack[0] === '[') root.push(line);
      if (c === '{' && stack.length === 2 && stack[0] === '{' && stack[1] === '[') {
        const list = keyed.get(key) ?? [];
        list.push(line);
        keyed.set(key, list);
      }
      stack.push(c);
    } else if (c === '}' || c === ']') stack.pop();
  }
  return { root, keyed };
}

function jsonErrorPlace(text: string, error: unknown): { line: number; column: number; message: string } {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  const offset = Math.max(0, jsonErrorOffset(text));
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), message };
}

function toTable(file: string, jsonKey: string | null, records: unknown[], lines: number[]): { table: Table; problems: Problem[] } {
  const problems: Problem[] = [];
  const header: string[] = [];
  const index = new Map<string, number>();
  const flat: { line: number; record: Record<string, Cell> }[] = [];
  records.forEach((r, i) => {
    const line = lines[i] ?? 1;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      problems.push({ severity: 'error', file, line, column: 1, code: 'json-record', message: `record ${i + 1}${jsonKey ? ` of "${jsonKey}"` : ''} is not an object; it was skipped` });
      return;
    }
    const record: Record<string, Cell> = {};
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
      // `dims: { level: "huyen" }` is the same as a `level` column.
      if ((k === 'dims' || k === 'dimensions') && v && typeof v === 'object' && !Array.isArray(v)) {
        for (const [dk, dv] of Object.entries(v as Record<string, unknown>)) record[dk] = cellOf(dv);
      } else record[k] = cellOf(v);
    }
    for (const k of Object.keys(record)) if (!index.has(k)) { index.set(k, header.length); header.push(k); }
    flat.push({ line, record });
  });
  const rows = flat.map(({ line, record }) => {
    const cells: Cell[] = new Array(header.length).fill(null);
    for (const [k, v] of Object.entries(record)) cells[index.get(k)!] = v;
    return { line, cells };
  });
  return { table: { file, jsonKey, header, headerLine: lines[0] ?? 1, rows, strictWidth: false }, problems };
}

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** A JSON dataset: `{units, indicators, observations, targets}` or a bare array of observations. */
export function jsonTables(file: string, text: string): { tables: Table[]; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPlace(text, error);
    return { tables: [], problems: [{ severity: 'error', file, line: at.line, column: at.column, code: 'json-syntax', message: `not valid JSON: ${at.message}` }] };
  }
  const lines = recordLines(text);
  if (Array.isArray(data)) {
    const { table, problems } = toTable(file, null, data, lines.root);
    return { tables: [table], problems };
  }
  if (data && typeof data === 'object') {
    const tables: Table[] = [];
    const problems: Problem[] = [];
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (!Array.isArray(value)) continue;
      const t = toTable(file, key, value, lines.keyed.get(key) ?? []);
      tables.push(t.table);
      for (const p of t.problems) problems.push(p);
    }
    if (tables.length === 0) problems.push({ severity: 'error', file, line: 1, column: 1, code: 'json-shape', message: 'the JSON has no array of records: expected {"observations": [...]} (and optionally units, indicators, targets) or a bare array of observations' });
    return { tables, problems };
  }
  return { tables: [], problems: [{ severity: 'error', file, line: 1, column: 1, code: 'json-shape', message: 'the JSON is a single value, not a dataset: expected an object of arrays or an array of observations' }] };
}
