// A large CSV file read in two parts at once: this worker reads the first, a second worker
// (read.worker.ts) the second, and the parts are joined (data/csvSplit.ts). A machine's second core
// then reads half the rows; at a million rows reading took some 4 s of one core.
import { readDataset, headerNames, type ReadOptions, type TableReading } from '../data/read';
import { joinSplit, planSplit, type CsvSplit, type SplitPart } from '../data/csvSplit';
import { SPLIT_MIN_BYTES } from '../data/splitSize';
import type { InputFile, RawDataset } from '../data/types';

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

/** Starts the second reader ahead (its code loads while the file comes) when a file is large. */
export function warmPartReader(size: number): void {
  if (size >= SPLIT_MIN_BYTES && !warm) warm = startReader();
}

function askPart(files: InputFile[], split: CsvSplit): Promise<SplitPart | null> {
  const w = warm ?? startReader();
  warm = null;
  if (!w) return Promise.resolve(null);
  const id = ++asked;
  return new Promise((done) => {
    // Its heap holds the part's rows until collected, which an idle worker's may not be for a
    // long while: it is ended once it has answered, or failed.
    const finish = (part: SplitPart | null) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      w.terminate();
      done(part);
    };
    const onMessage = (e: MessageEvent<PartReply>) => { if (e.data.id === id) finish(e.data.part); };
    // A reader that cannot start or dies answers nothing: the first part's reader then reads it all.
    const onError = () => finish(null);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: PartRequest = { id, files, split: { name: split.name, cutLine: split.cutLine } };
    w.postMessage(request, [(split.tail.content as Uint8Array).buffer as ArrayBuffer]);
  });
}

/**
 * The files read as one dataset, the largest in two parts at once where it is a CSV file large
 * enough; read whole (as readDataset) otherwise, or where the parts were not read the same way.
 */
export async function readInParts(files: InputFile[], options: ReadOptions): Promise<RawDataset> {
  const split = planSplit(files, headerNames(options.catalogue));
  if (!split) return readDataset(files, options);
  const second = askPart([...files.filter((f) => f !== split.whole), split.tail], split);
  const tables: TableReading[] = [];
  const first = readDataset(files.map((f) => (f === split.whole ? split.head : f)), { ...options, onTable: (t) => tables.push(t), reserveRows: split.tailLines });
  const part = await second;
  const joined = part && joinSplit(first, tables, part, split);
  // For whoever looks at the console (and the browser test): which way the file was read.
  console.debug(joined ? `${split.name}: read in two parts, cut at line ${split.cutLine}` : `${split.name}: read whole (its two parts were not read the same way)`);
  return joined ?? readDataset(files, options);
}
