// The loading worker: fetches (same origin only) or reads the files, then parses them with the
// one reader, posting progress. The page builds the model from the RawDataset it posts back.
/// <reference lib="webworker" />
import { readDataset } from '../data/read';
import type { InputFile } from '../data/types';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { computeDataset } from '../model/model';
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

async function inputs(req: LoadRequest): Promise<InputFile[]> {
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

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const req = e.data;
  try {
    const files = await inputs(req);
    post({ id: req.id, type: 'progress', phase: 'parse', loaded: 0, total: 0 });
    const raw = readDataset(files, { catalogue: BUILTIN_INDICATORS });
    // The sums and checks run here too, off the page's thread; the page only indexes the result.
    post({ id: req.id, type: 'progress', phase: 'build', loaded: 0, total: 0 });
    const computed = computeDataset(raw);
    post({ id: req.id, type: 'done', raw, computed });
  } catch (err) {
    post({ id: req.id, type: 'error', error: err instanceof LoadFailure ? err.reply : { kind: 'exception', detail: String((err as Error)?.message ?? err) } });
  }
};
