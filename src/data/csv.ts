// CSV text → rows with their line numbers. papaparse does the tokenising; this module adds
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
  rows: CsvRow[];
  problems: Problem[];
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** Split one line on a delimiter, honouring double quotes (for the header and detection only). */
function splitLine(line: string, delimiter: string): string[] {
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
export function detectDelimiter(lines: string[], knownHeaders: ReadonlySet<string>): string {
  const header = lines[0] ?? '';
  let best: string = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const known = splitLine(header, d).filter((h) => knownHeaders.has(keyOf(h))).length;
    const widths = lines.slice(0, 20).map((l) => splitLine(l, d).length);
    const w0 = widths[0] ?? 1;
    const consistent = w0 > 1 ? widths.filter((w) => w === w0).length : 0;
    const score = known * 1000 + consistent;
    if (score > bestScore) { best = d; bestScore = score; }
  }
  return best;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

/** Parse CSV text. Never throws; syntax problems are reported with the line where the bad row starts. */
export function parseCsv(file: string, input: string, knownHeaders: ReadonlySet<string>): CsvTable {
  const text = input.replace(/\r\n?/g, '\n');
  const starts = lineStarts(text);
  const firstLines: string[] = [];
  for (let i = 0; i < starts.length && firstLines.length < 20; i++) {
    const l = text.slice(starts[i], (starts[i + 1] ?? text.length + 1) - 1);
    if (l.trim() !== '' || firstLines.length > 0) firstLines.push(l);
  }
  const delimiter = detectDelimiter(firstLines, knownHeaders);
  const problems: Problem[] = [];
  const all: CsvRow[] = [];

  let offset = 0;
  while (offset < text.length) {
    let restartAt = -1;
    const base = offset;
    let rowStart = base;
    const parser = Papa.parse<string[]>(text.slice(base), {
      delimiter,
      newline: '\n',
      skipEmptyLines: false,
      step: (result, handle) => {
        const start = rowStart;
        rowStart = base + result.meta.cursor;
        const cells = result.data;
        const line = lineAt(starts, start);
        if (result.errors.length > 0) {
          const spans = cells.some((c) => c.includes('\n'));
          const err = result.errors[0];
          const col = splitLine(text.slice(starts[line - 1], base + (err.index ?? 0) + 1), delimiter).length;
          problems.push({
            severity: 'error', file, line, column: Math.max(1, col), code: 'csv-quote',
            message: `${spans ? 'a quoted cell is not closed, or has text after its closing quote' : 'a quote is misplaced'} (${err.message}); the row was skipped. Put quotes around the whole cell and double any quote inside it ("").`,
          });
          if (spans) {
            restartAt = starts[line] ?? text.length; // go on from the next line
            handle.abort();
          }
          return;
        }
        if (cells.length === 1 && cells[0].trim() === '') return; // blank line
        all.push({ line, cells });
      },
    });
    void parser;
    offset = restartAt === -1 ? text.length : restartAt;
  }

  const [head, ...rows] = all;
  return {
    delimiter,
    header: head ? head.cells.map((h) => h.trim()) : [],
    headerLine: head ? head.line : 1,
    rows,
    problems,
  };
}
