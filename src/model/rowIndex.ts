// Figure key → row number: an open-addressing hash table over typed arrays. A figure's key is an
// integer below 2^53 that is often above 2^31, where a `Map<number, number>` keys on heap
// numbers: at a million figures its look-ups were the largest single cost of computing a
// dataset (3.4 of 27 s in `npm run bench`'s 1M-row file, measured with a CPU profile).
//
// At a million figures the table is some 4 million slots (64 MB), far larger than the CPU's
// caches, and a look-up at a scattered slot waits for memory. So a key and its row sit side by
// side (one memory read, not two), and keys of one span (`keepNear`: one unit and period's
// figures, which are read, summed and checked together) go to slots near one another.

const EMPTY = -1;
const TWO_32 = 4294967296;
/**
 * A span's keys are this many slots apart, not side by side: a span whose keys are all taken (a
 * wide sheet's every indicator and breakdown) would otherwise be one long run of full slots, and
 * every key of another span that lands in it would be looked for to its end. Measured on 2.4
 * million keys in spans of 300, every key taken: 1.07 s side by side, 0.15 s five apart, 0.54 s
 * scattered (`keepNear` not used).
 */
const NEAR_STRIDE = 5;

export class RowIndex {
  /** Slot s: its key at 2s (EMPTY: none), its row at 2s + 1. */
  private slots: Float64Array;
  private mask: number;
  private count = 0;
  private span = 0;

  constructor(capacity = 16) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = RowIndex.empty(size);
    this.mask = size - 1;
  }

  private static empty(size: number): Float64Array {
    const slots = new Float64Array(size * 2);
    for (let s = 0; s < slots.length; s += 2) slots[s] = EMPTY;
    return slots;
  }

  get size(): number {
    return this.count;
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

  /** The row at a key (an integer, 0 ≤ key < 2^53), or -1. */
  get(key: number): number {
    const slots = this.slots;
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = slots[2 * s];
      if (k === key) return slots[2 * s + 1];
      if (k === EMPTY) return -1;
    }
  }

  /**
   * The row at a key if it has one; else the key is given `row` and -1 comes back. One probe where
   * a `get` and then a `set` took two (a figure added when its key is new: each row read).
   */
  claim(key: number, row: number): number {
    const slots = this.slots;
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = slots[2 * s];
      if (k === key) return slots[2 * s + 1];
      if (k === EMPTY) {
        slots[2 * s] = key;
        slots[2 * s + 1] = row;
        if (++this.count * 2 > this.mask + 1) this.grow();
        return -1;
      }
    }
  }

  /** Sets the row at a key (replacing the one there). */
  set(key: number, row: number): void {
    const slots = this.slots;
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = slots[2 * s];
      if (k === key) { slots[2 * s + 1] = row; return; }
      if (k === EMPTY) {
        slots[2 * s] = key;
        slots[2 * s + 1] = row;
        if (++this.count * 2 > this.mask + 1) this.grow();
        return;
      }
    }
  }

  clear(): void {
    const slots = this.slots;
    for (let s = 0; s < slots.length; s += 2) slots[s] = EMPTY;
    this.count = 0;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = RowIndex.empty(size);
    this.mask = size - 1;
    this.count = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== EMPTY) this.set(old[s], old[s + 1]);
  }
}
