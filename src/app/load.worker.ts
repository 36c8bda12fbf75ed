// The loading worker: takes the files the page fetched (pageFetch.ts), or fetches them itself (same
// origin only), or reads the files dropped, then parses them with the one reader, posting progress.
// The page builds the model from the RawDataset it posts back.
/// <reference lib="webworker" />
import type { InputFile, RawDataset } from '../data/types';
import { parseReference, REFERENCE_FILES, type Reference } from '../data/geo/reference';
import { placeUnits } from '../data/geo/placeUnits';
import { partsAtTreeKeys, withPartUnits } from '../data/geo/partUnits';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../model/dimensionAliases';
import { assembleModel, computeProgress, computeTable, type ComputeStep } from '../model/model';
import { findFirstView } from '../model/views/firstView';
import type { DatasetIndex } from '../data/datasetIndex';
import { toWireDataset, type FetchedByPage, type WireComputed, type WireRaw, type LoadReply, type LoadRequest, type PageFetchNotice, type ShownNotice } from './protocol';
import { asInputFiles, fetchAll, fetchBytes, filesOf, indexFrom, LoadFailure } from './fetchFiles';
import { digest, keptKey, openReopenStore, shapeOfContent, type ReopenStore } from './reopen';
import { readInParts, warmPartReader } from './readInParts';
import { SPLIT_MIN_BYTES } from '../data/splitSize';
import { partReading, withParts, type PartReading } from '../data/partReadings';
import { PhaseClock } from './loadPhases';
import { columnBuffers } from '../model/table';
import { problemBuffers } from '../data/problemPack';
import { ProblemList } from '../data/problemList';
import { MemoryWriter, tableMemory, type TableMemory } from '../model/tableMemory';
import { AHEAD_MIN_BYTES } from '../data/pages';

declare const self: DedicatedWorkerGlobalScope;

/** What a reply moves rather than copies: the columns' arrays and the packed problems'. Here, not
 * in protocol.ts: the page's code would then take the table's module into a chunk of its own. */
function wireBuffers(raw: WireRaw, computed: WireComputed): ArrayBuffer[] {
  // Each once: a buffer listed twice is refused (DataCloneError), and one read back from IndexedDB
  // is the browser's to share between arrays.
  return [...new Set([...columnBuffers(computed.columns), ...problemBuffers(computed.problems), ...problemBuffers(raw.problems)])];
}

const post = (reply: LoadReply) => self.postMessage(reply);

function fromUrls(id: number, urls: string[]): Promise<InputFile[]> {
  return fetchAll(urls, (loaded, total) => post({ id, type: 'progress', phase: 'fetch', loaded, total }), (n) => warmPartReader(n), undefined, (n) => warmPartReader(n, false)).then(asInputFiles);
}

// What the page fetched for a request (`byPage`), by the request's id: delivered by whichever of the
// request and the page's message is handled first.
const byPage = new Map<number, { files: Promise<FetchedByPage>; deliver: (f: FetchedByPage) => void }>();
function fetchedByPage(id: number) {
  let entry = byPage.get(id);
  if (!entry) {
    let deliver!: (f: FetchedByPage) => void;
    const files = new Promise<FetchedByPage>((ok) => { deliver = ok; });
    entry = { files, deliver };
    byPage.set(id, entry);
  }
  return entry;
}

/** The files the page fetched for a request, as inputs; null where the worker is to fetch them
 * itself (the page could not: it fails here as it did there, and says why). */
async function pageInputs(req: Extract<LoadRequest, { kind: 'file' | 'folder' }>): Promise<Inputs | null> {
  const got = await fetchedByPage(req.id).files;
  byPage.delete(req.id);
  if ('abandoned' in got) throw new LoadFailure({ kind: 'exception', detail: 'a newer load came first' });
  if ('fallback' in got) return null;
  const files = asInputFiles(got.files);
  if (req.kind === 'file') return { files, index: null, base: null };
  return { files, index: indexFrom(got.index!, req.url), base: req.url };
}

interface Inputs {
  files: InputFile[];
  /** A folder's index.json, with the URL its names are relative to. */
  index: DatasetIndex | null;
  base: string | null;
}

/** Whether one of a dataset's files is named for units (units.csv, don_vi.xlsx, …). */
const hasUnitsFile = (names: readonly string[]) => names.some((n) => /unit|đơn[\s_-]*vị|don[\s_-]*vi/i.test(n.normalize('NFC')));

/**
 * A dataset whose files include none named for units names its units by official code or name,
 * among Vietnam's built-in lists, nearly always: those are fetched while its files are read
 * (seconds of work for the worker, with the network idle), not after it (a round trip and 1.3 MB
 * that the figures' sums waited for). Not while its files come, unless one is large (warmLarge):
 * they would share the bandwidth. A dataset that turns out not to need them has fetched them for
 * nothing; one with a units file under another name fetches them when its rows need them, as before.
 */
async function warmReference(names: string[], req: LoadRequest): Promise<void> {
  if (hasUnitsFile(names)) return;
  void referenceTexts(req.reference).catch(() => {});
  // The requests leave only when this thread next takes a task: before the rows are read, which
  // hold it for seconds.
  await new Promise((go) => setTimeout(go, 0));
}

async function inputs(req: Extract<LoadRequest, { kind: 'file' | 'folder' | 'files' }>): Promise<Inputs> {
  if (req.kind === 'files') {
    for (const f of req.files) warmPartReader(f.size);
    const total = req.files.reduce((s, f) => s + f.size, 0);
    let loaded = 0;
    const out: InputFile[] = [];
    for (const f of req.files) {
      out.push({ name: f.name, content: new Uint8Array(await f.arrayBuffer()) });
      loaded += f.size;
      post({ id: req.id, type: 'progress', phase: 'read', loaded, total });
    }
    return { files: out, index: null, base: null };
  }
  if (req.byPage) {
    const got = await pageInputs(req);
    if (got) return got;
  }
  if (req.kind === 'file') return { files: await fromUrls(req.id, [req.url]), index: null, base: null };
  const index = indexFrom(await fetchBytes(req.url, () => {}), req.url);
  // A partitioned dataset: the summary now, each partition when a reader drills into it.
  return { files: await fromUrls(req.id, filesOf(index.files, req.url)), index, base: req.url };
}

interface Read {
  deferred: RawDataset;
  placed: RawDataset;
  withReference: boolean;
  /** A partitioned dataset's own files and what each partition loaded so far gave when read
   * (partReadings.ts): the next partition is read with the dataset's files only. Null where the
   * partitions were read with the rest and cannot be told apart. */
  parts: { base: InputFile[]; kept: PartReading[] } | null;
}

// The last dataset: its files, so that a partition drilled into is read with them; once read,
// the dataset before and after its units were placed, so that switching to today's units and
// back recomputes without fetching or parsing again (null when it was reopened: read on demand);
// whether its units were placed among the built-in ones.
// `partKeys`: each part's unit as the tree names it, in the index's order (partsAtTreeKeys).
let last: { inputs: Inputs; loaded: Set<string>; read: Read | null; builtin: boolean; partKeys: string[] } | null = null;

// Vietnam's unit lists: their texts (and digest), then the reference parsed from them.
let texts: Promise<{ units2025: string; unitsPre2025: string; crosswalk: string; digest: string }> | null = null;
let reference: Promise<Reference> | null = null;

function referenceTexts(base: string): NonNullable<typeof texts> {
  texts ??= (async () => {
    const text = async (name: string) => {
      const res = await fetch(new URL(name, base), { credentials: 'same-origin' });
      if (!res.ok) throw new LoadFailure({ kind: 'http', url: res.url, status: res.status });
      return res.text();
    };
    const [units2025, unitsPre2025, crosswalk] = await Promise.all([text(REFERENCE_FILES.units2025), text(REFERENCE_FILES.unitsPre2025), text(REFERENCE_FILES.crosswalk)]);
    return { units2025, unitsPre2025, crosswalk, digest: await digest([units2025, unitsPre2025, crosswalk]) };
  })();
  texts.catch(() => { texts = null; });
  return texts;
}

function builtinUnits(base: string): Promise<Reference> {
  reference ??= referenceTexts(base).then(parseReference);
  reference.catch(() => { reference = null; });
  return reference;
}

/** Units placed among the built-in ones — fetched only when rows name units no units file holds, or for today's units. */
async function placed(deferred: RawDataset, req: LoadRequest): Promise<{ raw: RawDataset; withReference: boolean }> {
  const needs = deferred.pendingUnits.length > 0 || req.today !== null;
  if (!needs) return { raw: partsAtTreeKeys(placeUnits(deferred, null)), withReference: false };
  const ref = await builtinUnits(req.reference);
  // The units of a partitioned dataset's parts not read yet, by name, for the unit picker.
  return { raw: withPartUnits(partsAtTreeKeys(placeUnits(deferred, ref)), ref), withReference: true };
}

/** Reads the inputs as one dataset, with the partitions loaded so far marked. `added`: a
 * partition's files, the last of the inputs, where one is being loaded; `prev`: the dataset's
 * reading before it, whose partitions' readings are kept. */
async function read(id: number, inp: Inputs, loaded: Set<string>, req: LoadRequest, added: InputFile[] | null, prev: Read | null): Promise<Read> {
  await warmReference(inp.files.map((f) => f.name), req);
  post({ id, type: 'progress', phase: 'parse', loaded: 0, total: 0 });
  // A large CSV file is read in two parts at once, by this worker and a second one (readInParts.ts).
  const options = { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' as const, onProgress: (rows: number, total: number) => post({ id, type: 'progress', phase: 'parse', loaded: rows, total }) };
  let raw: RawDataset | null = null;
  let parts: Read['parts'] = null;
  let before = prev?.parts ?? null;
  let beforeRead = prev?.deferred ?? null;
  if (added && !before && loaded.size === 1) {
    // The first partition of a dataset not read here (reopened: reopen.ts): its own files read
    // first (a summary), so that each partition's reading is kept from this one on.
    const base = inp.files.slice(0, inp.files.length - added.length);
    beforeRead = await readInParts(base, options);
    before = { base, kept: [] };
  }
  if (added && before && beforeRead) {
    // The partition's files with the dataset's own, and the partitions read before put in.
    const names = new Set(added.map((f) => f.name));
    const taken = new Set([...before.base.map((f) => f.name), ...before.kept.flatMap((k) => k.names)]);
    if (names.size === added.length && ![...names].some((n) => taken.has(n))) {
      const latest = await readInParts([...before.base, ...added], options);
      const joined = withParts(latest, names, before.kept);
      const part = joined && partReading(latest, names, beforeRead);
      if (joined && part) {
        raw = joined;
        parts = { base: before.base, kept: [...before.kept, part] };
      }
    }
  }
  if (!raw) {
    raw = await readInParts(inp.files, options);
    // The dataset's own files alone: its partitions' readings are kept from the first on.
    parts = loaded.size === 0 ? { base: inp.files, kept: [] } : null;
  }
  const deferred: RawDataset = {
    ...raw,
    partitions: (inp.index?.partitions ?? []).map((p) => ({ ...p, loaded: loaded.has(p.unit) })),
    synthetic: raw.synthetic || inp.index?.synthetic === true,
  };
  const p = await placed(deferred, req);
  return { deferred, placed: p.raw, withReference: p.withReference, parts };
}

// Results kept for the next opening (reopen.ts): not in development, where the worker's name
// does not change with its code.
const reopenStore: Promise<ReopenStore | null> = import.meta.env.DEV ? Promise.resolve(null) : openReopenStore();

/** The digest a result is kept under: this worker's code, the era, the files, the index and the
 * partitions loaded; its shape (reopen.ts) has each file's length, start and end for its bytes. */
function reopenDigest(inp: Inputs, loaded: Set<string>, req: LoadRequest, part: 'shape' | 'whole'): Promise<string> {
  return digest([
    'cchc-reopen/4', part, self.location.href, req.today ?? '', inp.index ? JSON.stringify(inp.index) : '', [...loaded].sort().join('\n'),
    ...inp.files.flatMap((f) => [f.name, ...(part === 'shape' ? shapeOfContent(f.content) : [f.content])]),
  ]);
}

/** Where a new dataset's inputs come from, with the era: the result last kept from the same
 * source is read while its files come (reopen.ts). A hint only: it is used where its key is the
 * files' own. Null for the last dataset again (recompute, a partition). */
function sourceOf(req: LoadRequest): string | null {
  const era = req.today ?? '';
  if (req.kind === 'file' || req.kind === 'folder') return [req.kind, new URL(req.url, self.location.href).href, era].join('\n');
  if (req.kind === 'files') return ['files', ...req.files.map((f) => `${f.name}:${f.size}:${f.lastModified}`), era].join('\n');
  return null;
}

/** The partition not yet loaded that one of `units` names (the unit and its ancestors, as the page
 * sends them), or null: then requested() looks for the partition of the unit's province. */
function partitionFor(units: string[]): string | null {
  const parts = last?.inputs.index?.partitions ?? [];
  const keys = last?.partKeys ?? [];
  // The index's unit, or the tree's key for it (a province of before 2025: `08.pre2025`).
  const i = parts.findIndex((p, k) => !last!.loaded.has(p.unit) && (units.includes(p.unit) || (keys[k] !== undefined && units.includes(keys[k]))));
  return i < 0 ? null : parts[i].unit;
}

/** The inputs of a request: new files, or the last dataset's (with a partition's files added). */
async function requested(req: LoadRequest): Promise<{ inputs: Inputs; loaded: Set<string>; same: boolean; added: InputFile[] | null }> {
  if (req.kind !== 'recompute' && req.kind !== 'partition') return { inputs: await inputs(req), loaded: new Set(), same: false, added: null };
  if (!last) throw new LoadFailure({ kind: 'exception', detail: req.kind === 'recompute' ? 'no dataset to recompute' : 'no dataset to add a partition to' });
  if (req.kind === 'partition') {
    let unit = partitionFor(req.units);
    if (unit === null && (reference || last.builtin)) {
      // A unit the summary does not name (a commune from a shared link): its province's partition.
      const ref = await builtinUnits(req.reference);
      const province = req.units.map((u) => ref.provinceOf(u)?.key).find(Boolean);
      if (province) unit = partitionFor([province]);
    }
    const part = unit === null ? null : last.inputs.index!.partitions.find((p) => p.unit === unit)!;
    if (part) {
      const files = await fromUrls(req.id, filesOf(part.files, last.inputs.base!));
      return { inputs: { ...last.inputs, files: [...last.inputs.files, ...files] }, loaded: new Set([...last.loaded, part.unit]), same: false, added: files };
    }
  }
  return { inputs: last.inputs, loaded: last.loaded, same: true, added: null };
}

/**
 * Columns larger than this (some 26,000 figures) are kept only once the page has shown them. At
 * 100k rows (12 MB of columns) the digest, Blobs and writing, done while the page drew its first
 * screen, held it 120-140 ms longer on a machine of two cores (worker's figures → first chart, 5
 * interleaved runs each: 460-513 ms kept at once, 321-371 ms kept once shown); a small dataset's
 * take a few milliseconds, and are kept at once, even if the reader reloads straight away.
 */
const KEEP_AFTER_SHOWN_BYTES = 2_000_000;

// Loads whose figures the page has yet to show, by id: what is kept of them is written after.
const unshown = new Map<number, () => void>();

/** Settles when the page says it has shown load `id`'s figures, or after a while if it never does
 * (a newer load came first, or the figures could not be shown). */
function shownBy(id: number): Promise<void> {
  return new Promise<void>((ok) => {
    const done = () => { unshown.delete(id); ok(); };
    unshown.set(id, done);
    setTimeout(done, 10_000);
  });
}

/** Requests whose files the page is fetching, by id. */
const fetchingFor = new Map<number, LoadRequest>();

/**
 * A file is coming. Of 4 MB or more (AHEAD_MIN_BYTES) and its length told, memory for its rows and
 * its table is readied while the worker waits for it (readInParts.ts, writeTableAhead). As large as
 * a reader's part (SPLIT_MIN_BYTES, at least 16 MB), the second reader starts, and where no file is
 * named for units the built-in lists are fetched and parsed now. Parsed once the rows were read,
 * they held the sums back: 86-185 ms in node (.tmp/refparse.mts), more in a worker just started.
 * Their 1.3 MB are a small share of such a file's bandwidth.
 */
function warmLarge(bytes: number, names: readonly string[], req: LoadRequest | undefined, told: boolean): void {
  warmPartReader(bytes, told);
  if (req && bytes >= SPLIT_MIN_BYTES && !hasUnitsFile(names)) void builtinUnits(req.reference).catch(() => {});
  // Sized by the file's length: not for one whose length is not told.
  if (req && bytes >= AHEAD_MIN_BYTES && told) writeTableAhead(req.id, bytes);
}

/**
 * The figures' table's memory for the load coming (tableMemory.ts), made and written while its file
 * comes, a slice a task, until its rows are read (then what is left is written as the table is).
 * For as many figures as a file of this size has rows at 80 bytes a row (the bench's 82 MB file:
 * 1,027,684 rows), twice over (the table's figures with the rates' counts: 2,037,411 there), and a
 * tenth more; the table is built in new memory where it needs more. Null until a large file comes.
 */
let ahead: { id: number; memory: TableMemory; writing: boolean } | null = null;

function writeTableAhead(id: number, bytes: number): void {
  if (ahead?.id === id) return;
  let memory: TableMemory;
  try { memory = tableMemory(Math.ceil((bytes / 80) * 2 * 1.1)); } catch { return; }
  const mine = { id, memory, writing: true };
  ahead = mine;
  const writer = new MemoryWriter(memory);
  // 4 MB a task (some 12 ms on this machine): a file that has come waits that long at most.
  const next = () => { if (mine.writing && writer.step(4 * 1024 * 1024)) setTimeout(next, 0); };
  setTimeout(next, 0);
}

/** The table's memory made ahead for load `id`, if any: no longer written, and given once. */
function tableAhead(id: number): TableMemory | null {
  const mine = ahead;
  if (mine) mine.writing = false;
  ahead = null;
  return mine?.id === id ? mine.memory : null;
}

self.onmessage = async (e: MessageEvent<LoadRequest | ShownNotice | PageFetchNotice>) => {
  if (e.data.kind === 'shown') { unshown.get(e.data.id)?.(); return; }
  if (e.data.kind === 'fetch-size') { warmLarge(e.data.bytes, e.data.names, fetchingFor.get(e.data.id), e.data.told); return; }
  if (e.data.kind === 'fetched') { fetchedByPage(e.data.id).deliver(e.data); return; }
  const req = e.data;
  // Where the time goes (loadPhases.ts): the page measures these phases when the figures come.
  const clock = new PhaseClock();
  clock.next('files');
  try {
    // The result last kept from the same source, read while the files come (not for a fresh read).
    const source = sourceOf(req);
    const early = source === null ? Promise.resolve(null) : reopenStore.then((s) => s?.lastFrom(source) ?? null);
    fetchingFor.set(req.id, req);
    const { inputs: inp, loaded, same, added } = await requested(req).finally(() => fetchingFor.delete(req.id));
    // The files have come: the table's memory is written no further ahead.
    const memory = tableAhead(req.id);
    clock.next('read');
    // Computed before from the same files, era and partitions: reopened rather than read again.
    const store = await reopenStore;
    const fresh = req.kind === 'recompute' && req.fresh === true;
    const shape = store ? await reopenDigest(inp, loaded, req, 'shape') : null;
    // The whole digest only where a result of the same shape is kept (else after the figures are sent).
    const key = store && shape && !fresh && await store.mayHave(shape) ? keptKey(shape, await reopenDigest(inp, loaded, req, 'whole')) : null;
    const lastKept = key ? await early : null;
    const kept = store && key ? await (lastKept?.key === key ? lastKept.result : store.get(key)) : null;
    if (kept && (kept.reference === null || kept.reference === (await referenceTexts(req.reference).catch(() => null))?.digest)) {
      last = { inputs: inp, loaded, read: same ? last!.read : null, builtin: kept.reference !== null, partKeys: kept.raw.partitions.map((p) => p.unit) };
      clock.as('reopened');
      clock.next(null);
      self.postMessage({ id: req.id, type: 'done', raw: kept.raw, computed: kept.computed, first: kept.first, today: req.today, reopened: true, timings: clock.timings() } satisfies LoadReply, wireBuffers(kept.raw, kept.computed));
      return;
    }
    let r = same && !fresh ? last!.read : null;
    if (r && req.today !== null && !r.withReference) {
      // Today's units on a dataset read as published: placed again, not read again.
      const p = await placed(r.deferred, req);
      r = { ...r, placed: p.raw, withReference: p.withReference };
    }
    r ??= await read(req.id, inp, loaded, req, added, last?.read ?? null);
    last = { inputs: inp, loaded, read: r, builtin: r.withReference, partKeys: r.placed.partitions.map((p) => p.unit) };
    // The sums and checks run here too, off the page's thread; the page only indexes the result.
    post({ id: req.id, type: 'progress', phase: 'build', loaded: 0, total: 0 });
    const raw = r.placed;
    // Each step of the sums and checks moves the bar (at a million rows they take seconds).
    const onStep = (step: ComputeStep) => post({ id: req.id, type: 'progress', phase: 'build', loaded: computeProgress(step), total: 100 });
    clock.next('compute');
    const { computed, transfer, spare } = computeTable(raw, { today: req.today ?? undefined, onStep, memory });
    clock.next('send');
    // Where the overview opens: found here on the columns the page will get (the page's own search
    // would hold its thread; a reopen finds it kept).
    const first = findFirstView(assembleModel(raw, { ...computed, problems: ProblemList.from(computed.problems) }, { today: req.today ?? undefined }));
    const wire = toWireDataset(raw, computed);
    const reply = { id: req.id, type: 'done', raw: wire.raw, computed: wire.computed, first, today: req.today, reopened: false } satisfies LoadReply;
    if (store && shape) {
      // Kept for the next opening (copied now, before the columns are sent; written after).
      const ref = r.withReference ? (await referenceTexts(req.reference)).digest : null;
      // Large figures are written once the page has shown them (reopen.ts); small ones in the next
      // task, which costs the page little and is kept even if the reader reloads straight away.
      const big = transfer.reduce((n, b) => n + b.byteLength, 0) > KEEP_AFTER_SHOWN_BYTES;
      // The columns are copied into the table builder's own arrays (`spare`), which nothing uses
      // now: memory written already takes a tenth of the time of new memory to fill.
      const keyed = key ?? (async () => keptKey(shape, await reopenDigest(inp, loaded, req, 'whole')));
      void store.keep(keyed, { raw: wire.raw, computed: wire.computed, first, reference: ref, source: source ?? undefined }, big ? shownBy(req.id) : undefined, spare);
    }
    // The page gets the figures as columns and the problems packed (buffers moved, not copied), not
    // the rows read.
    clock.next(null);
    self.postMessage({ ...reply, timings: clock.timings() } satisfies LoadReply, wireBuffers(wire.raw, wire.computed));
  } catch (err) {
    post({ id: req.id, type: 'error', error: err instanceof LoadFailure ? err.reply : { kind: 'exception', detail: String((err as Error)?.message ?? err) } });
  }
};
