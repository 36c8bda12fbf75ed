// Reopening a dataset without reading it again. A provincial leader opens the same figures
// before every meeting, and a whole country's file takes many seconds to read and check; what
// the worker computed (the page's columns, the problems, the units) is kept in this browser
// (IndexedDB) under a digest of everything it was computed from:
// - the worker's own script, whose name carries a hash of its code (the reader, the model, the
//   catalogue and the checks), so a new version of the app never reuses an old result;
// - the view's era (today's units or as published);
// - each file's name and bytes, a folder's index.json, and the partitions loaded.
// A result that used Vietnam's built-in units also keeps a digest of those lists, and is used
// only while they are the same. Only the last few datasets are kept. Anything the browser
// refuses (no IndexedDB, a full disk, a private window) just means reading again.
// The digest of a million rows' 82 MB takes the worker's thread 0.3 s (WebCrypto's digest runs on
// the thread that asks for it: .tmp/digestpar.mts), which a first opening waited for. So a result
// is kept under its inputs' shape and their digest (`shape.digest`): the shape is a digest of the
// same parts with each file's length and first and last SHAPE_BYTES for its bytes. Only where a
// result of the same shape is kept is the whole digest worked out before the files are read;
// otherwise they are read at once, and the digest is worked out when the result is written.
// A result also names where its inputs came from (`source`: the URL, or the files' names, sizes
// and dates, and the era), and only the last result from a source is kept. Opening the same URL
// again, that result is read while the files come (the read and its Blobs took a million rows'
// reopening 0.9 s after the files were in), and used if its key is the files' key once they are in.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { ARRAY_COLUMNS, type ArrayColumn, type SpareColumns, type TableColumns } from '../model/table';
import type { WireComputed, WireRaw } from './protocol';
import type { FirstView } from '../model/views/firstView';
import { copiedProblems } from '../data/problemPack';

/** As the worker sends it to the page (problems packed). */
export interface Reopened {
  raw: WireRaw;
  computed: WireComputed;
  first: FirstView | null;
  /** The digest of the built-in unit lists it was placed with, or null if it needed none. */
  reference: string | null;
  /** Where its inputs came from (the worker's `sourceOf`): a hint to read it early, never a key. */
  source?: string;
}

/** As stored: the columns' arrays as Blobs (a million rows' columns are about 100 MB, more than
 * one IndexedDB value may hold in Chromium; a Blob is kept as a file beside the database). */
interface Stored {
  key: string;
  saved: number;
  raw: WireRaw;
  computed: Omit<WireComputed, 'columns'> & { columns: Omit<TableColumns, ArrayColumn> & Record<ArrayColumn, Blob> };
  first: FirstView | null;
  reference: string | null;
  source?: string;
}

const NAMES = Object.keys(ARRAY_COLUMNS) as ArrayColumn[];

/** A result with its columns as arrays, before they are made Blobs (and before its key is known). */
type Copied = Omit<Stored, 'computed' | 'key'> & { computed: Omit<WireComputed, 'columns'> & { columns: TableColumns } };

/** The columns' arrays copied (now: the arrays may be sent away right after), into the spare
 * arrays the table was built in where the worker has them (a copy into memory written already
 * took 30 ms for a million rows, into new memory 400 ms). */
function copied(r: Reopened, spare?: SpareColumns): Copied {
  const c = r.computed.columns;
  const arrays = Object.fromEntries(NAMES.map((k) => [k, copyOf(c[k], spare?.[k])]));
  // The packed problems' arrays are moved to the page with the columns (load.worker.ts wireBuffers).
  const raw = { ...r.raw, problems: copiedProblems(r.raw.problems) };
  return { saved: Date.now(), raw, computed: { ...r.computed, problems: copiedProblems(r.computed.problems), columns: { ...c, ...arrays } as TableColumns }, first: r.first, reference: r.reference, source: r.source };
}

/** A column copied, into `into` where it is an array of its type with room for it. */
function copyOf<A extends SpareColumns[ArrayColumn]>(column: A, into?: A): A {
  if (!into || into.constructor !== column.constructor || into.length < column.length) return column.slice() as A;
  const copy = into.subarray(0, column.length) as A;
  copy.set(column as ArrayLike<number>);
  return copy;
}

/** The copied arrays as Blobs (a Blob is kept as a file beside the database). */
function blobsOf(s: Copied): Omit<Stored, 'key'> {
  const c = s.computed.columns;
  const blobs = Object.fromEntries(NAMES.map((k) => [k, new Blob([c[k] as Uint8Array<ArrayBuffer>])])) as Record<ArrayColumn, Blob>;
  return { ...s, computed: { ...s.computed, columns: { ...c, ...blobs } } };
}

async function fromStored(s: Stored): Promise<Reopened> {
  const c = s.computed.columns;
  const arrays = await Promise.all(NAMES.map(async (k) => [k, new ARRAY_COLUMNS[k](await c[k].arrayBuffer())] as const));
  const columns = { ...c, ...Object.fromEntries(arrays) } as unknown as TableColumns;
  return { raw: s.raw, computed: { ...s.computed, columns }, first: s.first, reference: s.reference };
}

interface ReopenSchema extends DBSchema {
  results: { key: string; value: Stored; indexes: { saved: number; source: string } };
}

const REOPEN_DB = 'cchc-computed';
const STORE = 'results';
/** How many datasets are kept: the few a reader goes back and forth between. */
const KEEP = 3;

/** How much of a file's start and of its end its shape is made of. */
const SHAPE_BYTES = 4096;

/** What stands for a file's content in its inputs' shape: its length, its start and its end. */
export function shapeOfContent(content: string | Uint8Array): (string | Uint8Array)[] {
  const n = content.length;
  const start = typeof content === 'string' ? content.slice(0, SHAPE_BYTES) : content.subarray(0, SHAPE_BYTES);
  const end = typeof content === 'string' ? content.slice(Math.max(0, n - SHAPE_BYTES)) : content.subarray(Math.max(0, n - SHAPE_BYTES));
  return [String(n), start, end];
}

/** The key a result is kept under: its inputs' shape, then their whole digest. */
export const keptKey = (shape: string, whole: string) => `${shape}.${whole}`;

/** SHA-256 of the parts, in order, each preceded by its length (so no two lists run together). */
export async function digest(parts: readonly (string | Uint8Array)[]): Promise<string> {
  const enc = new TextEncoder();
  const hashes: Uint8Array[] = [];
  for (const p of parts) {
    const bytes = typeof p === 'string' ? enc.encode(p) : p;
    const len = enc.encode(`${bytes.length}:`);
    const whole = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    hashes.push(len, whole);
  }
  const all = new Uint8Array(hashes.reduce((n, h) => n + h.length, 0));
  let at = 0;
  for (const h of hashes) { all.set(h, at); at += h.length; }
  const out = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return Array.from(out, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ReopenStore {
  /** Whether a result of inputs of this shape may be kept (true where the browser cannot say). */
  mayHave(shape: string): Promise<boolean>;
  /** What was computed from the same inputs, or null. */
  get(key: string): Promise<Reopened | null>;
  /** The key of the result kept from `source`, and the result itself, read from now on: null
   * where none is kept (or the browser cannot say). */
  lastFrom(source: string): Promise<{ key: string; result: Promise<Reopened | null> } | null>;
  /**
   * Keeps a result for the next opening, and forgets all but the last KEEP. The columns are
   * copied before this returns, so their buffers may be sent away at once; the rest is written
   * once `after` settles (the page has shown the figures: the Blobs, the clone and the browser's
   * writing of a million rows' 100 MB took a core for a second or more, which the page's first
   * screen waited for on a machine of two), so it must not change. The promise says when it is
   * written, or could not be (a full disk): it never rejects. `spare`: arrays the columns may be
   * copied into (the table builder's own, which nothing uses any more). `key`: the key (keptKey),
   * or how to work it out once the figures are sent (the digest of large files takes a while).
   */
  keep(key: string | (() => Promise<string>), result: Reopened, after?: Promise<unknown>, spare?: SpareColumns): Promise<void>;
}

const openKept = () => openDB<ReopenSchema>(REOPEN_DB, 2, {
  upgrade(db, version, _next, tx) {
    if (version < 1) db.createObjectStore(STORE, { keyPath: 'key' }).createIndex('saved', 'saved');
    // Version 2: results by source. Those kept before have none, and are found by key only.
    if (version < 2) tx.objectStore(STORE).createIndex('source', 'source');
  },
});

/**
 * Forgets every kept result (the page's "delete what is kept" in the load summary): the next
 * opening of any dataset reads its files. False where the browser refused.
 */
export async function forgetKept(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') return false;
    const d = await openKept();
    await d.clear(STORE);
    d.close();
    return true;
  } catch {
    return false;
  }
}

/** The store, or null where the browser has none (it is opened while the files are fetched). */
export async function openReopenStore(): Promise<ReopenStore | null> {
  let d: IDBPDatabase<ReopenSchema>;
  try {
    if (typeof indexedDB === 'undefined') return null;
    d = await openKept();
  } catch {
    return null;
  }
  const get = async (key: string): Promise<Reopened | null> => {
    try {
      const found = await d.get(STORE, key);
      return found ? await fromStored(found) : null;
    } catch {
      return null;
    }
  };
  return {
    async mayHave(shape) {
      try {
        return (await d.count(STORE, IDBKeyRange.bound(keptKey(shape, ''), keptKey(shape, '\uffff')))) > 0;
      } catch {
        return true;
      }
    },
    get,
    async lastFrom(source) {
      try {
        const key = await d.getKeyFromIndex(STORE, 'source', source);
        return key === undefined ? null : { key, result: get(key) };
      } catch {
        return null;
      }
    },
    keep(key, result, after, spare) {
      const keyed = () => (typeof key === 'string' ? Promise.resolve(key) : key());
      const write = async (unkeyed: Omit<Stored, 'key'>) => {
        const stored: Stored = { ...unkeyed, key: await keyed() };
        const tx = d.transaction(STORE, 'readwrite');
        const done = tx.done.catch(() => {});
        await tx.store.put(stored);
        // One result per source: the last.
        if (stored.source !== undefined) {
          for (const other of await tx.store.index('source').getAllKeys(stored.source)) if (other !== stored.key) await tx.store.delete(other);
        }
        const keys = await tx.store.index('saved').getAllKeys();
        for (const old of keys.slice(0, Math.max(0, keys.length - KEEP))) await tx.store.delete(old);
        await done;
      };
      try {
        // The columns copied now (they are sent away right after), into the spare arrays; the
        // Blobs made and written in a later task (kept at once), or once the page has shown the
        // figures (kept after). Made before the columns were sent, a small dataset's Blobs held
        // them back: 115-138 ms of the worker's last 240 ms at 100k rows (3 runs, timing marks).
        const copy = copied(result, spare);
        return (after ?? new Promise((ok) => setTimeout(ok, 0))).then(() => write(blobsOf(copy))).catch(() => {});
      } catch {
        return Promise.resolve();
      }
    },
  };
}
