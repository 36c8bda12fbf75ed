// Input files → something DuckDB reads fast, with every row's line in its source file.
// CSV without a quote character or an empty line (what one-stop systems export): DuckDB reads the
// file itself, in parallel and in order, so the k-th record is on the k-th line below the header
// (checked: DuckDB must return every record and reject none). Any other CSV
// (quoted cells, perhaps spanning lines): a byte scan reads it as RFC 4180 says and writes a copy
// that starts each record with its line (`line;cells…`), blank lines and unreadable records
// (reported) left out, short records padded. .xlsx: the repo's own reader (src/data/xlsx.ts),
// each sheet written as such a copy. Parquet: read as it is (its row number is the line).
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../data/types';
import { xlsxTables, isZip } from '../../data/xlsx';
import { type Field, KNOWN_DOSSIER_HEADERS, knownCount, mapHeader } from './headers';
import { splitLine as splitCsvLine } from '../../data/csv';

/** One table of dossiers, ready for the staging table. */
export interface PreparedInput {
  /** The name problems are reported under (a sheet of a workbook: `file.xlsx [Sheet]`). */
  file: string;
  kind: 'csv' | 'xlsx' | 'parquet';
  header: string[];
  headerLine: number;
  /** Each field's column, 0-based. */
  columns: Map<Field, number>;
  /** A DuckDB table expression with `c0…cN` (text), and `l` (the source line) unless `direct`. */
  source: string;
  /** Records read below the header (not blank lines). */
  records: number;
  /** Cells a record may have past the header (`x0…`): all empty, or the row is too wide. */
  extra: number;
  /**
   * A CSV file DuckDB reads as it is (no quotes, no empty lines): its k-th record is on line
   * headerLine + 1 + k. Unless DuckDB returns all `records` and rejects none (`rejects`, a table
   * it fills), `fallback()` gives the exact (copied) input instead.
   */
  direct?: { rejects: string; fallback: () => PreparedFile };
}

export interface PreparedFile {
  inputs: PreparedInput[];
  problems: Problem[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Bytes → UTF-8 bytes without BOM (`transcoded` when they are not the file's own bytes), saying so when the file was not UTF-8. */
function utf8Bytes(file: string, b: Uint8Array, problems: Problem[]): { bytes: Uint8Array; transcoded: boolean } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    const text = new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(b.subarray(2));
    return { bytes: new TextEncoder().encode(text), transcoded: true };
  }
  const sample = b.subarray(0, 64 * 1024);
  if (sample.includes(0)) {
    problems.push({ severity: 'error', file, line: 1, column: 1, code: 'binary-file', message: `${file} is not a CSV, .xlsx or Parquet file (it contains NUL bytes)` });
    return null;
  }
  if (!isUtf8(b)) {
    problems.push({ severity: 'warning', file, line: 1, column: 1, code: 'not-utf8', message: `${file} is not UTF-8; it was read as Windows-1258 (old Vietnamese Excel). Check the accents, and save as "CSV UTF-8".` });
    return { bytes: new TextEncoder().encode(new TextDecoder('windows-1258').decode(b)), transcoded: true };
  }
  return { bytes: b, transcoded: false };
}

/** One line's cells, trimmed, for finding the header (the reader's splitter: quotes respected). */
const splitLine = (line: string, delim: string): string[] => splitCsvLine(line, delim).map((c) => c.trim());

/** The header: the line among the first 20 with the most dossier headers, and its delimiter. */
function findHeader(bytes: Uint8Array): { line: number; delim: string; header: string[] } {
  const text = new TextDecoder().decode(bytes.subarray(0, 256 * 1024));
  const lines = text.split(/\r?\n/).slice(0, 20);
  let best = { line: 1, delim: ',', header: splitLine(lines[0] ?? '', ','), known: -1 };
  lines.forEach((l, i) => {
    for (const d of [';', ',', '\t', '|']) {
      if (!l.includes(d)) continue;
      const cells = splitLine(l, d);
      const known = knownCount(cells);
      if (known > best.known) best = { line: i + 1, delim: d, header: cells, known };
    }
  });
  if (best.known < 2) {
    // No header we know: the first line, split by its most frequent delimiter (the mapping then says what is missing).
    const first = lines.find((l) => l.trim() !== '') ?? '';
    const delim = [';', ',', '\t', '|'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
    return { line: lines.indexOf(first) + 1, delim, header: splitLine(first, delim) };
  }
  return best;
}

/** A growing output written to a file in large chunks. */
class ChunkWriter {
  private buf = Buffer.allocUnsafe(8 << 20);
  private pos = 0;
  private fd: number;
  constructor(path: string) { this.fd = openSync(path, 'w'); }
  private room(n: number): void {
    if (this.pos + n > this.buf.length) this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  ascii(s: string): void {
    this.room(s.length);
    this.pos += this.buf.write(s, this.pos, 'latin1');
  }
  /** `line<delim>` + the record's bytes + `pad` delimiters + `\n`. */
  record(line: number, delim: number, src: Buffer, start: number, end: number, pad: number): void {
    this.room(end - start + pad + 24);
    const b = this.buf;
    let p = this.pos;
    const digits = line < 10 ? 1 : Math.floor(Math.log10(line)) + 1;
    for (let k = digits - 1, v = line; k >= 0; k--, v = Math.floor(v / 10)) b[p + k] = 48 + (v % 10);
    p += digits;
    b[p++] = delim;
    p += src.copy(b, p, start, end);
    for (let k = 0; k < pad; k++) b[p++] = delim;
    b[p++] = LF;
    this.pos = p;
  }
  flush(): void { if (this.pos > 0) writeSync(this.fd, this.buf, 0, this.pos); this.pos = 0; }
  close(): void { this.flush(); closeSync(this.fd); }
}

function duckColumns(n: number): string {
  return `{'l': 'BIGINT', ${Array.from({ length: n }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
}

/** Extra cells a record may have past the header in a file DuckDB reads directly (`a;b;c;;`). */
const EXTRA = 8;

/** A CSV dossier list → the table expression that reads it (the file itself, or an exact copy). */
export function prepareCsv(file: string, raw: Uint8Array, path: string, tmp: string, id: number): PreparedFile {
  const problems: Problem[] = [];
  const decoded = utf8Bytes(file, raw, problems);
  if (!decoded) return { inputs: [], problems };
  const { bytes } = decoded;
  if (bytes.length === 0) return { inputs: [], problems: [{ severity: 'error', file, line: 1, column: 1, code: 'empty-file', message: `${file} is empty` }] };
  const found = findHeader(bytes);
  const copy = () => copyCsv(file, bytes, tmp, id, found);
  const copied = () => { const r = copy(); return { inputs: r.inputs, problems: [...problems, ...r.problems] }; };
  // Where the header line ends. A quote anywhere but in the header line, or an empty line below
  // it, sends the file to the exact copy: then DuckDB's records are not simply the lines.
  let headerStart = 0;
  for (let l = 1; l < found.line; l++) headerStart = bytes.indexOf(LF, headerStart) + 1;
  const headerEnd = bytes.indexOf(LF, headerStart);
  if (headerEnd === -1 || bytes.subarray(0, headerStart).includes(QUOTE) || bytes.indexOf(QUOTE, headerEnd) !== -1) return copied();
  const n = bytes.length;
  let records = 0;
  for (let pos = headerEnd + 1; pos < n; ) {
    let e = bytes.indexOf(LF, pos);
    if (e === -1) e = n;
    if (e === pos || (e === pos + 1 && bytes[pos] === CR)) return copied();
    records++;
    pos = e + 1;
  }
  let target = path;
  if (decoded.transcoded) {
    target = join(tmp, `input-${id}.csv`);
    writeFileSync(target, bytes);
  }
  const width = found.header.length;
  const cols = `{${[...Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`), ...Array.from({ length: EXTRA }, (_, i) => `'x${i}': 'VARCHAR'`)].join(', ')}}`;
  const rejects = `rejects_${id}`;
  const options = `delim=${sqlString(found.delim)}, quote='"', escape='"', header=true, skip=${found.line - 1}, auto_detect=false, columns=${cols}, null_padding=true, ignore_errors=true, store_rejects=true, rejects_table='${rejects}', rejects_scan='${rejects}_scan'`;
  return {
    inputs: [{
      file, kind: 'csv', header: found.header, headerLine: found.line, columns: mapHeader(found.header), records, extra: EXTRA,
      source: `read_csv(${sqlString(target)}, ${options})`, direct: { rejects, fallback: copy },
    }],
    problems,
  };
}

/** The exact path: a byte scan reads the records as RFC 4180 says, and writes `line;cells…`. */
function copyCsv(file: string, bytes: Uint8Array, tmp: string, id: number, found: { line: number; delim: string; header: string[] }): PreparedFile {
  const problems: Problem[] = [];
  const { line: headerLine, delim, header } = found;
  const D = delim.charCodeAt(0);
  const width = header.length;
  const out = join(tmp, `copy-${id}.csv`);
  const w = new ChunkWriter(out);
  w.ascii(`l${delim}${header.map((_, i) => `c${i}`).join(delim)}\n`);
  let records = 0;
  let multiline = false;
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

  // The scan, a line at a time: a line without a quote is a record by itself (the fast path);
  // from a line with a quote, cells are read as RFC 4180 says: quotes open only at a cell's start,
  // `""` inside quotes is a quote, and a quoted cell may span lines.
  let line = 1;
  let pos = 0;
  const n = bytes.length;
  while (pos < n) {
    const recStart = pos;
    const recLine = line;
    let lf = bytes.indexOf(LF, pos);
    if (lf === -1) lf = n;
    let cells = 1;
    let cutAt = -1; // where the cell past the header's width starts
    let quoted = false;
    for (let i = pos; i < lf; i++) {
      const c = bytes[i];
      if (c === D) { if (++cells === width + 1) cutAt = i + 1; } else if (c === QUOTE) { quoted = true; break; }
    }
    let end = lf;
    let spans = false;
    if (quoted) {
      cells = 1;
      cutAt = -1;
      let inQuotes = false;
      let fieldStart = true;
      let j = recStart;
      for (; j < n; j++) {
        const c = bytes[j];
        if (inQuotes) {
          if (c === QUOTE) { if (bytes[j + 1] === QUOTE) j++; else inQuotes = false; } else if (c === LF) { line++; spans = true; }
        } else if (c === D) { if (++cells === width + 1) cutAt = j + 1; fieldStart = true; } else if (c === LF) break;
        else if (c === QUOTE && fieldStart) { inQuotes = true; fieldStart = false; } else if (c !== 0x20 && c !== CR && c !== 0x09) fieldStart = false;
      }
      if (inQuotes) {
        problems.push({ severity: 'error', file, line: recLine, column: cells, code: 'unclosed-quote', message: `a quote opened on this line is never closed: the rest of the file (${line - recLine + 1} line(s)) could not be read` });
        break;
      }
      end = j;
    }
    line++;
    pos = end + 1;
    if (recLine <= headerLine) continue;
    let e = end;
    if (e > recStart && bytes[e - 1] === CR) e--;
    // A record of empty cells only (`;;;;`, as Excel leaves them) is skipped.
    let content = quoted || e - recStart - (cells - 1) > 16;
    for (let k = recStart; !content && k < e; k++) { const c = bytes[k]; if (c !== D && c !== 0x20 && c !== 0x09) content = true; }
    if (!content) continue;
    let keepEnd = e;
    if (cells > width) {
      // Cells past the header: fine when all empty (`a;b;c;;`), else the row is not read.
      let empty = true;
      for (let k = cutAt; k < e; k++) {
        const c = bytes[k];
        if (c !== D && c !== QUOTE && c !== 0x20 && c !== 0x09) { empty = false; break; }
      }
      if (!empty) {
        problems.push({ severity: 'error', file, line: recLine, column: width + 1, code: 'row-too-wide', message: `this row has ${cells} cells but the header has ${width}; it was not read` });
        continue;
      }
      keepEnd = cutAt - 1;
    }
    records++;
    if (spans) multiline = true;
    w.record(recLine, D, src, recStart, keepEnd, cells < width ? width - cells : 0);
  }
  w.close();

  const options = `delim=${sqlString(delim)}, quote='"', escape='"', header=true, auto_detect=false, strict_mode=false, columns=${duckColumns(width)}, parallel=${multiline ? 'false' : 'true'}`;
  return {
    inputs: [{ file, kind: 'csv', header, headerLine, columns: mapHeader(header), source: `read_csv(${sqlString(out)}, ${options})`, records, extra: 0 }],
    problems,
  };
}

/** Excel's serial day (1900 system) → `dd/mm/yyyy HH:MM`. */
function excelDateTime(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const two = (x: number) => String(x).padStart(2, '0');
  const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return Number.isInteger(serial) ? day : `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

const DATE_FIELDS: ReadonlySet<Field> = new Set(['received_at', 'due_at', 'resolved_at']);

/** An .xlsx workbook: each sheet with dossiers → a prepared CSV. */
export function prepareXlsx(file: string, bytes: Uint8Array, tmp: string, id: number): PreparedFile {
  const read = xlsxTables(file, bytes, KNOWN_DOSSIER_HEADERS);
  if (!read) return { inputs: [], problems: [{ severity: 'error', file, line: 1, column: 1, code: 'not-xlsx', message: `${file} is a ZIP archive but not an Excel .xlsx workbook` }] };
  const problems = read.problems.filter((p) => p.severity !== 'info');
  const inputs: PreparedInput[] = [];
  read.tables.forEach((t, k) => {
    const columns = mapHeader(t.header);
    const dateCols = new Set([...columns].filter(([f]) => DATE_FIELDS.has(f)).map(([, i]) => i));
    const out = join(tmp, `input-${id}-${k}.csv`);
    const w = new ChunkWriter(out);
    const width = t.header.length;
    w.ascii(`l,${t.header.map((_, i) => `c${i}`).join(',')}\n`);
    for (const row of t.rows) {
      const cells = Array.from({ length: width }, (_, i) => {
        const c = row.cells[i];
        if (c === null || c === undefined) return '';
        const s = typeof c === 'number' && dateCols.has(i) ? excelDateTime(c) : String(c);
        return `"${s.replace(/"/g, '""')}"`;
      });
      w.bytes(Buffer.from(`${row.line},${cells.join(',')}\n`));
    }
    w.close();
    inputs.push({
      file: t.file, kind: 'xlsx', header: t.header, headerLine: t.headerLine, columns, records: t.rows.length, extra: 0,
      source: `read_csv(${sqlString(out)}, delim=',', quote='"', escape='"', header=true, auto_detect=false, strict_mode=false, columns=${duckColumns(width)}, parallel=false)`,
    });
  });
  return { inputs, problems };
}

/** Parquet: DuckDB reads it as it is; a row's "line" is its position + 1 (line 1 being the header, as in a CSV). */
export function prepareParquet(file: string, path: string, names: string[]): PreparedFile {
  const cols = names.map((n, i) => `CAST(${quoteIdent(n)} AS VARCHAR) AS c${i}`).join(', ');
  return {
    inputs: [{ file, kind: 'parquet', header: names, headerLine: 1, columns: mapHeader(names), records: -1, extra: 0, source: `(SELECT file_row_number + 2 AS l, ${cols} FROM read_parquet(${sqlString(path)}, file_row_number = true))` }],
    problems: [],
  };
}

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

export type InputKind = 'csv' | 'xlsx' | 'parquet';

/** The kind of a file, by its first bytes (an extension can lie). */
export function sniff(bytes: Uint8Array): InputKind {
  if (isZip(bytes)) return 'xlsx';
  if (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31) return 'parquet'; // PAR1
  return 'csv';
}

