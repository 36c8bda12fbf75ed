// The loading worker: fetches (same origin only) or reads the files, then parses them with the
// one reader, posting progress. The page builds the model from the RawDataset it posts back.
/// <reference lib="webworker" />
import { readDataset } from '../data/read';
import type { InputFile, RawDataset } from '../data/types';
import { parseReference, REFERENCE_FILES, type Reference } from '../data/geo/reference';
import { placeUnits } from '../data/geo/placeUnits';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { computeTable } from '../model/model';
import { indexFiles } from '../state/dataSource';
import type { LoadReply, LoadRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

class LoadFailure extends Error {
  constructor(readonly reply: Extract<LoadReply, { type: 'error' }>['error']) {
    super(reply.kind);
  }
}

const post = (reply: LoadReply) => self.postMessage(reply);
const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() || 'data');

async function fetchBytes(url: string, onChunk: (n: number) => void, onSize: (n: number) => void = () => {}): Promise<Uint8Array> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new LoadFailure({ kind: 'http', url, status: res.status });
  const length = Number(res.headers.get('content-length'));
  if (length > 0) onSize(length);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    onChunk(value.length);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

async function fromUrls(id: number, urls: string[]): Promise<InputFile[]> {
  // The total grows as each file's size becomes known (Content-Length), so the bar never overshoots.
  let loaded = 0;
  let total = 0;
  const files: InputFile[] = [];
  for (const url of urls) {
    if (new URL(url).origin !== self.location.origin) throw new LoadFailure({ kind: 'cross-origin', url });
    const content = await fetchBytes(url, (n) => { loaded += n; post({ id, type: 'progress', phase: 'fetch', loaded, total: Math.max(total, loaded) }); }, (n) => { total += n; });
    files.push({ name: nameOf(url), content });
  }
  return files;
}

async function inputs(req: Exclude<LoadRequest, { kind: 'recompute' }>): Promise<InputFile[]> {
  if (req.kind === 'files') {
    const total = req.files.reduce((s, f) => s + f.size, 0);
    let loaded = 0;
    const out: InputFile[] = [];
    for (const f of req.files) {
      out.push({ name: f.name, content: new Uint8Array(await f.arrayBuffer()) });
      loaded += f.size;
      post({ id: req.id, type: 'progress', phase: 'read', loaded, total });
    }
    return out;
  }
  if (req.kind === 'file') return fromUrls(req.id, [req.url]);
  const index = await fetchBytes(req.url, () => {});
  let names: string[];
  try {
    names = indexFiles(JSON.parse(new TextDecoder().decode(index)));
  } catch (e) {
    throw new LoadFailure({ kind: 'exception', detail: `${nameOf(req.url)}: ${(e as Error).message}` });
  }
  return fromUrls(req.id, names.map((n) => new URL(n, req.url).href));
}

// The last dataset read, before and after its units were placed, so that switching to today's
// units and back recomputes without fetching or parsing again.
let last: { deferred: RawDataset; placed: RawDataset; withReference: boolean } | null = null;
let reference: Promise<Reference> | null = null;

function builtinUnits(base: string): Promise<Reference> {
  reference ??= (async () => {
    const text = async (name: string) => {
      const res = await fetch(new URL(name, base), { credentials: 'same-origin' });
      if (!res.ok) throw new LoadFailure({ kind: 'http', url: res.url, status: res.status });
      return res.text();
    };
    const [units2025, unitsPre2025, crosswalk] = await Promise.all([text(REFERENCE_FILES.units2025), text(REFERENCE_FILES.unitsPre2025), text(REFERENCE_FILES.crosswalk)]);
    return parseReference({ units2025, unitsPre2025, crosswalk });
  })();
  reference.catch(() => { reference = null; });
  return reference;
}

/** Units placed among the built-in ones — fetched only when rows name units no units file holds, or for today's units. */
async function placed(deferred: RawDataset, req: LoadRequest): Promise<{ raw: RawDataset; withReference: boolean }> {
  const needs = deferred.pendingUnits.length > 0 || req.today !== null;
  if (!needs) return { raw: placeUnits(deferred, null), withReference: false };
  return { raw: placeUnits(deferred, await builtinUnits(req.reference)), withReference: true };
}

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const req = e.data;
  try {
    if (req.kind === 'recompute') {
      if (!last) throw new LoadFailure({ kind: 'exception', detail: 'no dataset to recompute' });
      if (req.today !== null && !last.withReference) {
        const p = await placed(last.deferred, req);
        last = { deferred: last.deferred, placed: p.raw, withReference: p.withReference };
      }
    } else {
      const files = await inputs(req);
      post({ id: req.id, type: 'progress', phase: 'parse', loaded: 0, total: 0 });
      const deferred = readDataset(files, { catalogue: BUILTIN_INDICATORS, reference: 'defer' });
      const p = await placed(deferred, req);
      last = { deferred, placed: p.raw, withReference: p.withReference };
    }
    // The sums and checks run here too, off the page's thread; the page only indexes the result.
    post({ id: req.id, type: 'progress', phase: 'build', loaded: 0, total: 0 });
    const raw = last.placed;
    const { computed, transfer } = computeTable(raw, { today: req.today ?? undefined });
    // The page gets the figures as columns (buffers moved, not copied), not the rows read.
    self.postMessage({ id: req.id, type: 'done', raw: { ...raw, observations: [] }, computed, today: req.today } satisfies LoadReply, transfer);
  } catch (err) {
    post({ id: req.id, type: 'error', error: err instanceof LoadFailure ? err.reply : { kind: 'exception', detail: String((err as Error)?.message ?? err) } });
  }
};
