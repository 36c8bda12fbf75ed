// A large CSV file read in two parts: the first part is read only once the second reader says it
// has its part. A message to a worker just started (or whose code has not run yet) reaches it only
// once the worker that sent it takes a task; read at once, the first part held the second back
// until it was read (a million rows sent compressed: 4.9 s of reading instead of 3.5).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInParts, warmPartReader } from './readInParts';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../model/dimensionAliases';
import { SPLIT_MIN_BYTES } from '../data/splitSize';
import { AHEAD_MIN_BYTES } from '../data/pages';
import { readDataset } from '../data/read';
import type { PartRequest, RoomAhead } from './readInParts';

/** What happened, in order: the second reader's messages and the first part's reading. */
const events: string[] = [];

/** A second reader that takes its part after a while, then answers that it read none (the first
 * reader then reads the file whole). */
class SlowReader extends EventTarget {
  constructor(readonly url: URL) { super(); }
  postMessage(request: PartRequest | RoomAhead, transfer: Transferable[] = []): void {
    if ('ahead' in request) { aheads.push(request.ahead); return; }
    events.push('part posted');
    sent.push({ request, transfer });
    setTimeout(() => {
      events.push('part taken');
      this.dispatchEvent(new MessageEvent('message', { data: { id: request.id, taken: true } }));
      setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { id: request.id, part: null } })), 10);
    }, 50);
  }
  terminate(): void {}
}

/** What the second reader was sent, with what was moved to it. */
const sent: { request: PartRequest; transfer: Transferable[] }[] = [];
/** The rows the second reader was told to make room for ahead. */
const aheads: number[] = [];

afterEach(() => { vi.unstubAllGlobals(); events.length = 0; sent.length = 0; aheads.length = 0; });

function bigCsv(bytes = SPLIT_MIN_BYTES + 1024): Uint8Array {
  const head = 'period,unit,indicator,value\n';
  const row = '2025-07,07210,received_new,817\n';
  const n = Math.ceil(bytes / row.length);
  return new TextEncoder().encode(head + Array.from({ length: n }, (_, k) => row.replace('2025-07', `${2000 + (k % 25)}-${String((k % 12) + 1).padStart(2, '0')}`).replace('817', String(k))).join(''));
}

describe('readInParts', () => {
  it('reads the first part only once the second reader has its part, and gives what a whole reading gives', async () => {
    vi.stubGlobal('Worker', SlowReader);
    const files = [{ name: 'observations.csv', content: bigCsv() }];
    const options = { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' as const };
    // The reader's progress (each 20,000 rows) says a part is being read.
    const raw = await readInParts(files, { ...options, onProgress: () => { if (!events.includes('first part read')) events.push('first part read'); } });
    expect(events.slice(0, 3)).toEqual(['part posted', 'part taken', 'first part read']);
    expect(raw.observations.length).toBe(readDataset(files, options).observations.length);
  }, 60_000);

  it('sends the second part in the memory readied while the file came (warmPartReader), for one read only', async () => {
    vi.stubGlobal('Worker', SlowReader);
    const content = bigCsv();
    const options = { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' as const };
    warmPartReader(content.length);
    await readInParts([{ name: 'observations.csv', content }], options);
    const tail = sent[0].request.files.at(-1)!.content as Uint8Array;
    // Half the file and room for its header lines, its first byte of each page written ahead.
    expect(tail.buffer.byteLength).toBe(Math.ceil(content.length * 0.5) + 64 * 1024);
    expect(sent[0].transfer).toEqual([tail.buffer]);
    expect(new TextDecoder().decode(tail.subarray(0, 28))).toBe('period,unit,indicator,value\n');
    // The second reader was told, before its part, to make room for a little over half the rows
    // the file has at 80 bytes a row (this file's rows are shorter: its room is too small, and unused).
    expect(aheads).toEqual([Math.ceil(Math.ceil((content.length / 80) * 1.15) * 0.55)]);
    // The next read was not readied for: its part is in memory of its own size.
    await readInParts([{ name: 'observations.csv', content: content.slice() }], options);
    const next = sent[1].request.files.at(-1)!.content as Uint8Array;
    expect(next.buffer.byteLength).toBe(next.length);
    // Nor is one whose size is only what has come of it (a file sent compressed): the second
    // reader starts, and is told no room to make.
    warmPartReader(content.length, false);
    await readInParts([{ name: 'observations.csv', content: content.slice() }], options);
    const third = sent[2].request.files.at(-1)!.content as Uint8Array;
    expect(third.buffer.byteLength).toBe(third.length);
    expect(aheads).toHaveLength(1);
  }, 60_000);

  it('reads a file of 4 MB or more, told as coming, into the room made for its rows, and the next file into room of its own', async () => {
    vi.stubGlobal('Worker', SlowReader);
    // Rows of about 90 bytes, with a note, as an office's file has.
    const note = 'Số liệu do Văn phòng UBND tỉnh tổng hợp từ hệ thống một cửa';
    const rows = Math.ceil((AHEAD_MIN_BYTES + 1024) / 90);
    const content = new TextEncoder().encode(['period,unit,indicator,value,note', ...Array.from({ length: rows }, (_, k) => `${2000 + (k % 25)}-${String((k % 12) + 1).padStart(2, '0')},07210,received_new,${k},${note}`)].join('\n') + '\n');
    expect(content.length / rows).toBeGreaterThan(80);
    const options = { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' as const };
    warmPartReader(content.length);
    const raw = await readInParts([{ name: 'observations.csv', content }], options);
    // Read whole (too small to read in parts), no second reader asked or started.
    expect(sent).toEqual([]);
    // Room for a row per 80 bytes and some more: it holds them, and is not cut to fit.
    expect(raw.observations.capacity).toBe(Math.ceil((content.length / 80) * 1.15));
    expect(raw.observations.length).toBe(readDataset([{ name: 'observations.csv', content }], options).observations.length);
    const next = await readInParts([{ name: 'observations.csv', content }], options);
    expect(next.observations.capacity).toBe(next.observations.length);
  }, 60_000);
});
