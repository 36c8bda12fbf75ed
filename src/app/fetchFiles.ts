// Fetching a dataset's files (same origin only), the same way in the loading worker and in the
// page (pageFetch.ts, which starts before the worker's code has loaded).
import { readIndex, type DatasetIndex } from '../data/datasetIndex';
import type { InputFile } from '../data/types';
import type { LoadReply } from './protocol';
import { lineFactsOf, readBody } from './responseBody';
import { SPLIT_MIN_BYTES, splittableName } from '../data/splitSize';
import type { LineFacts } from '../data/lineScan';

export class LoadFailure extends Error {
  constructor(readonly reply: Extract<LoadReply, { type: 'error' }>['error']) {
    super(reply.kind);
  }
}

export const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() || 'data');

/** `onLarge`: a file of unknown length (0 to `onSize`) that has come as far as SPLIT_MIN_BYTES. */
export async function fetchBytes(url: string, onChunk: (n: number) => void, onSize: (n: number) => void = () => {}, signal?: AbortSignal, onLarge: (bytes: number) => void = () => {}): Promise<Uint8Array> {
  const res = await fetch(url, { credentials: 'same-origin', signal });
  if (!res.ok) throw new LoadFailure({ kind: 'http', url, status: res.status });
  // A compressed response's length is not the length of what it reads to: no size then (0).
  const length = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length')) || 0;
  onSize(length);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  // A CSV file large enough to be read in two parts has its lines counted as it comes, while the
  // network is waited for (lineScan.ts, fetched then: no other file needs it), not by the reader
  // before it can start.
  const splittable = splittableName(new URL(url, globalThis.location?.href).pathname);
  const cut = length >= SPLIT_MIN_BYTES && splittable;
  // A length not told (a server that compresses the file as it sends it): the file is known to be
  // large enough to read in two parts once that much of it has come, and said then, so that the
  // second reader starts while the rest comes (readInParts.ts), as it does for a length told.
  let came = 0;
  const onPart = length > 0 || !splittable ? onChunk : (n: number) => {
    if (came < SPLIT_MIN_BYTES && came + n >= SPLIT_MIN_BYTES) onLarge(came + n);
    came += n;
    onChunk(n);
  };
  return readBody(res.body, length, onPart, cut ? import('../data/lineScan').then((m) => m.LineScan) : null);
}

/** Whether a URL (absolute, or relative to the page or the worker) is of this origin. */
export function sameOrigin(url: string): boolean {
  return new URL(url, globalThis.location.href).origin === globalThis.location.origin;
}

/**
 * The files, all at once (one round trip, not one per file), kept in the given order. `onProgress`
 * has a total once every file's size is known (Content-Length): a small file that came whole
 * before a large one's size was known took the bar to 100 % and back to 1 %. Until then, and if
 * any size is not told, the total is 0 (busy). `onSize`: each file's announced length, as it is known;
 * `onLarge` (by default `onSize`): what of a file not announced has come, once that is SPLIT_MIN_BYTES.
 */
export function fetchAll(urls: readonly string[], onProgress: (loaded: number, total: number) => void, onSize: (n: number) => void = () => {}, signal?: AbortSignal, onLarge: (bytes: number) => void = onSize): Promise<FetchedFile[]> {
  let loaded = 0;
  let total = 0;
  let told = 0;
  let unsized = false;
  // A file of another origin is refused before anything is fetched.
  for (const url of urls) if (!sameOrigin(url)) throw new LoadFailure({ kind: 'cross-origin', url });
  return Promise.all(urls.map(async (url) => {
    const content = await fetchBytes(url, (n) => {
      loaded += n;
      const known = told === urls.length && !unsized;
      onProgress(loaded, known ? Math.max(total, loaded) : 0);
    }, (n) => { told++; total += n; if (n <= 0) unsized = true; onSize(n); }, signal, onLarge);
    return { url, content, lineFacts: lineFactsOf(content) };
  }));
}

/** A file fetched: its bytes, and its lines where they were counted as it came. */
export interface FetchedFile {
  url: string;
  content: Uint8Array;
  lineFacts?: LineFacts;
}

export const asInputFiles = (files: readonly FetchedFile[]): InputFile[] => files.map((f) => ({ name: nameOf(f.url), content: f.content, lineFacts: f.lineFacts }));

/** A dataset folder's index.json, read (LoadFailure where it is not an index). */
export function indexFrom(bytes: Uint8Array, url: string): DatasetIndex {
  try {
    return readIndex(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (e) {
    throw new LoadFailure({ kind: 'exception', detail: `${nameOf(url)}: ${(e as Error).message}` });
  }
}

/** The URLs of an index's files (`files`, or a partition's), relative to the index. */
export const filesOf = (names: readonly string[], indexUrl: string) => names.map((n) => new URL(n, indexUrl).href);
