// A large CSV file read in two parts at once (the web app's two workers): the first part as it is,
// the second under the file's header lines, its lines numbered as in the whole file. The parts are
// read by the one reader, then joined: the rows, the problems and the units to place come out as a
// read of the whole file gives them. Where the parts were not read the same way (another header
// found, another number style, another encoding, a part too full of problems to list them all),
// the join refuses and the whole file is read at once instead.
import type { InputFile, PendingUnit, Problem, RawDataset } from './types';
import { parseCsv } from './csv';
import { KNOWN_HEADERS } from './columns';
import { isZip } from './xlsx';
import { MAX_PER_FILE, droppedOf, tooManyProblems, worse, type Dropped } from './problemLog';
import { encodeColumn, spliceObservations, toWireObservations, type WireObservations } from './observationsWire';
import type { TableReading } from './read';
import { countLines, factsFor, hasLoneCr, linesBefore } from './lineScan';
import { SPLIT_MIN_BYTES, splittableName } from './splitSize';

/** Beside the file split, the others are each read by both parts' readers: they must be small. */
export const SPLIT_OTHERS_MAX_BYTES = 8 * 1024 * 1024;
/** Lines a quoted cell may span (csv.ts): the cut has no quote within this many lines before it. */
const QUOTE_SPAN = 51;
const LF = 10;
const QUOTE = 34;

export interface CsvSplit {
  name: string;
  /** The file cut. */
  whole: InputFile;
  /** The file's lines before the cut. */
  head: InputFile;
  /** The header lines, then the lines from the cut on, numbered as in the whole file. */
  tail: InputFile;
  /** The file's line (1-based) where the second part starts. */
  cutLine: number;
  /** About as many lines as the second part has: room for its rows (readDataset's reserveRows). */
  tailLines: number;
}

/**
 * The file of `files` to read in two parts, cut at a line near its middle, or null: no file as
 * large as `minBytes`, another file larger than SPLIT_OTHERS_MAX_BYTES, or one that cannot be cut
 * safely (a workbook, JSON, UTF-16, lines ended by CR alone, quotes near every cut).
 */
export function planSplit(files: readonly InputFile[], names: ReadonlySet<string>, minBytes = SPLIT_MIN_BYTES, room?: Uint8Array): CsvSplit | null {
  let big: InputFile | null = null;
  for (const f of files) {
    if (f.content.length >= minBytes && (big === null || f.content.length > big.content.length)) big = f;
  }
  if (big === null || files.some((f) => f !== big && f.content.length > SPLIT_OTHERS_MAX_BYTES)) return null;
  return splitCsv(big, names, undefined, room);
}

/**
 * `file` cut at the first safe line at or after byte `near`, or null. By default a little after
 * the middle: the two readers start together and read as fast, and the second then packs and
 * sends its rows, so its part is the smaller. At a million rows (82 MB) in Chromium, cut at 47 %,
 * the first part was read in 1.7–1.8 s and the second in 1.9 s, packed in 0.08 s: the first reader
 * waited 0.15–0.3 s for it. Cut at 51 %, the parts reach the first reader within 0.05 s of each
 * other, and are joined 0.13 s sooner.
 *
 * The tail is written into `room` where it fits (memory written before: readInParts.ts tailRoom),
 * else into new memory.
 */
export function splitCsv(file: InputFile, names: ReadonlySet<string>, near?: number, room?: Uint8Array): CsvSplit | null {
  const b = file.content;
  if (typeof b === 'string' || file.lines || !splittableName(file.name) || b.length < 2) return null;
  if (isZip(b) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return null;
  // Lines are counted by their LF: a CR alone ends a line too (csv.ts), so such a file is not cut.
  // A file fetched was scanned as it came (lineScan.ts): its facts say so and number its lines.
  const facts = factsFor(b, file.lineFacts);
  if (facts ? facts.loneCr : hasLoneCr(b)) return null;

  // The header, found as the reader finds it, in the first whole lines.
  const head = b.subarray(0, Math.min(b.length, 64 * 1024));
  const headEnd = head.lastIndexOf(LF) + 1;
  if (headEnd === 0) return null;
  const csv = parseCsv(file.name, new TextDecoder().decode(head.subarray(0, headEnd)), KNOWN_HEADERS, names);
  if (csv.header.length === 0) return null;
  let zoneEnd = 0;
  for (let n = 0; n < csv.headerLine; n++) {
    const at = b.indexOf(LF, zoneEnd);
    if (at === -1 || at >= headEnd) return null;
    zoneEnd = at + 1;
  }

  // The header lines are whole records (no quoted cell runs on from them into the rows).
  if (oddQuoteLine(b, 0, zoneEnd) !== -1) return null;
  // A cut after a line near the middle such that no quoted cell opened in the lines before it
  // can run on past it: none of the QUOTE_SPAN lines before it opens one (an odd count of quotes).
  for (let from = Math.max(zoneEnd, near ?? Math.floor(b.length * 0.51)), tries = 0; tries < 64; tries++) {
    const nl = b.indexOf(LF, from);
    if (nl === -1 || nl + 1 >= b.length) return null;
    const cut = nl + 1;
    let start = cut;
    for (let k = 0; k <= QUOTE_SPAN && start > zoneEnd; k++) start = b.lastIndexOf(LF, start - 2) + 1;
    if (start < zoneEnd) return null;
    const odd = oddQuoteLine(b, start, cut);
    if (odd === -1) {
      const cutLine = (facts ? linesBefore(b, facts, cut) : countLines(b, 0, cut)) + 1;
      const zoneLines = csv.headerLine;
      const size = zoneEnd + b.length - cut;
      const tail = room && room.length >= size ? room.subarray(0, size) : new Uint8Array(size);
      tail.set(b.subarray(0, zoneEnd), 0);
      tail.set(b.subarray(cut), zoneEnd);
      return {
        name: file.name,
        whole: file,
        head: { name: file.name, content: b.subarray(0, cut) },
        tail: { name: file.name, content: tail, lines: { from: zoneLines, first: cutLine } },
        cutLine,
        // Lines are about as long after the cut as before it: a tenth more, for room.
        tailLines: Math.ceil((cutLine * (b.length - cut)) / cut * 1.1) + 16,
      };
    }
    // Past that line and the lines its cell may span, and try again.
    from = odd;
    for (let k = 0; k <= QUOTE_SPAN; k++) { const at = b.indexOf(LF, from); if (at === -1) return null; from = at + 1; }
  }
  return null;
}

/** What the second part's reader gives back: its rows of the file, their problems and units to place. */
export interface SplitPart {
  table: Omit<TableReading, 'firstRow'>;
  rows: WireObservations;
  problems: Problem[];
  pendingUnits: WirePending;
  /** Whether the part was read as Windows-1258 (not UTF-8). */
  notUtf8: boolean;
  /** What its reader left out of its problems about the file (past MAX_PER_FILE), or null. */
  dropped: Dropped | null;
}

/** Where the first line of b[from, to) with an odd count of quotes starts, or -1. */
function oddQuoteLine(b: Uint8Array, from: number, to: number): number {
  let line = from;
  let odd = false;
  // Looked for in b[from, to) only: a file without quotes was scanned to its end twice (60 ms at a million rows).
  const span = b.subarray(0, to);
  for (let q = span.indexOf(QUOTE, from); q !== -1; q = span.indexOf(QUOTE, q + 1)) {
    const nl = b.lastIndexOf(LF, q);
    const at = nl < from ? from : nl + 1;
    if (at !== line) {
      if (odd) return line;
      line = at;
      odd = false;
    }
    odd = !odd;
  }
  return odd ? line : -1;
}

const rowsOf = (raw: RawDataset, file: string, first: number): number => {
  let end = first;
  while (end < raw.observations.length && raw.observations.file[end] === file) end++;
  return end;
};

/**
 * The second part's reading of the file (`raw`, read from `split.tail` and the other files), as it
 * crosses to the first part's reader: null if its file was not read as one observations table.
 */
export function tailPart(raw: RawDataset, tables: readonly TableReading[], split: Pick<CsvSplit, 'name' | 'cutLine'>): { part: SplitPart; transfer: ArrayBuffer[] } | null {
  const mine = tables.filter((t) => t.file === split.name);
  if (mine.length !== 1 || mine[0].role !== 'observations') return null;
  const { firstRow, ...table } = mine[0];
  const end = rowsOf(raw, split.name, firstRow);
  const { wire, transfer } = toWireObservations(raw.observations, firstRow, end);
  const ofFile = raw.problems.filter((p) => p.file === split.name);
  const pending = packPending(raw.pendingUnits.filter((p) => p.of === 'observation' && p.file === split.name && p.index >= firstRow && p.index < end), -firstRow);
  return {
    part: {
      table, rows: wire, pendingUnits: pending.wire,
      problems: ofFile.filter((p) => p.line >= split.cutLine && p.code !== 'too-many-problems'),
      notUtf8: ofFile.some((p) => p.code === 'not-utf8'),
      dropped: summed(ofFile),
    },
    transfer: [...transfer, ...pending.transfer],
  };
}

/** A unit to place, its rows (and those of its run, `more`) `by` rows further on. */
export const movedPending = (p: PendingUnit, by: number): PendingUnit => (by === 0 ? p
  : { ...p, index: p.index + by, ...(p.more ? { more: p.more.map((v, j) => (j % 3 === 0 ? v + by : v)) } : {}) });

/** What the summary among a file's problems says was left out, or null. */
function summed(ofFile: readonly Problem[]): Dropped | null {
  const summary = ofFile.find((p) => p.code === 'too-many-problems');
  return summary ? droppedOf(summary) : null;
}

/**
 * The file's problems as a whole read lists them, from the first part's (`head`: as its reader
 * listed them, in order, and what it left out) and the second part's past the cut: a whole read
 * lists the first MAX_PER_FILE in the order it finds them, and sums up the rest. Null where the
 * parts cannot say which those are.
 *
 * A whole read finds the file's problems in this order: its encoding's, its quotes' (every line,
 * as the text is parsed), the header's, then the rows', in order. The second part's quotes would
 * come before the first part's rows: with any, the parts cannot say. Without, the whole read's
 * list is the first part's followed by the second part's past the cut (the header's problems,
 * which both parts find, are the first part's).
 */
function cappedProblems(file: string, head: readonly Problem[], headDropped: Dropped | null, tail: readonly Problem[], tailDropped: Dropped | null): Problem[] | null {
  if (tail.some((p) => p.code === 'csv-quote')) return null;
  // Room left in the list (none where the first part's is full: every problem of the second part is left out too).
  const room = MAX_PER_FILE - head.length;
  // The second part left some out before the first part's list was full: which, the parts cannot say.
  if (tailDropped && room > tail.length) return null;
  // What is left out, in the order a whole read finds it.
  const out: Dropped[] = [];
  if (headDropped) out.push(headDropped);
  for (const p of tail.slice(room)) out.push({ count: 1, worst: p.severity, first: p });
  if (tailDropped) out.push(tailDropped);
  const kept = [...head, ...tail.slice(0, room)];
  if (out.length === 0) return kept;
  const count = out.reduce((n, d) => n + d.count, 0);
  const worst = out.reduce((w, d) => worse(w, d.worst), out[0].worst);
  return [...kept, tooManyProblems(file, { count, worst, first: out[0].first })];
}

/**
 * Which part's number style must be found before the parts are joined: a part whose figures were
 * read without it (TableReading.style null) says nothing of it, and where the other's figures were
 * read by theirs, the join must know that the whole file's style is the same (else it refuses).
 * Null: none (both read without it, or both by theirs).
 */
export function styleToFind(first: Pick<TableReading, 'style'> | undefined, part: SplitPart): 'first' | 'part' | null {
  if (!first || first.style === part.table.style) return null;
  return first.style === null ? 'first' : part.table.style === null ? 'part' : null;
}

const sameReading = (a: Omit<TableReading, 'firstRow'>, b: Omit<TableReading, 'firstRow'>) =>
  a.role === b.role && a.headerLine === b.headerLine && a.style === b.style && a.header.length === b.header.length && a.header.every((h, i) => h === b.header[i]);

/**
 * The first part's reading (`raw`, from `split.head` and the other files) with the second part's
 * put in after its rows of the file: what reading the whole file gives, or null where the parts
 * were not read the same way (then read the whole file).
 */
export function joinSplit(raw: RawDataset, tables: readonly TableReading[], part: SplitPart, split: CsvSplit): RawDataset | null {
  const mine = tables.filter((t) => t.file === split.name);
  if (mine.length !== 1 || !sameReading(mine[0], part.table)) return null;
  const ofFile = raw.problems.filter((p) => p.file === split.name);
  if (ofFile.some((p) => p.code === 'not-utf8') !== part.notUtf8) return null;
  const headDropped = summed(ofFile);
  // More problems than a file lists: the whole read's list, made from the parts' (or refused).
  let capped: Problem[] | null = null;
  if (headDropped || part.dropped || ofFile.length + part.problems.length > MAX_PER_FILE) {
    capped = cappedProblems(split.name, ofFile.filter((p) => p.code !== 'too-many-problems'), headDropped, part.problems, part.dropped);
    if (capped === null) return null;
  }

  const at = rowsOf(raw, split.name, mine[0].firstRow);
  const n = part.rows.length;
  const observations = spliceObservations(raw.observations, at, part.rows);

  // The units to place: the first part's, those of rows after the file's moved on by the part's
  // rows, the part's put in after the file's first rows, joined where one run of rows naming the
  // same unit the same way crosses the cut (as one read of the file makes it one entry).
  const shift = (p: PendingUnit): PendingUnit => (p.of !== 'observation' || p.index < at ? p : movedPending(p, n));
  const before = raw.pendingUnits.filter((p) => p.of === 'observation' && p.index < at);
  const after = raw.pendingUnits.filter((p) => !(p.of === 'observation' && p.index < at)).map(shift);
  const moved = unpackPending(part.pendingUnits, at);
  const last = before[before.length - 1];
  const first = moved[0];
  if (last && first && last.file === first.file && last.text === first.text && last.parent === first.parent && last.start === first.start && last.end === first.end
    && (last.more ? last.more[last.more.length - 3] : last.index) === first.index - 1) {
    before[before.length - 1] = { ...last, more: [...(last.more ?? []), first.index, first.line, first.column, ...(first.more ?? [])] };
    moved.shift();
  }

  // The part's problems after the first part's about the file (all are sorted by place later); or
  // the file's as a whole read lists them, after the others.
  const lastOfFile = raw.problems.reduce((k, p, i) => (p.file === split.name ? i : k), -1);
  const problems = capped
    ? [...raw.problems.filter((p) => p.file !== split.name), ...capped]
    : [...raw.problems.slice(0, lastOfFile + 1), ...part.problems, ...raw.problems.slice(lastOfFile + 1)];
  const synthetic = raw.synthetic && (part.rows.texts.source.values as string[]).every((s) => /^SYNTHETIC/i.test(s));
  return { ...raw, observations, problems, pendingUnits: [...before, ...moved, ...after], synthetic };
}

/** Units to place as they cross: numbers in typed arrays, texts by dictionary (tens of thousands of
 * objects, each with its rows' numbers, took 0.2 s to clone). */
export interface WirePending {
  count: number;
  index: Int32Array;
  line: Int32Array;
  column: Int32Array;
  /** Where each one's `more` starts in `more` (count + 1 entries; equal ends: none). */
  moreAt: Int32Array;
  more: Int32Array;
  texts: Record<'text' | 'parent' | 'start' | 'end' | 'file', { values: string[]; ids: Int32Array }>;
}

const PENDING_TEXTS = ['text', 'parent', 'start', 'end', 'file'] as const;

/** Observation units to place, their rows' indices moved by `shift`. */
function packPending(list: readonly PendingUnit[], shift: number): { wire: WirePending; transfer: ArrayBuffer[] } {
  const n = list.length;
  const index = new Int32Array(n);
  const line = new Int32Array(n);
  const column = new Int32Array(n);
  const moreAt = new Int32Array(n + 1);
  let size = 0;
  for (let k = 0; k < n; k++) { moreAt[k] = size; size += list[k].more?.length ?? 0; }
  moreAt[n] = size;
  const more = new Int32Array(size);
  for (let k = 0; k < n; k++) {
    const p = list[k];
    index[k] = p.index + shift; line[k] = p.line; column[k] = p.column;
    const m = p.more;
    if (m) for (let j = 0; j < m.length; j++) more[moreAt[k] + j] = j % 3 === 0 ? m[j] + shift : m[j];
  }
  const texts = {} as WirePending['texts'];
  for (const c of PENDING_TEXTS) texts[c] = encodeColumn(list.map((p) => p[c]), 0, n);
  const transfer = [index, line, column, moreAt, more, ...PENDING_TEXTS.map((c) => texts[c].ids)].map((a) => a.buffer as ArrayBuffer);
  return { wire: { count: n, index, line, column, moreAt, more, texts }, transfer };
}

/** The units to place of a wire, their rows' indices moved by `shift`. */
function unpackPending(w: WirePending, shift: number): PendingUnit[] {
  const out = new Array<PendingUnit>(w.count);
  const t = w.texts;
  for (let k = 0; k < w.count; k++) {
    const from = w.moreAt[k];
    const to = w.moreAt[k + 1];
    const p: PendingUnit = {
      of: 'observation', index: w.index[k] + shift, text: t.text.values[t.text.ids[k]], parent: t.parent.values[t.parent.ids[k]],
      start: t.start.values[t.start.ids[k]], end: t.end.values[t.end.ids[k]], file: t.file.values[t.file.ids[k]], line: w.line[k], column: w.column[k],
    };
    if (to > from) {
      const more = new Array<number>(to - from);
      for (let j = from; j < to; j++) more[j - from] = (j - from) % 3 === 0 ? w.more[j] + shift : w.more[j];
      p.more = more;
    }
    out[k] = p;
  }
  return out;
}
