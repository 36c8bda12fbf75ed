// The page fetches a URL dataset's files itself, from the entry (loader.ts), and hands them to the
// loading worker. The worker's own fetch began only once its code (some 170 KB) had started and
// run: with a 10 MB file on a local server, index.json was asked for some 460 ms after navigation
// and the file came whole at 730 ms, while the worker was ready to read it at 460 ms. The page has
// run its entry by then; the worker, started in the same task, reads the files as soon as it is
// ready for them. Where the page cannot fetch them (an error, a bad index), the worker fetches
// them itself, as before, and says why it cannot.
import type { FetchedByPage, LoadRequest } from './protocol';
import { fetchAll, fetchBytes, filesOf, indexFrom, nameOf, sameOrigin } from './fetchFiles';

type UrlRequest = Extract<LoadRequest, { kind: 'file' | 'folder' }>;

export interface PageFetchHooks {
  /** Bytes come so far, of a total (0 until every file's size is known). */
  progress(loaded: number, total: number): void;
  /** A file's announced length (0: not announced), as soon as it is known; for one not announced,
   * the bytes come so far, once they are enough to read it in two parts (fetchBytes' onLarge:
   * `told` false). `names`: the names of the files being fetched. */
  size(bytes: number, names: string[], told: boolean): void;
  /** Aborted when a newer load comes first. */
  signal: AbortSignal;
}

/** Whether the page fetches a request's files itself: a file or a folder of the page's origin. */
export function fetchesInPage(req: LoadRequest): req is UrlRequest {
  if (req.kind !== 'file' && req.kind !== 'folder') return false;
  try {
    return sameOrigin(req.url);
  } catch {
    return false;
  }
}

/** The request's files (a folder's index.json and the files it lists), as the worker's message,
 * with the buffers to move to it rather than copy. */
export async function fetchInPage(req: UrlRequest, hooks: PageFetchHooks): Promise<{ message: FetchedByPage; transfer: ArrayBuffer[] }> {
  try {
    let index: Uint8Array | null = null;
    let urls = [req.url];
    if (req.kind === 'folder') {
      index = await fetchBytes(req.url, () => {}, undefined, hooks.signal);
      urls = filesOf(indexFrom(index, req.url).files, req.url);
    }
    const names = urls.map(nameOf);
    const files = await fetchAll(urls, hooks.progress, (bytes) => hooks.size(bytes, names, true), hooks.signal, (bytes) => hooks.size(bytes, names, false));
    // Each file's bytes are a buffer of their own (readBody), so each is moved once.
    const transfer = [...files.map((f) => f.content.buffer), ...(index ? [index.buffer] : [])] as ArrayBuffer[];
    return { message: { kind: 'fetched', id: req.id, index, files }, transfer };
  } catch {
    if (hooks.signal.aborted) return { message: { kind: 'fetched', id: req.id, abandoned: true }, transfer: [] };
    return { message: { kind: 'fetched', id: req.id, fallback: true }, transfer: [] };
  }
}
