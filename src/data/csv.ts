// CSV text → rows with their line numbers. papaparse reads the records whose quotes are not as a spreadsheet writes them; this module adds
// what a province's files need: delimiter detection from the header, line numbers for
// every row, and recovery from a broken quote without losing the rows after it.
import Papa from 'papaparse';
import type { Problem } from './types';
import { keyOf } from './text';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  headerLine: number;
  /** The texts of the title rows above the header (a report's name, its period). */
  preamble: string[];
  rows: CsvRows;
  problems: Problem[];
}

/**
 * A CSV file's rows, each split into its cells when it is read. A million rows kept split were
 * a million arrays and twelve million strings alive at once while the file was read (about 340
 * MB in Node), every one of them gone through again by each collection of the heap; split as
 * read, a row's cells are garbage once it is. Records with quotes are tokenised once, when the
 * file is parsed (their problems are reported then), and kept.
 */
export class CsvRows implements Iterable<CsvRow> {
  constructor(
    private readonly lines: Lines,
    private readonly delimiter: string,
    /** Per record: the index of the line it starts on. */
    private readonly starts: Int32Array,
    /** The cells of the records with quotes that papaparse read, by record index. */
    private readonly quoted: ReadonlyMap<number, string[]>,
    /** Per record whose quotes all stand in whole quoted cells (splitQuoted), the lines it spans
     * (1 to MAX_SPAN + 1; 0 for any other): its cells are cut out again when it is read, as a
     * plain line's are, not kept. */
    private readonly plainQuoted: Uint8Array | null = null,
    private readonly from = 0,
    readonly length = starts.length,
  ) {}

  /** Row k, or undefined (as Array.prototype.at: a negative k counts from the end). */
  at(k: number): CsvRow | undefined {
    const j = k < 0 ? this.length + k : k;
    return j >= 0 && j < this.length ? this.row(j) : undefined;
  }

  private row(k: number): CsvRow {
    const i = this.from + k;
    const start = this.starts[i];
    const cells = (this.quoted.size > 0 ? this.quoted.get(i) : undefined) ?? this.cut(i, start);
    return { line: this.lines.number(start), cells };
  }

  /** The cells of record i (not one papaparse read), from line `start`: a plain line split on the
   * delimiter, or the record's lines by splitQuoted. */
  private cut(i: number, start: number): string[] {
    const span = this.plainQuoted !== null ? this.plainQuoted[i] : 0;
    if (span === 0) return this.lines.at(start).split(this.delimiter);
    return splitQuoted(span === 1 ? this.lines.at(start) : this.lines.joined(start, start + span - 1), this.delimiter)!;
  }

  *[Symbol.iterator](): Iterator<CsvRow> {
    for (let k = 0; k < this.length; k++) yield this.row(k);
  }

  /** The text the rows are cut from, and their delimiter: plainRows.ts reads plain rows there. */
  get text(): string {
    return this.lines.text;
  }

  get separator(): string {
    return this.delimiter;
  }

  /** Where row k stands in `text` ([at[0], at[1])) if it is one line without quotes, whose cells
   * are the line split on the delimiter; false for any other row. */
  plainSpan(k: number, at: Int32Array): boolean {
    const i = this.from + k;
    if ((this.quoted.size > 0 && this.quoted.has(i)) || (this.plainQuoted !== null && this.plainQuoted[i] > 0)) return false;
    const n = this.starts[i];
    at[0] = this.lines.start(n);
    at[1] = this.lines.cutEnd(n);
    return true;
  }

  /** The file's line number of row k. */
  lineOf(k: number): number {
    return this.lines.number(this.starts[this.from + k]);
  }

  /** The cells of some columns that could say how the file writes its numbers: all but the empty
   * ones and those of 1 to 15 digits alone, which say nothing of it (number.ts). In no particular
   * order, each column once. One walk along each line, no cell cut out unless it is given: at a
   * million rows, cutting out every cell of three columns to look at it was 0.5 s of 5 s read. */
  *numberTextsOf(columns: readonly number[]): Generator<string> {
    const d = this.delimiter;
    const cols = [...new Set(columns)].sort((a, b) => a - b);
    for (let k = 0; k < this.length; k++) {
      const i = this.from + k;
      const cells = (this.quoted.size > 0 ? this.quoted.get(i) : undefined) ?? (this.plainQuoted !== null && this.plainQuoted[i] > 0 ? this.cut(i, this.starts[i]) : undefined);
      if (cells) {
        for (const c of cols) if (c < cells.length && !digitsAlone(cells[c], 0, cells[c].length)) yield cells[c];
        continue;
      }
      const line = this.lines.at(this.starts[i]);
      let at = 0;
      let col = 0;
      for (const c of cols) {
        while (col < c && at >= 0) { at = line.indexOf(d, at); if (at >= 0) { at += d.length; col++; } }
        if (at < 0) break;
        let end = line.indexOf(d, at);
        if (end < 0) end = line.length;
        if (!digitsAlone(line, at, end)) yield line.slice(at, end);
        at = end;
      }
    }
  }

  /** Rows start..end (as Array.prototype.slice counts them), without splitting them. */
  slice(start = 0, end = this.length): CsvRows {
    const clamp = (n: number) => Math.max(0, Math.min(this.length, n < 0 ? this.length + n : n));
    const s = clamp(start);
    return new CsvRows(this.lines, this.delimiter, this.starts, this.quoted, this.plainQuoted, this.from + s, Math.max(0, clamp(end) - s));
  }

  map<U>(f: (row: CsvRow, index: number) => U): U[] {
    const out = new Array<U>(this.length);
    for (let k = 0; k < this.length; k++) out[k] = f(this.row(k), k);
    return out;
  }
}

/** Whether text[from, to) is empty or 1 to 15 ASCII digits alone (plainRows.ts reads such a value
 * from its digits). */
export function digitsAlone(text: string, from: number, to: number): boolean {
  if (to - from > 15) return false;
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/**
 * How a text's lines are numbered where it is part of a file: its lines from `from` (0-based) on
 * are the file's lines from `first` (1-based) on. A file read in two parts at once (csvSplit.ts)
 * gives its second part under its header lines, which keep their own numbers.
 */
export interface LineNumbering {
  from: number;
  first: number;
}

/**
 * A text's lines, as text.split('\n') gives them less a last empty one, each cut out of the text
 * when asked for. Split all at once, a million rows' lines were a million strings kept while the
 * file was read, each copied by the young generation's collections (splitting alone: 180–380 ms
 * against 50 ms to find where they start, node, .tmp: splitbench).
 */
class Lines {
  readonly count: number;
  /** Where line n starts; line n ends one before where line n + 1 starts (its newline). */
  private readonly starts: Int32Array;

  /** `crlf`: the text's lines may end in CR LF (and no line ends in CR alone): a line is given
   * without its CR, as if the text's CR LFs were LFs. */
  constructor(readonly text: string, private readonly numbering: LineNumbering | null = null, private readonly crlf = false) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    const starts = new Int32Array(n + 2);
    let k = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    starts[k] = text.length + 1;
    this.starts = starts;
    this.count = text === '' || text.endsWith('\n') ? n : n + 1;
  }

  start(n: number): number {
    return this.starts[n];
  }

  /** The file's number (1-based) of line n. */
  number(n: number): number {
    const g = this.numbering;
    return g === null || n < g.from ? n + 1 : n - g.from + g.first;
  }

  end(n: number): number {
    return this.starts[n + 1] - 1;
  }

  at(n: number): string {
    return this.text.slice(this.starts[n], this.cutEnd(n));
  }

  /** Where line n ends in the text (before its newline, and its CR where lines end in CR LF). */
  cutEnd(n: number): number {
    const start = this.starts[n];
    let end = this.starts[n + 1] - 1;
    if (this.crlf && end > start && this.text.charCodeAt(end - 1) === CR) end--;
    return end;
  }

  /** Lines from..to (inclusive) as they stand in the text, joined by their newlines (LF). */
  joined(from: number, to: number): string {
    const lines = this.text.slice(this.starts[from], this.starts[to + 1] - 1);
    // Every CR of such a text is one of a CR LF (or ends the last line's): it goes.
    return this.crlf ? lines.replace(/\r/g, '') : lines;
  }

  /** Whether line n is empty or only white space. */
  blank(n: number): boolean {
    const s = this.starts[n];
    const c = this.text.charCodeAt(s);
    if (s < this.end(n) && c > 32 && c < 127) return false;
    return this.at(n).trim() === '';
  }
}

const CR = 13;
const LF = 10;

/** Whether a line of the text ends in CR alone (a CR not followed by LF). */
function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== LF) return true;
  return false;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** Split one line on a delimiter, honouring double quotes (for the header and detection only). */
export function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') { cell += '"'; i++; } else quoted = !quoted;
    } else if (c === delimiter && !quoted) { out.push(cell); cell = ''; } else cell += c;
  }
  out.push(cell);
  return out;
}

/**
 * The delimiter that makes the most header cells into names we know; when none do, the one
 * that splits the first lines into the same number (>1) of cells most often.
 */
/**
 * The line of the first lines, split on `d`, with the most column names we know (`known`), and
 * among those the most indicator names (`names`, which a row of sub-headings also has, so they
 * only break ties); `header` says whether it can be a header at all: two column names, or one
 * (the unit) and an indicator name (`Đơn vị, Tiếp nhận, Đã giải quyết`).
 */
export function bestHeader(lines: string[], d: string, knownHeaders: ReadonlySet<string>, names: ReadonlySet<string> = new Set()): { known: number; index: number; header: boolean } {
  let known = 0;
  let named = 0;
  let index = 0;
  lines.forEach((l, i) => {
    const cells = splitLine(l, d).map((h) => keyOf(h));
    const n = cells.filter((h) => knownHeaders.has(h)).length;
    const m = cells.filter((h) => !knownHeaders.has(h) && names.has(h)).length;
    if (n > known || (n === known && m > named)) { known = n; named = m; index = i; }
  });
  return { known, index, header: known >= 2 || (known >= 1 && named >= 1) };
}

/**
 * The delimiter that makes the most cells of a header line into names we know (the header may
 * sit below a title, as in reports exported from Excel); when none do, the one that splits the
 * first lines into the same number (>1) of cells most often.
 */
export function detectDelimiter(lines: string[], knownHeaders: ReadonlySet<string>, names: ReadonlySet<string> = new Set()): string {
  let best: string = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const { known, index } = bestHeader(lines, d, knownHeaders, names);
    const widths = lines.slice(index, index + 20).map((l) => splitLine(l, d).length);
    const w0 = widths[0] ?? 1;
    const consistent = w0 > 1 ? widths.filter((w) => w === w0).length : 0;
    const score = known * 1000 + consistent;
    if (score > bestScore) { best = d; bestScore = score; }
  }
  return best;
}

const QUOTE = 34;

/**
 * The cells of a line whose every quote stands in a quoted cell as a spreadsheet writes one —
 * opened at the cell's start, closed just before a delimiter or the line's end, a quote inside it
 * doubled — as papaparse reads them; null for a line with any other quote (papaparse then reads
 * it, and says what is wrong). Excel quotes every cell with the delimiter in it: a source or a
 * unit's name with a comma quoted on each of a million rows was a million records handed to
 * papaparse one by one, and their cells kept: 7.9 s of reading in Node, now 3.5 s (3 s without quotes).
 */
export function splitQuoted(line: string, d: string): string[] | null {
  const out: string[] = [];
  return quotedCells(line, d, out) ? out : null;
}

/** Whether splitQuoted reads the line, found without cutting out its cells. */
function plainQuotes(line: string, d: string): boolean {
  return quotedCells(line, d, null);
}

/** Whether every quote of the line stands in a whole quoted cell; its cells put in `out` if given. */
function quotedCells(line: string, d: string, out: string[] | null): boolean {
  const n = line.length;
  // The next quote at or after `at` (or before it, once passed: then looked for again).
  let quote = line.indexOf('"');
  let at = 0;
  for (;;) {
    if (quote === at) {
      let cell = '';
      let from = at + 1;
      for (;;) {
        const q = line.indexOf('"', from);
        if (q === -1) return false;
        if (line.charCodeAt(q + 1) === QUOTE) { if (out !== null) cell += line.slice(from, q + 1); from = q + 2; continue; }
        if (out !== null) out.push(cell + line.slice(from, q));
        at = q + 1;
        break;
      }
      if (at === n) return true;
      if (!line.startsWith(d, at)) return false;
      at += d.length;
      quote = line.indexOf('"', at);
      continue;
    }
    // No quote left: the rest is plain cells (only cut out if asked for).
    if (quote === -1 && out === null) return true;
    const end = line.indexOf(d, at);
    const stop = end === -1 ? n : end;
    if (quote !== -1 && quote < stop) return false;
    if (out !== null) out.push(line.slice(at, stop));
    if (end === -1) return true;
    at = end + d.length;
  }
}

/** Lines a quoted cell may span before we call its quote unclosed. */
const MAX_SPAN = 50;

function quotesIn(line: string): number {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
}

/** Where the quoted cell left open by earlier lines closes on this line ("" is an escaped quote). */
function closingQuote(line: string): number {
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) {
    if (line[i + 1] === '"') { i++; continue; }
    return i;
  }
  return line.length;
}

function countOf(line: string, delimiter: string): number {
  let n = 0;
  for (let i = line.indexOf(delimiter); i !== -1; i = line.indexOf(delimiter, i + 1)) n++;
  return n;
}

/**
 * Parse CSV text. Never throws, and stays linear on any input.
 *
 * Records are found line by line by quote parity: a line with an odd number of quotes opens a
 * cell that the following lines must close. A record whose quote is never closed (within
 * MAX_SPAN lines), or whose "cell" swallows lines shaped like whole rows, is reported on its
 * first line and skipped, and reading goes on at the next line — so one stray quote never
 * hides the rows after it. Plain records are split; records whose quotes all stand in whole quoted
 * cells by splitQuoted (both when their rows are read); any other with quotes by papaparse.
 */
export function parseCsv(file: string, input: string, knownHeaders: ReadonlySet<string>, names: ReadonlySet<string> = new Set(), numbering: LineNumbering | null = null): CsvTable {
  // Lines end in LF, CR LF (Excel on Windows) or CR alone (old Macs). Only the last are made LFs
  // in a new text: for CR LF the lines drop their CR as they are cut out. At a million rows, the
  // text made anew was 0.5 s more of reading a CR LF file in Chromium than the same file in LFs.
  const cr = input.indexOf('\r') !== -1;
  const loneCr = cr && hasLoneCr(input);
  const text = loneCr ? input.replace(/\r\n?/g, '\n') : input;
  const lines = new Lines(text, numbering, cr && !loneCr);
  // The first 20 non-blank lines, with their line numbers: the header is among them.
  const firstLines: string[] = [];
  const firstLineNumbers: number[] = [];
  for (let n = 0; n < lines.count && firstLines.length < 20; n++) {
    if (lines.blank(n)) continue;
    firstLines.push(lines.at(n));
    firstLineNumbers.push(n + 1);
  }
  const delimiter = detectDelimiter(firstLines, knownHeaders, names);
  // A title or blank-ish rows above the header ("BÁO CÁO KẾT QUẢ ...") are skipped, and we say so.
  const found = bestHeader(firstLines, delimiter, knownHeaders, names);
  const headerLineNumber = found.header ? firstLineNumbers[found.index] : firstLineNumbers[0] ?? 1;
  const headerWidth = splitLine(headerLineNumber - 1 < lines.count ? lines.at(headerLineNumber - 1) : '', delimiter).length;
  const problems: Problem[] = [];
  const starts: number[] = [];
  const quoted = new Map<number, string[]>();
  // The records with quotes that splitQuoted reads, as pairs (record, lines it spans): their
  // cells are not kept. A note over two lines on every row was a papaparse call and an array kept
  // per row (1.2-1.5 s to read 125,000 rows in node, against 0.4 s without).
  const plainQuoted: number[] = [];

  // The column of a broken quote: the cell where the line's first quote stands.
  const broken = (at: number, why: string) => problems.push({
    severity: 'error', file, line: lines.number(at), column: countOf(lines.at(at).slice(0, lines.at(at).indexOf('"')), delimiter) + 1, code: 'csv-quote',
    message: `${why}; the row was skipped. Put quotes around the whole cell and double any quote inside it ("").`,
  });

  let i = 0;
  // The next quote at or after the line's start: a line without one is not cut out of the text.
  let quote = text.indexOf('"');
  while (i < lines.count) {
    if (quote !== -1 && quote < lines.start(i)) quote = text.indexOf('"', lines.start(i));
    if (quote === -1 || quote >= lines.end(i)) {
      if (!lines.blank(i)) starts.push(i);
      i++;
      continue;
    }
    const first = lines.at(i);
    let j = i;
    let quotes = quotesIn(first);
    if (quotes % 2 === 0 && plainQuotes(first, delimiter)) {
      plainQuoted.push(starts.length, 1);
      starts.push(i);
      i++;
      continue;
    }
    while (quotes % 2 === 1 && j + 1 < lines.count && j - i < MAX_SPAN) quotes += quotesIn(lines.at(++j));
    if (quotes % 2 === 1) {
      broken(i, 'a quote opened on this line is never closed');
      i++;
      continue;
    }
    // A legitimate multi-line note does not contain lines shaped like whole rows.
    const inside: string[] = [];
    for (let n = i + 1; n < j; n++) inside.push(lines.at(n));
    inside.push(lines.at(j).slice(0, closingQuote(lines.at(j))));
    const swallowed = j > i && headerWidth >= 3 && inside.some((l) => countOf(l, delimiter) >= headerWidth - 1);
    if (swallowed) {
      broken(i, `a quote opened on this line runs on to line ${lines.number(j)}, taking the rows between into one cell`);
      i++;
      continue;
    }
    const record = lines.joined(i, j);
    if (plainQuotes(record, delimiter)) {
      plainQuoted.push(starts.length, j - i + 1);
      starts.push(i);
      i = j + 1;
      continue;
    }
    const parsed = Papa.parse<string[]>(record, { delimiter, newline: '\n', skipEmptyLines: false });
    if (parsed.errors.length > 0 || parsed.data.length !== 1) {
      const err = parsed.errors[0];
      const col = err?.index !== undefined ? splitLine(record.slice(0, err.index + 1), delimiter).length : 1;
      problems.push({
        severity: 'error', file, line: lines.number(i), column: Math.max(1, col), code: 'csv-quote',
        message: `a quote is misplaced${err ? ` (${err.message})` : ''}; the row was skipped. Put quotes around the whole cell and double any quote inside it ("").`,
      });
    } else {
      quoted.set(starts.length, parsed.data[0]);
      starts.push(i);
    }
    i = j + 1;
  }

  let marks: Uint8Array | null = null;
  if (plainQuoted.length > 0) {
    marks = new Uint8Array(starts.length);
    for (let k = 0; k < plainQuoted.length; k += 2) marks[plainQuoted[k]] = plainQuoted[k + 1];
  }
  const rows = new CsvRows(lines, delimiter, Int32Array.from(starts), quoted, marks);
  const start = starts.findIndex((at) => at + 1 >= headerLineNumber);
  const skipped = start > 0 ? [...rows.slice(0, start)] : [];
  if (skipped.length > 0) {
    problems.push({
      severity: 'info', file, line: skipped[0].line, column: 1, code: 'rows-above-header',
      message: `line${skipped.length > 1 ? `s ${skipped[0].line}–${skipped[skipped.length - 1].line}` : ` ${skipped[0].line}`} above the header (line ${lines.number(headerLineNumber - 1)}) ${skipped.length > 1 ? 'were' : 'was'} skipped: ${JSON.stringify(skipped[0].cells.join(' ').trim().slice(0, 60))}`,
    });
  }
  const from = start > 0 ? start : 0;
  const head = rows.at(from);
  return {
    preamble: skipped.map((r) => r.cells.map((c) => c.trim()).filter(Boolean).join(' ')).filter(Boolean),
    delimiter,
    header: head ? head.cells.map((h) => h.trim()) : [],
    headerLine: head ? head.line : 1,
    rows: rows.slice(from + 1),
    problems,
  };
}
