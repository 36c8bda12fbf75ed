// Memory written ahead, while a worker waits for the network: on this machine each 4 KB page of
// memory first written costs some 12 us (64 MB: 15,625 pages, 189 ms), more than the work then
// done in it. Used for the memory a large file's reading and computing will write
// (app/readInParts.ts, data/observations.ts observationsAhead, model/tableMemory.ts).

export const PAGE_BYTES = 4096;

/** A file this large (announced) has memory readied for its rows and its table while it comes:
 * a province's five years of monthly figures (the bench's 10 MB, 125,278 rows) is. */
export const AHEAD_MIN_BYTES = 4 * 1024 * 1024;

/** Writes a zero at the start of each 4 KB page of `a`'s bytes from `from` to `to` (the pages
 * starting before `from` are left: a caller writing a range in slices wrote them already). */
export function writePages(a: ArrayBufferView, from = 0, to = a.byteLength): void {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  for (let i = Math.ceil(from / PAGE_BYTES) * PAGE_BYTES; i < to; i += PAGE_BYTES) bytes[i] = 0;
}
