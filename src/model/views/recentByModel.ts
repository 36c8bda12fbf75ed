// Views remembered: the last few answers by key, most recently used kept. `recentByModel` keeps
// them per model (a new dataset, or the plan's edits, make a new one): two panels asking the same
// question (the comparison and the map both rank the unit's children) compute it once, and a drill
// in and back gets the very view it had. Components keep their own with useRecent.
import type { Model } from '../model';

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

export function recentByModel<A extends readonly string[], T>(view: (model: Model, ...args: A) => T, size = 8): (model: Model, ...args: A) => T {
  const byModel = new WeakMap<Model, RecentViews<T>>();
  return (model, ...args) => {
    let recent = byModel.get(model);
    if (!recent) { recent = new RecentViews<T>(size); byModel.set(model, recent); }
    return recent.get([model], args.join('\u0001'), () => view(model, ...args));
  };
}
