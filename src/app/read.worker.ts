// The second reader: reads the second part of a large CSV file (data/csvSplit.ts) while the
// loading worker reads the first, and sends back its rows of the file, their problems and the
// units they name, to be joined to the first part's.
/// <reference lib="webworker" />
import { readDataset, type TableReading } from '../data/read';
import { tailPart } from '../data/csvSplit';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../model/dimensionAliases';
import type { PartReply, PartRequest, PartTaken, RoomAhead, StyleOfPart, StyleWanted } from './readInParts';
import type { NumberStyle } from '../data/number';
import { observationsAhead, type Observations } from '../data/observations';

declare const self: DedicatedWorkerGlobalScope;

// Room for the part's rows, made while the file comes (readInParts.ts warmPartReader), for one part.
let room: Observations | null = null;

// The number style of the part's table, found from its cells when asked for (StyleWanted): the part
// was read without it, but the first part's figures depended on it.
let styleOfPart: (() => NumberStyle) | null = null;

self.onmessage = (e: MessageEvent<PartRequest | RoomAhead | StyleWanted>) => {
  if ('ahead' in e.data) {
    try { room = observationsAhead(e.data.ahead); } catch { room = null; }
    return;
  }
  if ('styleWanted' in e.data) {
    let style: NumberStyle | null = null;
    try { style = styleOfPart?.() ?? null; } catch { style = null; }
    self.postMessage({ id: e.data.id, style } satisfies StyleOfPart);
    return;
  }
  const { id, files, split } = e.data;
  // The loading worker reads its own part once it hears this one has its part (readInParts.ts).
  self.postMessage({ id, taken: true } satisfies PartTaken);
  try {
    const tables: TableReading[] = [];
    const raw = readDataset(files, {
      catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer', room,
      onTable: (t, styleOfTable) => { tables.push(t); if (t.file === split.name) styleOfPart = styleOfTable; },
    });
    room = null;
    const out = tailPart(raw, tables, split);
    self.postMessage({ id, part: out?.part ?? null } satisfies PartReply, out?.transfer ?? []);
  } catch (err) {
    self.postMessage({ id, part: null, error: String((err as Error)?.message ?? err) } satisfies PartReply);
  }
};
