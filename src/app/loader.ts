// Loading a dataset: the worker reads, parses and computes every figure; the page indexes them. A load that fails,
// or reads no row at all, leaves the dataset on screen and says why. Only the latest request
// counts: an older one finishing late is ignored.
import { assembleModel } from '../model/model';
import { unusableReason } from '../model/views/quality';
import { rememberFirstView } from '../model/views/firstView';
import { dataSourceFor } from '../state/dataSource';
import type { AppStore, DatasetOrigin } from '../state/store';
import type { LoadContext, LoadReply, LoadRequest, PageFetchNotice, ShownNotice } from './protocol';
import { fetchesInPage, fetchInPage } from './pageFetch';

// What unpacks the worker's reply (its problems, and the writers of the messages it defers) is
// code the first screen does not need before a reply comes: it is fetched while the worker reads.
let unpacking: Promise<typeof import('./protocol')> | null = null;
const unpacker = () => (unpacking ??= import('./protocol'));

let worker: Worker | null = null;
let latest = 0;

/** Called when the worker itself cannot run (its script missing, or served with a wrong type). */
let onWorkerError: ((detail: string) => void) | null = null;

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    // A worker that fails to start never answers: say so rather than wait forever, and start a
    // new one next time.
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      worker = null;
      onWorkerError?.(e.message || 'the data worker could not be started (is assets/*.js served as JavaScript?)');
    });
  }
  return worker;
}

/** When the page's thread is next idle: after the figures it was given are drawn. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 1000);
}

/** The page's fetch of the latest load's files, if it is still fetching them. */
let fetching: AbortController | null = null;

/** The request's files fetched by the page and handed to the worker (pageFetch.ts). */
function fetchForWorker(store: AppStore, w: Worker, request: Extract<LoadRequest, { kind: 'file' | 'folder' }>): void {
  const controller = new AbortController();
  fetching = controller;
  const tell = (notice: PageFetchNotice, transfer: Transferable[] = []) => w.postMessage(notice, transfer);
  void fetchInPage(request, {
    signal: controller.signal,
    size: (bytes, names, told) => tell({ kind: 'fetch-size', id: request.id, bytes, names, told }),
    progress: (loaded, total) => { if (request.id === latest) store.getState().progress({ phase: 'fetch', loaded, total }); },
  }).then(({ message, transfer }) => {
    if (fetching === controller) fetching = null;
    tell(message, transfer);
  });
}

function run(store: AppStore, asked: LoadRequest, origin: DatasetOrigin, source: string, fallback?: () => void): void {
  const w = getWorker();
  // A newer load: what the page was fetching for the last one is not wanted.
  fetching?.abort();
  fetching = null;
  const byPage = fetchesInPage(asked) ? asked : null;
  const request: LoadRequest = byPage ? { ...byPage, byPage: true } : asked;
  latest = request.id;
  onWorkerError = (detail) => {
    store.getState().failed({ kind: 'exception', detail });
    if (!store.getState().dataset) fallback?.();
  };
  store.getState().startLoading({ phase: request.kind === 'files' ? 'read' : request.kind === 'recompute' ? 'build' : 'fetch', loaded: 0, total: 0 });
  const onMessage = (e: MessageEvent<LoadReply>) => {
    const reply = e.data;
    if (reply.id !== request.id) return;
    if (reply.id !== latest) { w.removeEventListener('message', onMessage); return; }
    const s = store.getState();
    if (reply.type === 'progress') { s.progress({ phase: reply.phase, loaded: reply.loaded, total: reply.total }); return; }
    w.removeEventListener('message', onMessage);
    if (reply.type === 'error') {
      s.failed(reply.error);
      if (!s.dataset) fallback?.();
      return;
    }
    const came = performance.now();
    unpacker().then(({ fromWireDataset, measureLoadPhases }) => {
      if (reply.id !== latest) return;
      const { raw, computed } = fromWireDataset(reply.raw, reply.computed);
      const model = assembleModel(raw, computed, { today: reply.today ?? undefined });
      rememberFirstView(model, reply.first);
      const why = unusableReason(model);
      if (why) {
        store.getState().failed({ kind: 'no-rows', detail: why });
        if (!store.getState().dataset) fallback?.();
        return;
      }
      // Indexed; shown in a task of its own (choosing the view, then rendering it), so that the page
      // can paint and answer input in between rather than run both in one long task.
      setTimeout(() => {
        if (request.id !== latest) return;
        try {
          store.getState().loaded(model, origin, source, { keepError: origin === 'bundled' && source !== store.getState().view.data, today: reply.today, keepView: request.kind === 'recompute' || request.kind === 'partition', reopened: reply.reopened });
          measureLoadPhases(reply.timings ?? [], came);
          // Shown: the worker may keep the figures for the next opening now, not while the page draws.
          if (!reply.reopened) whenIdle(() => w.postMessage({ kind: 'shown', id: reply.id } satisfies ShownNotice));
        } catch (err) {
          failure(err);
        }
      }, 0);
    }).catch(failure);
  };
  const failure = (err: unknown) => {
    store.getState().failed({ kind: 'exception', detail: String((err as Error)?.message ?? err) });
    if (!store.getState().dataset) fallback?.();
  };
  w.addEventListener('message', onMessage);
  w.postMessage(request);
  if (byPage) fetchForWorker(store, w, byPage);
  void unpacker().catch(() => { unpacking = null; });
}

/** Today's date, the day whose units the "today's units" view shows. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function context(store: AppStore): LoadContext {
  return { reference: new URL('reference/', document.baseURI).href, today: store.getState().view.today ? todayIso() : null };
}

/** The dataset on screen again, under today's units or as published, as the view asks; `fresh`:
 * its files read and checked again, not reopened (and what is kept replaced). */
export function recompute(store: AppStore, fresh = false): void {
  const d = store.getState().dataset;
  if (!d) return;
  run(store, { id: latest + 1, kind: 'recompute', fresh, ...context(store) }, d.origin, d.source);
}

/** Partitions asked for (by the units they were asked for), so a view asks once. */
const asked = new Set<string>();

/**
 * A partitioned dataset: load the part that holds the unit on screen, if it is not loaded yet.
 * Called whenever the view's unit changes; does nothing for a dataset without partitions.
 */
export function loadPartitionFor(store: AppStore, unit: string): void {
  const d = store.getState().dataset;
  if (!d || !d.model.raw.partitions.some((p) => !p.loaded)) return;
  const { tree } = d.model;
  const units = tree.units.has(unit) ? tree.path(unit).reverse() : [unit];
  const open = d.model.raw.partitions.filter((p) => !p.loaded);
  // A unit the summary does not know may be under any partition: the worker finds its province.
  if (tree.units.has(unit) && !open.some((p) => units.includes(p.unit))) return;
  const key = `${d.source}\u0001${units.join('/')}`;
  if (asked.has(key)) return;
  asked.add(key);
  run(store, { id: latest + 1, kind: 'partition', units, ...context(store) }, d.origin, d.source);
}

/** Load the dataset a `data` value names ('' for the bundled one). */
export function loadFromParam(store: AppStore, param: string): void {
  const src = dataSourceFor(param, window.location.href);
  const bundled = () => loadFromParam(store, '');
  if (src.kind === 'refused') {
    store.getState().failed({ kind: src.reason, url: src.url });
    if (!store.getState().dataset) bundled();
    return;
  }
  const origin: DatasetOrigin = src.kind === 'bundled' ? 'bundled' : 'url';
  run(store, { id: latest + 1, kind: src.kind === 'bundled' ? 'folder' : src.kind, url: src.url, ...context(store) }, origin, param, param ? bundled : undefined);
}

/** The `data` of the view last loaded for (null before the first). */
let viewData: string | null = null;

/**
 * Load what the view's `data` names, unless it is what was last asked for: the entry calls this
 * before the app's code arrives (the worker fetches and reads while the page loads its chunks), and
 * the app calls it whenever the view's `data` changes (a link, Back and Forward).
 */
export function loadForView(store: AppStore, data: string): void {
  if (viewData === data) return;
  viewData = data;
  loadFromParam(store, data);
}

/** Load dropped or picked files as one dataset. */
export function loadFiles(store: AppStore, files: File[]): void {
  run(store, { id: latest + 1, kind: 'files', files, ...context(store) }, 'files', store.getState().view.data);
}
