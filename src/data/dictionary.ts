// Values ↔ small integers, for columns and packed lists (the figure table, the problems sent to the page).

/** Strings ↔ small integers, in first-seen order. */
export class Dictionary<T = string> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly keyOf: (v: T) => string = (v) => v as unknown as string) {}
  id(v: T): number {
    const k = this.keyOf(v);
    let i = this.ids.get(k);
    if (i === undefined) { i = this.values.length; this.values.push(v); this.ids.set(k, i); }
    return i;
  }
  find(key: string): number | undefined {
    return this.ids.get(key);
  }
  get size(): number {
    return this.values.length;
  }
}
