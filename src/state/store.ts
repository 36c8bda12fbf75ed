// The one store: the view (mirrored in the URL), the loaded dataset and its defaults, and the
// loading state. Changes the reader makes push a history entry, so Back and Forward work.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Model } from '../model/model';
import { chainDefaults, defaultView, followUnit, resolveView, type ViewChoice } from '../model/views/defaults';
import { loadSummary, type LoadSummary } from '../model/views/quality';
import type { Lang } from '../i18n/format';
import { EMPTY_VIEW, parseSearch, toSearch, type ViewState } from './url';

export type DatasetOrigin = 'bundled' | 'url' | 'files';

export interface Dataset {
  model: Model;
  defaults: ViewChoice;
  origin: DatasetOrigin;
  /** File names, for the header. */
  files: string[];
  /** The `data` value it was loaded for ('' for the bundled one; unused for local files). */
  source: string;
  /** The date whose units its old figures are also shown under, or null (as published). */
  today: string | null;
}

export interface LoadProgress {
  phase: 'fetch' | 'read' | 'parse' | 'build';
  loaded: number;
  total: number;
}

/** A load's whole percent, as the progress bar shows it; undefined while the total is not known. */
export function progressPercent(p: LoadProgress): number | undefined {
  return p.total > 0 ? Math.round((p.loaded / p.total) * 100) : undefined;
}

/**
 * The whole megabytes of files come so far, where their total is not known (a server that
 * compresses a file as it sends it tells no length: the bar can only say it is busy), from 1 MB;
 * else undefined. On a phone's network an 82 MB file takes minutes: the reader sees it come.
 */
export function receivedMegabytes(p: LoadProgress): number | undefined {
  return p.phase === 'fetch' && !(p.total > 0) && p.loaded >= 1e6 ? Math.floor(p.loaded / 1e6) : undefined;
}

/** What the progress bar shows of a load's progress: its phase, and its whole percent (or the
 * megabytes come, where the total is not known). */
export function shownProgress(p: LoadProgress): string {
  return `${p.phase} ${progressPercent(p) ?? receivedMegabytes(p) ?? ''}`;
}

/** Why a load failed, translated when shown (the language may change after). */
export type LoadError =
  | { kind: 'cross-origin' | 'bad-url'; url: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'no-rows'; detail: string }
  | { kind: 'exception'; detail: string };

export interface AppState {
  view: ViewState;
  dataset: Dataset | null;
  loading: LoadProgress | null;
  /** Why the last load failed (the dataset on screen, if any, is the previous one). */
  error: LoadError | null;
  /** What the last successful load read, shown once after it; `reopened`: kept from an earlier
   * opening of the same files, not read again (app/reopen.ts). */
  summary: (LoadSummary & { reopened: boolean }) | null;
  /** The view was brought back by Back or Forward (restore), not chosen on the page (navigate):
   * the browser then puts the reader back where they were on it, so the page shows it whole at
   * once (components/LaterOffScreen.tsx). */
  restored?: boolean;
}

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string | URL | null): void;
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
}

export type Navigation = 'push' | 'replace' | 'none';

export interface AppActions {
  /** Change the view; `push` for a reader's change (a history entry), `replace` to tidy the URL. */
  navigate(patch: Partial<ViewState>, how?: Navigation): void;
  /** Go to another unit, keeping period, level and indicator where it has them. */
  selectUnit(unit: string): void;
  setLang(lang: Lang): void;
  /** Back / Forward: the view from the URL, without a new entry. */
  restore(search: string): void;
  startLoading(progress: LoadProgress): void;
  progress(progress: LoadProgress): void;
  /** A dataset read and built: it replaces the one on screen. */
  loaded(model: Model, origin: DatasetOrigin, source: string, options?: { keepError?: boolean; today?: string | null; keepView?: boolean; reopened?: boolean }): void;
  /** Show old figures under today's units, or as published. */
  setToday(today: boolean): void;
  /** A load that failed: the previous dataset stays, with the reason. */
  failed(reason: LoadError): void;
  dismissSummary(): void;
  dismissError(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

/** The view the page shows: the requested one checked against the dataset and its defaults. */
export function resolvedView(state: AppState): ViewChoice | null {
  const d = state.dataset;
  if (!d) return null;
  const v = state.view;
  return resolveView(d.model, {
    unit: v.unit ?? undefined, indicator: v.indicator ?? undefined, period: v.period ?? undefined, level: v.level ?? undefined,
  });
}

/** The URL of a view: what the reader sees, less what the dataset's defaults would fill in. */
export function searchOf(view: ViewState, dataset: Dataset | null): string {
  if (!dataset) return toSearch(view, null);
  const resolved = resolvedView({ view, dataset, loading: null, error: null, summary: null })!;
  return toSearch({ ...view, ...resolved }, chainDefaults(dataset.model, resolved));
}

/**
 * Within a phase, the bar changes at most this often (ms). An 82 MB file's whole percents came every
 * 5-7 ms, each a render of the page's shell on the thread that was taking the file in (pageFetch.ts),
 * most in the same frame as the next. At 1M rows, 6 interleaved loads each (.tmp/console.mts): the
 * file in hand at 934-1,023 ms from navigation, against 939-1,093 ms with a change per percent
 * (earlier in each pair).
 */
export const PROGRESS_EVERY_MS = 50;

/**
 * @param options.keep query parameters every URL the store writes keeps (an embed's `embed=…`).
 * @param options.now the clock PROGRESS_EVERY_MS is counted by (performance.now; a test's own).
 */
export function createAppStore(options: { search?: string; history?: HistoryLike | null; pathname?: () => string; keep?: string; now?: () => number } = {}): AppStore {
  const history = options.history === undefined ? (typeof window !== 'undefined' ? window.history : null) : options.history;
  const pathname = options.pathname ?? (() => (typeof location !== 'undefined' ? location.pathname : '/'));
  const write = (view: ViewState, dataset: Dataset | null, how: Navigation) => {
    if (!history || how === 'none') return;
    const search = searchOf(view, dataset);
    const url = `${pathname()}${options.keep ? `${search ? `${search}&` : '?'}${options.keep}` : search}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const now = options.now ?? (() => performance.now());
  // When the bar last changed (PROGRESS_EVERY_MS).
  let progressAt = -Infinity;

  // A unit chosen before its part was read, and the view it was chosen from.
  let following: { unit: string; from: ViewChoice } | null = null;

  return createStore<AppState & AppActions>()((set, get) => ({
    view: options.search !== undefined ? parseSearch(options.search) : { ...EMPTY_VIEW },
    dataset: null,
    loading: null,
    error: null,
    summary: null,

    navigate(patch, how = 'push') {
      const { view, dataset } = get();
      const next = { ...view, ...patch };
      set({ view: next, restored: false });
      // The same link pushed again is not a new step in the history.
      if (searchOf(next, dataset) === searchOf(view, dataset) && how === 'push') return;
      write(next, dataset, how);
    },

    selectUnit(unit) {
      const state = get();
      const current = resolvedView(state);
      if (!state.dataset || !current) return;
      if (!state.dataset.model.tree.units.has(unit)) {
        // A unit of a partitioned dataset's part not read yet (the picker names it): the view
        // follows it by the same rule once its part is read (loaded).
        following = { unit, from: current };
        get().navigate({ unit });
        return;
      }
      following = null;
      const v = followUnit(state.dataset.model, unit, current);
      get().navigate({ unit: v.unit, indicator: v.indicator, period: v.period, level: v.level });
    },

    setLang(lang) {
      get().navigate({ lang });
    },

    setToday(today) {
      get().navigate({ today });
    },

    restore(search) {
      set({ view: parseSearch(search), restored: true });
    },

    startLoading(progress) {
      set({ loading: progress });
    },

    progress(progress) {
      // Only a change the bar shows: an 82 MB file came in some 1,250 parts, each a render of the
      // page's shell while the page's own thread read the file (loader.ts, pageFetch.ts). Within a
      // phase, no more than one each PROGRESS_EVERY_MS, and its end.
      const shown = get().loading;
      if (!shown || shownProgress(shown) === shownProgress(progress)) return;
      const t = now();
      const end = progress.total > 0 && progress.loaded >= progress.total;
      if (shown.phase === progress.phase && !end && t - progressAt < PROGRESS_EVERY_MS) return;
      progressAt = t;
      set({ loading: progress });
    },

    loaded(model, origin, source, options = {}) {
      const defaults = defaultView(model);
      const dataset: Dataset = { model, defaults, origin, files: model.raw.files, source, today: options.today ?? null };
      const { view } = get();
      // Local files are a new dataset: start from its defaults, keep the language and the era.
      let next = origin === 'files' && !options.keepView ? { ...EMPTY_VIEW, lang: view.lang, data: view.data, today: view.today } : view;
      // The unit chosen has come with its part: a move the reader made, one entry in the history.
      const followed = following !== null && next.unit === following.unit && model.tree.units.has(following.unit);
      if (followed) next = { ...next, ...followUnit(model, following!.unit, following!.from) };
      if (followed || (following && next.unit !== following.unit)) following = null;
      set({ dataset, view: next, loading: null, error: options.keepError ? get().error : null, summary: { ...loadSummary(model), reopened: options.reopened === true } });
      write(next, dataset, followed ? 'push' : 'replace');
    },

    failed(reason) {
      set({ loading: null, error: reason });
    },

    dismissSummary() {
      set({ summary: null });
    },

    dismissError() {
      set({ error: null });
    },
  }));
}
