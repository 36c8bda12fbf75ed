// A large CSV file read in two parts at once: this worker reads the first, a second worker
// (read.worker.ts) the second, and the parts are joined (data/csvSplit.ts). A machine's second core
// then reads half the rows; at a million rows reading took some 4 s of one core.
import { readDataset, headerNames, type ReadOptions, type TableReading } from '../data/read';
import type { NumberStyle } from '../data/number';
import { joinSplit, planSplit, styleToFind, type CsvSplit, type SplitPart } from '../data/csvSplit';
import { SPLIT_MIN_BYTES } from '../data/splitSize';
import type { InputFile, RawDataset } from '../data/types';
import { observationsAhead, type Observations } from '../data/observations';
import { AHEAD_MIN_BYTES, writePages } from '../data/pages';

export interface PartRequest {
  id: number;
  files: InputFile[];
  split: Pick<CsvSplit, 'name' | 'cutLine'>;
}

export interface PartReply {
  id: number;
  part: SplitPart | null;
  error?: string;
}

/** What the second reader says as its part reaches it, before it reads it. */
export interface PartTaken {
  id: number;
  taken: true;
}

// A second reader started ahead, not yet given a part. Each part gets a reader of its own, ended
// once it has answered: a reader shared by two loads (one started while the other waits for its
// part) would be ended by the first with the second's part unread.
let warm: Worker | null = null;
let asked = 0;

function startReader(): Worker | null {
  try {
    const w = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('error', (e) => { e.preventDefault(); if (warm === w) warm = null; });
    return w;
  } catch {
    return null;
  }
}

/**
 * Memory for the second part's bytes (csvSplit.ts splitCsv's `room`), written once while the file
 * comes (data/pages.ts): at a million rows (82 MB) the second part's 40 MB took 113-156 ms to copy
 * into new memory in node, and the split 250-260 ms in Chromium, before either reader could start.
 * Null where none is ready (or it went with a part).
 */
let tailRoom: Uint8Array | null = null;

/** Memory of `bytes`, each of its pages written. */
function written(bytes: number): Uint8Array | null {
  try {
    const b = new Uint8Array(bytes);
    writePages(b);
    return b;
  } catch {
    return null;
  }
}

/** Room for a file's rows (a file read in parts: the first part's, and the second part's put after
 * them; readDataset's `room`), made while the file comes, for one read: as many rows as the file
 * has at 80 bytes a row (the bench's 82 MB file has 1,027,684), and some more. */
let rowsRoom: Observations | null = null;
const rowsIn = (size: number) => Math.ceil((size / 80) * 1.15);

/** Readies memory for a file's rows where `size` is its length (`told`: not only what has come of
 * it so far) and it is AHEAD_MIN_BYTES or more; where it is large enough to read in two parts,
 * starts the second reader ahead (its code loads while the file comes) and readies memory for its
 * part (half the file, and room for its header lines). */
export function warmPartReader(size: number, told = true): void {
  if (told && size >= AHEAD_MIN_BYTES) {
    try {
      if (!rowsRoom || rowsRoom.capacity < rowsIn(size)) rowsRoom = observationsAhead(rowsIn(size));
    } catch {
      rowsRoom = null;
    }
  }
  if (size < SPLIT_MIN_BYTES) return;
  if (!warm) {
    warm = startReader();
    // The second reader's room for its part's rows (a little over half).
    if (told) warm?.postMessage({ ahead: Math.ceil(rowsIn(size) * 0.55) } satisfies RoomAhead);
  }
  if (!told) return;
  const want = Math.ceil(size * 0.5) + 64 * 1024;
  if (!tailRoom || tailRoom.length < want) tailRoom = written(want);
}

/** To the second reader before its part: room for this many rows. */
export interface RoomAhead { ahead: number }

/** To the second reader, once its part has come back read without its number style: that style. */
export interface StyleWanted { id: number; styleWanted: true }

/** The second reader's answer: its part's number style, found from its cells (null: it failed). */
export interface StyleOfPart { id: number; style: NumberStyle | null }

/** The part asked of a second reader, when that reader has it (or has failed), the part's number
 * style where it was read without it (asked for once), and the reader's end. */
function askPart(files: InputFile[], split: CsvSplit): { part: Promise<SplitPart | null>; taken: Promise<void>; styleOfPart(): Promise<NumberStyle | null>; end(): void } {
  const w = warm ?? startReader();
  warm = null;
  if (!w) return { part: Promise.resolve(null), taken: Promise.resolve(), styleOfPart: () => Promise.resolve(null), end: () => {} };
  const id = ++asked;
  let taken!: () => void;
  const hasIt = new Promise<void>((ok) => { taken = ok; });
  let answered!: (part: SplitPart | null) => void;
  const part = new Promise<SplitPart | null>((done) => { answered = done; });
  let styled: ((style: NumberStyle | null) => void) | null = null;
  // Its heap holds the part's rows until collected, which an idle worker's may not be for a long
  // while: it is ended once it has been answered (end), or failed.
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    w.removeEventListener('message', onMessage);
    w.removeEventListener('error', onError);
    w.terminate();
    taken();
    answered(null);
    styled?.(null);
  };
  const onMessage = (e: MessageEvent<PartReply | PartTaken | StyleOfPart>) => {
    if (e.data.id !== id) return;
    if ('taken' in e.data) taken();
    else if ('style' in e.data) styled?.(e.data.style);
    else { taken(); answered(e.data.part); }
  };
  // A reader that cannot start or dies answers nothing: the first part's reader then reads it all.
  const onError = () => end();
  w.addEventListener('message', onMessage);
  w.addEventListener('error', onError);
  const request: PartRequest = { id, files, split: { name: split.name, cutLine: split.cutLine } };
  w.postMessage(request, [(split.tail.content as Uint8Array).buffer as ArrayBuffer]);
  const styleOfPart = () => {
    if (ended) return Promise.resolve(null);
    const style = new Promise<NumberStyle | null>((done) => { styled = done; });
    w.postMessage({ id, styleWanted: true } satisfies StyleWanted);
    return style;
  };
  return { part, taken: hasIt, styleOfPart, end };
}

/** Waits at most this long for the second reader to have its part before reading the first anyway. */
const TAKEN_WAIT_MS = 3000;

/**
 * The files read as one dataset, the largest in two parts at once where it is a CSV file large
 * enough; read whole (as readDataset) otherwise, or where the parts were not read the same way.
 */
export async function readInParts(files: InputFile[], options: ReadOptions): Promise<RawDataset> {
  const split = planSplit(files, headerNames(options.catalogue), undefined, tailRoom ?? undefined);
  const room = rowsRoom;
  // For this read only: the part's bytes go with it if they are in the room, and neither room is
  // held past it.
  tailRoom = null;
  rowsRoom = null;
  if (!split) return readDataset(files, { ...options, room });
  const second = askPart([...files.filter((f) => f !== split.whole), split.tail], split);
  // The part reaches the second reader only once this worker has taken a task since asking (a
  // reader started only now, or its code not run yet: a file whose size was not known as it came,
  // which a server compressing it sends; a dataset read again): without waiting for it, the second
  // part was read after the first, not beside it. At a million rows sent gzip-compressed, the
  // reading took 4.9-5.0 s instead of 3.5. It is waited for (as long as the reader's code takes to
  // come and run, where it had not), then the first part is read.
  await Promise.race([second.taken, new Promise((go) => setTimeout(go, TAKEN_WAIT_MS))]);
  const tables: TableReading[] = [];
  const styleOfFirst: { table: (() => NumberStyle) | null } = { table: null };
  const first = readDataset(files.map((f) => (f === split.whole ? split.head : f)), {
    ...options, reserveRows: split.tailLines, room,
    onTable: (t, styleOfTable) => { tables.push(t); if (t.file === split.name) styleOfFirst.table = styleOfTable; },
  });
  const part = await second.part;
  // Where one part's figures were read by the file's number style and the other's without it,
  // the other's is found (csvSplit.ts styleToFind): the second's by its reader, asked now.
  const mine = tables.find((t) => t.file === split.name);
  const find = part ? styleToFind(mine, part) : null;
  if (find === 'first' && styleOfFirst.table) mine!.style = styleOfFirst.table();
  if (find === 'part') part!.table.style = await second.styleOfPart();
  second.end();
  const joined = part && joinSplit(first, tables, part, split);
  // For whoever looks at the console (and the browser test): which way the file was read.
  console.debug(joined ? `${split.name}: read in two parts, cut at line ${split.cutLine}` : `${split.name}: read whole (its two parts were not read the same way)`);
  return joined ?? readDataset(files, options);
}
