// Figure key → row number: an open-addressing hash table over typed arrays. A figure's key is an
// integer below 2^53 that is often above 2^31, where a `Map<number, number>` keys on heap
// numbers: at a million figures its look-ups were the largest single cost of computing a
// dataset (3.4 of 27 s in `npm run bench`'s 1M-row file, measured with a CPU profile).
//
// At a million figures the table is some 4 million slots, far larger than the CPU's caches, and a
// look-up at a scattered slot waits for memory. So a key and its row sit side by side (one memory
// read, not two), and keys of one span (`keepNear`: one unit and period's figures, which are read,
// summed and checked together) go to slots near one another.
//
// A slot is two 32-bit words while every key is below 2^32 - 1 (a country's units, months,
// indicators and breakdowns come to some 10^8 keys): 32 MB at a million figures, not 64. Memory
// first written costs more than the work done in it where pages are slow to come (this machine's
// CI: 10.5 µs a 4 KB page, 170 ms for 64 MB). The first larger key widens the slots to two
// 64-bit numbers, which hold any key below 2^53.

const TWO_32 = 4294967296;
/** Keys below this fit a narrow slot (key + 1 in 32 bits, 0 meaning empty). */
const NARROW_KEYS = TWO_32 - 1;
/**
 * A span's keys are this many slots apart, not side by side: a span whose keys are all taken (a
 * wide sheet's every indicator and breakdown) would otherwise be one long run of full slots, and
 * every key of another span that lands in it would be looked for to its end. Measured on 2.4
 * million keys in spans of 300, every key taken: 1.07 s side by side, 0.15 s five apart, 0.54 s
 * scattered (`keepNear` not used).
 */
const NEAR_STRIDE = 5;

export class RowIndex {
  /** Slot s while every key fits: (key + 1) | 0 at 2s (0: empty), its row at 2s + 1. */
  private narrow: Int32Array | null;
  /** Slot s once a key did not fit: key + 1 at 2s (0: empty), its row at 2s + 1. */
  private wide: Float64Array | null = null;
  private mask: number;
  private count = 0;
  private span = 0;

  constructor(capacity = 16) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    // New memory is zeroed: every slot is empty.
    this.narrow = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Whether the slots are still narrow (every key so far below 2^32 - 1). */
  get isNarrow(): boolean {
    return this.narrow !== null;
  }

  /**
   * From now on, keys k and k' with the same floor(k / span) go to nearby slots: a span's keys
   * take slots from a place of its own, NEAR_STRIDE apart in the order of k mod span. For an empty
   * index (the builder sets it once it knows how many figures a unit and period can have).
   */
  keepNear(span: number): void {
    if (this.count > 0) throw new Error('RowIndex.keepNear: the index is not empty');
    this.span = span > 1 ? span : 0;
  }

  private slot(key: number): number {
    let h: number;
    let within = 0;
    if (this.span > 0) {
      within = key % this.span;
      h = Math.imul((key - within) / this.span, 0x85ebca6b);
    } else {
      const lo = key >>> 0;
      const hi = (key / TWO_32) | 0;
      h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x85ebca6b);
    }
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h + within * NEAR_STRIDE) & this.mask;
  }

  /** The slot holding `key`, or -(s + 1) for the empty slot s where it would go. */
  private probe(key: number): number {
    const narrow = this.narrow;
    if (narrow !== null) {
      const stored = (key + 1) | 0;
      for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
        const k = narrow[2 * s];
        if (k === stored) return s;
        if (k === 0) return -s - 1;
      }
    }
    const wide = this.wide!;
    const stored = key + 1;
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = wide[2 * s];
      if (k === stored) return s;
      if (k === 0) return -s - 1;
    }
  }

  private rowIn(s: number): number {
    return this.narrow !== null ? this.narrow[2 * s + 1] : this.wide![2 * s + 1];
  }

  /** Puts a key and its row in slot s (empty, or the key's own). */
  private put(s: number, key: number, row: number, isNew: boolean): void {
    if (this.narrow !== null) { this.narrow[2 * s] = (key + 1) | 0; this.narrow[2 * s + 1] = row; } else { this.wide![2 * s] = key + 1; this.wide![2 * s + 1] = row; }
    if (isNew && ++this.count * 2 > this.mask + 1) this.grow();
  }

  /** The row at a key (an integer, 0 ≤ key < 2^53), or -1. */
  get(key: number): number {
    if (this.narrow !== null && key >= NARROW_KEYS) return -1;
    const s = this.probe(key);
    return s >= 0 ? this.rowIn(s) : -1;
  }

  /**
   * The row at a key if it has one; else the key is given `row` and -1 comes back. One probe where
   * a `get` and then a `set` took two (a figure added when its key is new: each row read).
   */
  claim(key: number, row: number): number {
    if (this.narrow !== null && key >= NARROW_KEYS) this.widen();
    const s = this.probe(key);
    if (s >= 0) return this.rowIn(s);
    this.put(-s - 1, key, row, true);
    return -1;
  }

  /** Sets the row at a key (replacing the one there). */
  set(key: number, row: number): void {
    if (this.narrow !== null && key >= NARROW_KEYS) this.widen();
    const s = this.probe(key);
    if (s >= 0) this.put(s, key, row, false);
    else this.put(-s - 1, key, row, true);
  }

  clear(): void {
    if (this.narrow) this.narrow.fill(0);
    else this.wide!.fill(0);
    this.count = 0;
  }

  /** Slots in a new layout or size: every key and row held put in again. */
  private refill(narrow: Int32Array | null, wide: Float64Array | null, size: number): void {
    const oldNarrow = this.narrow;
    const oldWide = this.wide;
    this.narrow = narrow;
    this.wide = wide;
    this.mask = size - 1;
    this.count = 0;
    // A narrow slot's key + 1 is below 2^32: read back without its sign.
    if (oldNarrow !== null) {
      for (let s = 0; s < oldNarrow.length; s += 2) if (oldNarrow[s] !== 0) this.set((oldNarrow[s] >>> 0) - 1, oldNarrow[s + 1]);
    } else {
      for (let s = 0; s < oldWide!.length; s += 2) if (oldWide![s] !== 0) this.set(oldWide![s] - 1, oldWide![s + 1]);
    }
  }

  /** The same slots, two 64-bit numbers each: for a key of 2^32 - 1 or more. */
  private widen(): void {
    const size = this.mask + 1;
    this.refill(null, new Float64Array(size * 2), size);
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    if (this.narrow !== null) this.refill(new Int32Array(size * 2), null, size);
    else this.refill(null, new Float64Array(size * 2), size);
  }
}
