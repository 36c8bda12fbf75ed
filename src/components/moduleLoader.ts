// A lazily loaded module for React's `use` (an embed's widget): the promise is kept, and marked once
// fulfilled, so that any render after the code came reads it at once. React.lazy, and `use` on an
// unmarked promise, suspend the first render that asks even when the code is here already: React
// commits the fallback (a loading notice), then holds the content back 300 ms
// after it (its throttle on revealing suspended content).
type Marked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/** `load` called once (again after a failure); the same promise each time asked. */
export function moduleLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Marked<T> | null = null;
  return () => {
    if (kept) return kept;
    const p: Marked<T> = load();
    p.then((m) => { p.status = 'fulfilled'; p.value = m; }, () => { if (kept === p) kept = null; });
    kept = p;
    return p;
  };
}
