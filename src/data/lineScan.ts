// Lines of a file's bytes, counted four bytes at a time: where a large CSV file is cut in two
// (csvSplit.ts), the second part's first line is numbered by the LF bytes before the cut, and a file
// with a CR that no LF follows is not cut (csv.ts ends a line there too, so its LF count would be
// wrong). A file fetched is counted while it comes (LineScan, in responseBody.ts), when the page
// and the worker are waiting for the network: at a million rows (82 MB) in Chromium, counting to
// the cut and looking for a lone CR took 60-170 ms of the loading worker's time before either part
// could be read. The page's entry fetches this module only for such a file, as it starts to come.

const LF = 10;
const CR = 13;

/**
 * How many LF bytes b[from, to) has. Four bytes at a time (a word's LF bytes become zero bytes,
 * which are counted): the second part's reader waits for this count, its first line's number, and
 * at a million rows a byte at a time took 73 ms of the 0.45 s before it could start.
 */
export function countLines(b: Uint8Array, from: number, to: number): number {
  if (to <= from) return 0;
  let n = 0;
  let i = from;
  while (i < to && ((b.byteOffset + i) & 3) !== 0) if (b[i++] === LF) n++;
  if (i === to) return n;
  const words = new Uint32Array(b.buffer, b.byteOffset + i, (to - i) >>> 2);
  for (let k = 0; k < words.length; k++) {
    const x = words[k] ^ 0x0a0a0a0a;
    // 0x80 in each byte of x that is zero, then one bit per such byte, summed.
    const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
    n += Math.imul((zero >>> 7) & 0x01010101, 0x01010101) >>> 24;
  }
  for (i += words.length * 4; i < to; i++) if (b[i] === LF) n++;
  return n;
}

/**
 * Whether a CR byte in b[from, to) is followed by no LF (the byte after it is b's next, or none at
 * b's end). Four bytes at a time, as countLines: a word without a CR byte (most, in a file of LF
 * line ends) is passed at once. In Chromium, looking for each CR with `indexOf` took 116-134 ms of
 * an 82 MB file without one.
 */
export function hasLoneCr(b: Uint8Array, from = 0, to = b.length): boolean {
  let i = from;
  for (; i < to && ((b.byteOffset + i) & 3) !== 0; i++) if (b[i] === CR && b[i + 1] !== LF) return true;
  if (i >= to) return false;
  const words = new Uint32Array(b.buffer, b.byteOffset + i, (to - i) >>> 2);
  for (let k = 0; k < words.length; k++) {
    const x = words[k] ^ 0x0d0d0d0d;
    // Some byte of x is zero (a CR): then its bytes one by one.
    if (((x - 0x01010101) & ~x & 0x80808080) !== 0) {
      for (let j = i + k * 4, end = j + 4; j < end; j++) if (b[j] === CR && b[j + 1] !== LF) return true;
    }
  }
  for (i += words.length * 4; i < to; i++) if (b[i] === CR && b[i + 1] !== LF) return true;
  return false;
}

/** What a scan of a file's bytes found: enough to number any line without counting from the start. */
export interface LineFacts {
  /** How many bytes the facts are about: they hold for bytes of exactly this length. */
  length: number;
  /** Bytes per block. */
  block: number;
  /** lfBefore[k]: the LF bytes before byte k · block, for every k with k · block ≤ length. */
  lfBefore: Int32Array;
  /** Whether a CR byte is followed by no LF. */
  loneCr: boolean;
}

/** The LF bytes of b before byte `at`, from its facts: counting one block at most. */
export function linesBefore(b: Uint8Array, facts: LineFacts, at: number): number {
  const k = Math.min(Math.floor(at / facts.block), facts.lfBefore.length - 1);
  return facts.lfBefore[k] + countLines(b, k * facts.block, at);
}

/** The facts of b, if they are about b (its length), else null. */
export function factsFor(b: Uint8Array, facts: LineFacts | undefined): LineFacts | null {
  return facts && facts.length === b.length ? facts : null;
}

/**
 * Counts the lines of bytes as they come into one array, in order: `advance(to)` once b[0, to) is
 * there, `finish(length)` at the end. A CR is judged once the byte after it has come.
 */
export class LineScan {
  private counted = 0;
  private lf = 0;
  private readonly before: number[] = [0];
  /** CRs judged in b[0, crJudged). */
  private crJudged = 0;
  private loneCr = false;

  constructor(private readonly b: Uint8Array, private readonly block = 1 << 20) {}

  advance(to: number): void {
    const { b, block } = this;
    while (this.counted < to) {
      const boundary = (Math.floor(this.counted / block) + 1) * block;
      const end = Math.min(to, boundary);
      this.lf += countLines(b, this.counted, end);
      this.counted = end;
      if (end === boundary) this.before.push(this.lf);
    }
    // The last byte come waits for the next: if a CR, whether an LF follows is not known yet.
    if (!this.loneCr && to - 1 > this.crJudged) {
      this.loneCr = hasLoneCr(b, this.crJudged, to - 1);
      this.crJudged = to - 1;
    }
  }

  /** The facts of b[0, length), every byte of which has come. */
  finish(length: number): LineFacts {
    const whole = this.b.subarray(0, length);
    this.advance(length);
    if (!this.loneCr && this.crJudged < length) this.loneCr = hasLoneCr(whole, this.crJudged, length);
    this.crJudged = length;
    return { length, block: this.block, lfBefore: Int32Array.from(this.before), loneCr: this.loneCr };
  }
}
