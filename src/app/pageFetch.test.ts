// The page's fetch of a URL dataset's files, handed to the loading worker (pageFetch.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchesInPage, fetchInPage, type PageFetchHooks } from './pageFetch';

const BASE = 'https://tinh.example.gov.vn/cchc/';
const ctx = { reference: `${BASE}reference/`, today: null };
const text = (s: string) => new TextEncoder().encode(s);

/** A server of these files (each with its length); anything else is a 404. */
function serveFiles(files: Record<string, string>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    asked.push(url);
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const body = files[url];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(text(body), { headers: { 'Content-Length': String(text(body).length) } });
  });
  return asked;
}

function hooks(signal = new AbortController().signal) {
  const sizes: number[] = [];
  const names: string[][] = [];
  const told: boolean[] = [];
  const progress: [number, number][] = [];
  const h: PageFetchHooks = { signal, size: (n, of, t) => { sizes.push(n); names.push(of); told.push(t); }, progress: (l, t) => progress.push([l, t]) };
  return { h, sizes, names, told, progress };
}

beforeEach(() => vi.stubGlobal('location', new URL(`${BASE}index.html`)));
afterEach(() => vi.unstubAllGlobals());

describe('which loads the page fetches itself', () => {
  it('a file or a folder of the page\'s own origin', () => {
    expect(fetchesInPage({ id: 1, kind: 'folder', url: `${BASE}data/index.json`, ...ctx })).toBe(true);
    expect(fetchesInPage({ id: 1, kind: 'file', url: `${BASE}data/observations.csv`, ...ctx })).toBe(true);
  });
  it('not another origin\'s (the worker refuses it and says so), nor files dropped, nor a recompute', () => {
    expect(fetchesInPage({ id: 1, kind: 'file', url: 'https://example.com/observations.csv', ...ctx })).toBe(false);
    expect(fetchesInPage({ id: 1, kind: 'files', files: [], ...ctx })).toBe(false);
    expect(fetchesInPage({ id: 1, kind: 'recompute', ...ctx })).toBe(false);
  });
});

describe('fetchInPage', () => {
  it('a folder: its index.json and the files it lists, in the index\'s order, each size told, the buffers moved', async () => {
    const index = JSON.stringify({ files: ['targets.csv', 'observations.csv'] });
    serveFiles({ [`${BASE}data/index.json`]: index, [`${BASE}data/targets.csv`]: 'a,b\n', [`${BASE}data/observations.csv`]: 'unit,value\n91,1\n' });
    const { h, sizes, names, told, progress } = hooks();
    const { message, transfer } = await fetchInPage({ id: 7, kind: 'folder', url: `${BASE}data/index.json`, ...ctx }, h);
    if (!('files' in message)) throw new Error(`not fetched: ${JSON.stringify(message)}`);
    expect(message.id).toBe(7);
    expect(new TextDecoder().decode(message.index!)).toBe(index);
    expect(message.files.map((f) => [f.url, new TextDecoder().decode(f.content)])).toEqual([[`${BASE}data/targets.csv`, 'a,b\n'], [`${BASE}data/observations.csv`, 'unit,value\n91,1\n']]);
    expect(sizes.sort((a, b) => a - b)).toEqual([4, 16]);
    expect(told).toEqual([true, true]);
    // With each size, the names of the files fetched: the worker sees whether one is a units file.
    expect(names).toEqual([['targets.csv', 'observations.csv'], ['targets.csv', 'observations.csv']]);
    expect(progress.at(-1)).toEqual([20, 20]);
    expect(transfer).toHaveLength(3);
  });

  it('a file: that file, and no index', async () => {
    serveFiles({ [`${BASE}so-lieu.csv`]: 'unit,value\n' });
    const { message } = await fetchInPage({ id: 2, kind: 'file', url: `${BASE}so-lieu.csv`, ...ctx }, hooks().h);
    expect('files' in message && message.index === null && message.files.map((f) => f.url)).toEqual([`${BASE}so-lieu.csv`]);
  });

  it('what it cannot fetch (a 404, an index that is not one, a file of another origin) is left to the worker, which says why', async () => {
    serveFiles({ [`${BASE}bad/index.json`]: '{ "files": [', [`${BASE}other/index.json`]: JSON.stringify({ files: ['https://example.com/x.csv'] }) });
    for (const url of [`${BASE}missing/index.json`, `${BASE}bad/index.json`, `${BASE}other/index.json`]) {
      const { message } = await fetchInPage({ id: 3, kind: 'folder', url, ...ctx }, hooks().h);
      expect(message, url).toEqual({ kind: 'fetched', id: 3, fallback: true });
    }
  });

  // A server that compresses a file as it sends it tells no length (Content-Encoding, no
  // Content-Length): the worker hears of a large file once 16 MB of it has come, and starts its
  // second reader then (readInParts.ts), not only once it has it all.
  it('a large CSV file sent compressed: once 16 MB of it has come, that much is told as its size, once', async () => {
    const chunk = new Uint8Array(1 << 20).fill(0x31);
    const parts = (n: number) => new ReadableStream<Uint8Array>({ start(c) { for (let k = 0; k < n; k++) c.enqueue(chunk.slice()); c.close(); } });
    vi.stubGlobal('fetch', async (url: string) => new Response(parts(url.endsWith('small.csv') ? 15 : 20), { headers: { 'Content-Encoding': 'gzip' } }));
    for (const [name, said] of [['ca-nuoc.csv', [0, 16 << 20]], ['small.csv', [0]], ['ca-nuoc.xlsx', [0]]] as const) {
      const { h, sizes, told, progress } = hooks();
      const { message } = await fetchInPage({ id: 5, kind: 'file', url: `${BASE}${name}`, ...ctx }, h);
      expect(sizes, name).toEqual(said);
      // The 16 MB is what has come, not the file's length (the worker readies no memory by it).
      expect(told, name).toEqual(said.map((n) => n === 0));
      // The progress bar stays busy: the file's whole length is not known.
      expect(progress.every(([, total]) => total === 0), name).toBe(true);
      expect('files' in message && message.files[0].content.length, name).toBe((name === 'small.csv' ? 15 : 20) << 20);
    }
  });

  it('a load a newer one came before is abandoned, not left to the worker', async () => {
    serveFiles({ [`${BASE}data/index.json`]: JSON.stringify({ files: ['observations.csv'] }) });
    const controller = new AbortController();
    controller.abort();
    const { message } = await fetchInPage({ id: 4, kind: 'folder', url: `${BASE}data/index.json`, ...ctx }, hooks(controller.signal).h);
    expect(message).toEqual({ kind: 'fetched', id: 4, abandoned: true });
  });
});
