// A view remembered per model: the last few answers by their arguments, forgotten with the model
// (a new dataset, or the plan's edits, make a new one). Two panels asking the same question (the
// comparison and the map both rank the unit's children) compute it once, and a drill in and back
// gets the very view it had.
import type { Model } from '../model';

export function recentByModel<A extends readonly string[], T>(view: (model: Model, ...args: A) => T, size = 8): (model: Model, ...args: A) => T {
  const byModel = new WeakMap<Model, Map<string, T>>();
  return (model, ...args) => {
    let recent = byModel.get(model);
    if (!recent) { recent = new Map(); byModel.set(model, recent); }
    const key = args.join('\u0001');
    let answer = recent.get(key);
    if (answer === undefined) answer = view(model, ...args);
    // The most recent last, so the oldest is the one to go.
    recent.delete(key);
    recent.set(key, answer);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return answer;
  };
}
