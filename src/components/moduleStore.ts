// Code loaded on demand and drawn without Suspense: a component shows its placeholder (or nothing)
// until the module is here, then is drawn by a state update (in a transition: in slices). A render
// that suspends on code instead (React.lazy) commits its fallback, and React then holds the content
// back until 300 ms after that fallback (its throttle on revealing suspended content) — even where
// the code came a moment later or was already in. The first chart, an embed's frame and the overview's panels
// each waited for that with their code in (test/e2e/firstChart.e2e.ts, embedFrame.e2e.ts).
import { createElement, startTransition, useEffect, useReducer, type ComponentType, type ReactNode } from 'react';

export class ModuleStore<T> {
  private module: T | null = null;
  private failed: { error: unknown } | null = null;
  private loading: Promise<T> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly importer: () => Promise<T>) {}

  /** Fetches the module, once (again after a failure); the same promise while it comes. */
  load(): Promise<T> {
    this.loading ??= this.importer().then(
      (m) => { this.module = m; this.failed = null; this.changed(); return m; },
      (error: unknown) => { this.loading = null; this.failed = { error }; this.changed(); throw error; },
    );
    return this.loading;
  }

  /** The module if it has come. */
  get current(): T | null {
    return this.module;
  }

  /** Why it could not be fetched, if it could not. */
  get failure(): { error: unknown } | null {
    return this.failed;
  }

  readonly subscribe = (l: () => void) => { this.listeners.add(l); return () => { this.listeners.delete(l); }; };

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * The module once it has come, else null (and it is asked for, where `start`). A module that
 * could not be fetched is thrown to the nearest error boundary, as a failed lazy chunk was.
 */
export function useModule<T>(store: ModuleStore<T>, start = true): T | null {
  // Read as it is now, and drawn again when it comes, in a transition: React builds that in slices
  // that yield to the browser, as it builds the deferred view. Not an external store's snapshot
  // (useSyncExternalStore), whose change React draws at once in one pass, and which, where the
  // module came while React was building a view in slices (the overview's panels, deferred), made
  // it throw that work away and build it all again in one blocking pass (useModule.test.ts).
  const module = store.current;
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const redraw = () => startTransition(bump);
    // It may have come between this render and now: drawn again then too.
    if (store.current !== module) redraw();
    return store.subscribe(redraw);
  }, [store, module]);
  if (module) return module;
  const failure = store.failure;
  if (failure) throw failure.error;
  if (start) void store.load().catch(() => {});
  return null;
}

/**
 * A component from a module fetched on demand: `placeholder` until the module has come (nothing
 * by default), then the component `pick` takes from it (the same one each time: made once, where
 * it wraps the module's).
 */
export function moduleComponent<M, P extends object>(store: ModuleStore<M>, pick: (m: M) => ComponentType<P>, placeholder: ReactNode = null): ComponentType<P> {
  function FromModule(props: P) {
    const module = useModule(store);
    return module ? createElement(pick(module), props) : placeholder;
  }
  return FromModule;
}
