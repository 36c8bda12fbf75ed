// A response's body as one array of bytes, read part by part (so the page can show progress).
import type { LineFacts, LineScan } from '../data/lineScan';

// The lines of bodies counted as they came (lineScan.ts), by the bytes returned.
const counted = new WeakMap<Uint8Array, LineFacts>();

/** The lines of bytes readBody returned, if it counted them as they came. */
export function lineFactsOf(bytes: Uint8Array): LineFacts | undefined {
  return counted.get(bytes);
}

/**
 * The bytes of `body`. Given the length the server announced (0: none), each part is put in
 * place as it comes, while the network is waited for: joined at the end instead, an 82 MB file's
 * parts took 0.2 s more once they had all come. A body longer than announced is joined as it came;
 * a shorter one is the part filled; one too large to make room for is read as if not announced.
 * `scanner`: its lines are counted as they come too (lineFactsOf), where its length is announced:
 * from when the scanner's code has come, the bytes come before it at once.
 */
export async function readBody(body: ReadableStream<Uint8Array>, length: number, onPart: (bytes: number) => void = () => {}, scanner: Promise<typeof LineScan> | null = null): Promise<Uint8Array> {
  const reader = body.getReader();
  let whole: Uint8Array | null = null;
  // A length too large to hold at once (a server's mistake) is not held: the parts are joined.
  try { if (length > 0) whole = new Uint8Array(length); } catch { whole = null; }
  let size = 0;
  // The scanner, once its code has come (never, where it cannot be had: the worker's reader then
  // counts the lines itself).
  const lines: { scan: LineScan | null } = { scan: null };
  const scanning = whole && scanner ? scanner.then((Scan) => { if (whole) { lines.scan = new Scan(whole); lines.scan.advance(size); } }, () => {}) : null;
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (whole && size + value.length <= whole.length) {
      whole.set(value, size);
      lines.scan?.advance(size + value.length);
    } else {
      // More than announced: what was put in place becomes the first part.
      if (whole) { parts.push(whole.subarray(0, size)); whole = null; }
      parts.push(value);
    }
    size += value.length;
    onPart(value.length);
  }
  if (whole) {
    const out = whole.subarray(0, size);
    await scanning;
    if (lines.scan) counted.set(out, lines.scan.finish(size));
    return out;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
