// A large CSV file read in two parts at once: this worker reads the first, a second worker
// (read.worker.ts) the second, and the parts are joined (data/csvSplit.ts). A machine's second core
// then reads half the rows; at a million rows reading took some 4 s of one core.
import { readDataset, headerNames, type ReadOptions, type TableReading } from '../data/read';
import { joinSplit, planSplit, type CsvSplit, type SplitPart } from '../data/csvSplit';
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

/** The part asked of a second reader, and when that reader has it (or has failed). */
function askPart(files: InputFile[], split: CsvSplit): { part: Promise<SplitPart | null>; taken: Promise<void> } {
  const w = warm ?? startReader();
  warm = null;
  if (!w) return { part: Promise.resolve(null), taken: Promise.resolve() };
  const id = ++asked;
  let taken!: () => void;
  const hasIt = new Promise<void>((ok) => { taken = ok; });
  const part = new Promise<SplitPart | null>((done) => {
    // Its heap holds the part's rows until collected, which an idle worker's may not be for a
    // long while: it is ended once it has answered, or failed.
    const finish = (part: SplitPart | null) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      w.terminate();
      taken();
      done(part);
    };
    const onMessage = (e: MessageEvent<PartReply | PartTaken>) => {
      if (e.data.id !== id) return;
      if ('taken' in e.data) taken();
      else finish(e.data.part);
    };
    // A reader that cannot start or dies answers nothing: the first part's reader then reads it all.
    const onError = () => finish(null);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: PartRequest = { id, files, split: { name: split.name, cutLine: split.cutLine } };
    w.postMessage(request, [(split.tail.content as Uint8Array).buffer as ArrayBuffer]);
  });
  return { part, taken: hasIt };
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
  const first = readDataset(files.map((f) => (f === split.whole ? split.head : f)), { ...options, onTable: (t) => tables.push(t), reserveRows: split.tailLines, room });
  const part = await second.part;
  const joined = part && joinSplit(first, tables, part, split);
  // For whoever looks at the console (and the browser test): which way the file was read.
  console.debug(joined ? `${split.name}: read in two parts, cut at line ${split.cutLine}` : `${split.name}: read whole (its two parts were not read the same way)`);
  return joined ?? readDataset(files, options);
}
