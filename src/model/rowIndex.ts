// Figure key → row number: an open-addressing hash table over typed arrays. A figure's key is an
// integer below 2^53 that is often above 2^31, where a `Map<number, number>` keys on heap
// numbers: at a million figures its look-ups were the largest single cost of computing a
// dataset (3.4 of 27 s in `npm run bench`'s 1M-row file, measured with a CPU profile).

const EMPTY = -1;
const TWO_32 = 4294967296;

export class RowIndex {
  private keys: Float64Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 16) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size).fill(EMPTY);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = (key / TWO_32) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & this.mask;
  }

  /** The row at a key (an integer, 0 ≤ key < 2^53), or -1. */
  get(key: number): number {
    const keys = this.keys;
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = keys[s];
      if (k === key) return this.rows[s];
      if (k === EMPTY) return -1;
    }
  }

  /**
   * The row at a key if it has one; else the key is given `row` and -1 comes back. One probe where
   * a `get` and then a `set` took two (a figure added when its key is new: each row read).
   */
  claim(key: number, row: number): number {
    const keys = this.keys;
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = keys[s];
      if (k === key) return this.rows[s];
      if (k === EMPTY) {
        keys[s] = key;
        this.rows[s] = row;
        if (++this.count * 2 > this.keys.length) this.grow();
        return -1;
      }
    }
  }

  /** Sets the row at a key (replacing the one there). */
  set(key: number, row: number): void {
    const keys = this.keys;
    for (let s = this.slot(key); ; s = (s + 1) & this.mask) {
      const k = keys[s];
      if (k === key) { this.rows[s] = row; return; }
      if (k === EMPTY) {
        keys[s] = key;
        this.rows[s] = row;
        if (++this.count * 2 > this.keys.length) this.grow();
        return;
      }
    }
  }

  clear(): void {
    this.keys.fill(EMPTY);
    this.count = 0;
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.rows = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== EMPTY) this.set(keys[s], rows[s]);
  }
}
