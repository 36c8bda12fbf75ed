import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineFactsOf, readBody } from './responseBody';
import { LineScan } from '../data/lineScan';

const streamOf = (parts: Uint8Array[]) => new ReadableStream<Uint8Array>({
  start(controller) {
    for (const p of parts) controller.enqueue(p);
    controller.close();
  },
});
/** A byte stream, as a fetch's body is in browsers: read into the reader's own memory, a part (or
 * what of it fits) at a time. `log` counts the parts read into the reader's memory and those the
 * stream had to make itself. */
const byteStreamOf = (parts: Uint8Array[], log = { intoOurs: 0, made: 0 }) => {
  const queue = parts.filter((p) => p.length > 0).map((p) => p.slice());
  return new ReadableStream({
    type: 'bytes',
    pull(c) {
      const part = queue[0];
      if (!part) { c.close(); c.byobRequest?.respond(0); return; }
      const req = c.byobRequest;
      if (!req?.view) { log.made++; c.enqueue(part); queue.shift(); return; }
      log.intoOurs++;
      const n = Math.min(req.view.byteLength, part.length);
      new Uint8Array(req.view.buffer, req.view.byteOffset, n).set(part.subarray(0, n));
      if (n === part.length) queue.shift(); else queue[0] = part.subarray(n);
      req.respond(n);
    },
  }) as ReadableStream<Uint8Array>;
};
const bytes = (...xs: number[]) => Uint8Array.from(xs);
const joined = (parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe.each([
  ['a stream of parts', streamOf],
  ['a byte stream, read into an array of its own', byteStreamOf],
] as const)('readBody, %s', (_, streamOf) => {
  it('puts the parts of a body of the announced length in place, in order', async () => {
    const parts = [bytes(1, 2, 3), bytes(4), bytes(5, 6)];
    const out = await readBody(streamOf(parts), 6);
    expect([...out]).toEqual([1, 2, 3, 4, 5, 6]);
    // One array of the announced length: nothing joined afterwards.
    expect(out.buffer.byteLength).toBe(6);
  });

  it('gives the bytes that came when fewer came than announced', async () => {
    expect([...await readBody(streamOf([bytes(1, 2), bytes(3)]), 10)]).toEqual([1, 2, 3]);
  });

  it('keeps every byte, in order, when more came than announced', async () => {
    expect([...await readBody(streamOf([bytes(1, 2), bytes(3, 4), bytes(5)]), 3)]).toEqual([1, 2, 3, 4, 5]);
  });

  it('joins the parts when no length was announced (a compressed response)', async () => {
    expect([...await readBody(streamOf([bytes(9), bytes(8, 7)]), 0)]).toEqual([9, 8, 7]);
  });

  it('reads the parts when the length announced is too large to make room for', async () => {
    expect([...await readBody(streamOf([bytes(1), bytes(2)]), 2 ** 50)]).toEqual([1, 2]);
  });

  it('reads an empty body as no bytes', async () => {
    expect((await readBody(streamOf([]), 0)).length).toBe(0);
    expect((await readBody(streamOf([]), 5)).length).toBe(0);
  });

  it('tells of each part as it comes, by its length', async () => {
    const seen: number[] = [];
    await readBody(streamOf([bytes(1, 2, 3), bytes(4)]), 4, (n) => seen.push(n));
    expect(seen).toEqual([3, 1]);
  });

  it('gives the parts joined, whatever the parts and the length announced (property)', async () => {
    const part = fc.uint8Array({ maxLength: 40 });
    await fc.assert(fc.asyncProperty(fc.array(part, { maxLength: 12 }), fc.nat({ max: 300 }), async (parts, length) => {
      const out = await readBody(streamOf(parts), length);
      expect([...out]).toEqual([...joined(parts)]);
    }), { numRuns: 300 });
  });

  it('counts the lines as the parts come, when asked and the length is announced: the facts of the bytes given (property)', async () => {
    const part = fc.array(fc.constantFrom(10, 13, 97, 0xe1), { maxLength: 40 }).map((a) => Uint8Array.from(a));
    await fc.assert(fc.asyncProperty(fc.array(part, { maxLength: 12 }), fc.nat({ max: 300 }), async (parts, extra) => {
      const all = joined(parts);
      // Announced: the length, or more than came.
      const length = all.length + (extra % 3 === 0 ? extra : 0);
      const out = await readBody(streamOf(parts), length, () => {}, Promise.resolve(LineScan));
      const facts = lineFactsOf(out);
      if (all.length === 0 && length === 0) return;
      expect(facts).toEqual(new LineScan(Uint8Array.from(out), 1 << 20).finish(out.length));
    }), { numRuns: 300 });
  });

  it('counts the parts that came before the scanner\'s code did, once it comes', async () => {
    let come!: (s: typeof LineScan) => void;
    const late = new Promise<typeof LineScan>((ok) => { come = ok; });
    const parts = [bytes(97, 10, 13), bytes(10, 98, 10)];
    const reading = readBody(streamOf(parts), 6, () => {}, late);
    await new Promise((ok) => setTimeout(ok, 10));
    come(LineScan);
    const out = await reading;
    expect(lineFactsOf(out)).toEqual(new LineScan(Uint8Array.from(out)).finish(6));
    expect(lineFactsOf(out)?.lfBefore).toEqual(Int32Array.from([0]));
  });

  it('counts no lines unless asked, nor where the length is not announced or more came than announced', async () => {
    expect(lineFactsOf(await readBody(streamOf([bytes(97, 10)]), 2))).toBeUndefined();
    expect(lineFactsOf(await readBody(streamOf([bytes(97, 10)]), 0, () => {}, Promise.resolve(LineScan)))).toBeUndefined();
    expect(lineFactsOf(await readBody(streamOf([bytes(97, 10), bytes(98)]), 2, () => {}, Promise.resolve(LineScan)))).toBeUndefined();
    expect(lineFactsOf(await readBody(streamOf([bytes(97, 10), bytes(98, 13)]), 4, () => {}, Promise.resolve(LineScan)))).toEqual({ length: 4, block: 1 << 20, lfBefore: Int32Array.from([0]), loneCr: true });
    // The scanner's code not to be had: the bytes, without their lines.
    const out = await readBody(streamOf([bytes(97, 10)]), 2, () => {}, Promise.reject(new Error('offline')));
    expect([...out]).toEqual([97, 10]);
    expect(lineFactsOf(out)).toBeUndefined();
  });
});

describe('readBody on a byte stream (a fetch\'s body in browsers)', () => {
  it('reads every part into its own array, so that the stream makes none', async () => {
    const log = { intoOurs: 0, made: 0 };
    const out = await readBody(byteStreamOf([bytes(1, 2, 3), bytes(4), bytes(5, 6)], log), 6);
    expect([...out]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log).toEqual({ intoOurs: 3, made: 0 });
  });

  it('keeps every part past the length announced whole, though the array it was read into is read into again', async () => {
    const parts = [bytes(1, 2, 3), bytes(4, 5), bytes(6, 7, 8), bytes(9)];
    expect([...await readBody(byteStreamOf(parts), 2)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...await readBody(byteStreamOf(parts), 0)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
