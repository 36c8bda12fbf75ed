// The last few views a component computed, by key, for as long as what they were computed from
// (the model, the locale, the theme) stays the same. A drill in and back asks for the view it
// had: the same objects come back, so a chart whose option is the very one it drew does nothing
// (echarts-for-react compares options before it sets one).
import { useRef } from 'react';

/** Values by key, the most recently used kept, all forgotten when `from` changes (by identity). */
export class RecentViews<T> {
  private from: readonly unknown[] | null = null;
  private readonly views = new Map<string, T>();
  constructor(private readonly size = 8) {}

  get(from: readonly unknown[], key: string, make: () => T): T {
    if (!this.from || this.from.length !== from.length || this.from.some((d, i) => d !== from[i])) {
      this.from = from;
      this.views.clear();
    }
    let view = this.views.get(key);
    if (view === undefined) view = make();
    // The most recent last, so the oldest is the one to go.
    this.views.delete(key);
    this.views.set(key, view);
    if (this.views.size > this.size) this.views.delete(this.views.keys().next().value as string);
    return view;
  }
}

export function useRecent<T>(from: readonly unknown[], key: string, make: () => T): T {
  const recent = useRef<RecentViews<T> | null>(null);
  recent.current ??= new RecentViews<T>();
  return recent.current.get(from, key, make);
}
