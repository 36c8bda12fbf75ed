// Rows of observations as they cross between workers: each text or object column as a dictionary
// and an index per row, the numbers as typed arrays to transfer. Half a million rows' units,
// indicators, sources and files as strings, cloned one by one, would cost more than reading them
// took; as indices they are a few buffers.
import { Observations } from './observations';

const TEXT_COLUMNS = ['unit', 'indicator', 'source', 'note', 'file', 'printedText', 'period', 'dims'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];
const NUMBER_COLUMNS = ['value', 'qualifierCode', 'decimals', 'numerator', 'denominator', 'line', 'column'] as const;
type NumberColumn = (typeof NUMBER_COLUMNS)[number];

export interface WireObservations {
  length: number;
  /** Per text or object column: its distinct values, and each row's index among them. */
  texts: Record<TextColumn, { values: unknown[]; ids: Int32Array }>;
  numbers: { [K in NumberColumn]: Observations[K] };
}

/**
 * Values column[from, from + n) as their distinct values and an index per row. Keyed by the value
 * itself, not by a text as `Dictionary` (dictionary.ts) is: a period or a dimension set shared by
 * many rows stays one object. Rows come in runs (a unit's indicators, one file, one source): a value
 * like the last one needs no look-up.
 */
export function encodeColumn<T>(column: ArrayLike<T>, from: number, n: number): { values: T[]; ids: Int32Array } {
  const values: T[] = [];
  const at = new Map<T, number>();
  const ids = new Int32Array(n);
  let last: T | undefined;
  let lastId = -1;
  for (let k = 0; k < n; k++) {
    const v = column[from + k];
    if (lastId < 0 || v !== last) {
      let id = at.get(v);
      if (id === undefined) { id = values.length; values.push(v); at.set(v, id); }
      last = v;
      lastId = id;
    }
    ids[k] = lastId;
  }
  return { values, ids };
}

/** Rows [from, to) of `obs` as they cross (the numbers copied, so they can be transferred). */
export function toWireObservations(obs: Observations, from = 0, to = obs.length): { wire: WireObservations; transfer: ArrayBuffer[] } {
  const n = Math.max(0, to - from);
  const texts = {} as WireObservations['texts'];
  for (const c of TEXT_COLUMNS) texts[c] = encodeColumn(obs[c] as unknown[], from, n);
  const numbers = {} as Record<NumberColumn, Float64Array | Int32Array | Int8Array | Uint8Array>;
  for (const c of NUMBER_COLUMNS) numbers[c] = obs[c].slice(from, from + n);
  const transfer = [...Object.values(texts).map((t) => t.ids.buffer as ArrayBuffer), ...Object.values(numbers).map((a) => a.buffer as ArrayBuffer)];
  return { wire: { length: n, texts, numbers: numbers as WireObservations['numbers'] }, transfer };
}

/**
 * `obs` with the rows of `wire` put in before row `at` (the rows from `at` on follow them): a new
 * table, `obs` unchanged. Equal values that came as one (a period, a dimension set) stay one object.
 */
export function spliceObservations(obs: Observations, at: number, wire: WireObservations): Observations {
  if (at === obs.length) return appendObservations(obs, wire);
  const n = wire.length;
  const out = new Observations(obs.length + n);
  const total = obs.length + n;
  for (const c of TEXT_COLUMNS) {
    const target = out[c] as unknown[];
    const source = obs[c] as unknown[];
    const { values, ids } = wire.texts[c];
    for (let k = 0; k < at; k++) target[k] = source[k];
    for (let k = 0; k < n; k++) target[at + k] = values[ids[k]];
    for (let k = at; k < obs.length; k++) target[n + k] = source[k];
  }
  for (const c of NUMBER_COLUMNS) {
    const target = out[c] as Float64Array;
    const source = obs[c] as Float64Array;
    target.set(source.subarray(0, at), 0);
    target.set(wire.numbers[c] as Float64Array, at);
    target.set(source.subarray(at, obs.length), at + n);
  }
  out.length = total;
  return out.trim();
}

/** `obs` itself with the rows of `wire` added at its end, in the room it has for them if it has
 * enough (readDataset's reserveRows): a new table of a million rows' room took longer to make than
 * the rows took to copy. Its columns are then cut to its rows. */
function appendObservations(obs: Observations, wire: WireObservations): Observations {
  const n = wire.length;
  const from = obs.length;
  const room = obs.value.length;
  for (const c of TEXT_COLUMNS) {
    const target = obs[c] as unknown[];
    const { values, ids } = wire.texts[c];
    for (let k = 0; k < n; k++) target[from + k] = values[ids[k]];
  }
  for (const c of NUMBER_COLUMNS) {
    let target = obs[c] as Float64Array;
    if (room < from + n) {
      const grown = new (target.constructor as Float64ArrayConstructor)(from + n);
      grown.set(target.subarray(0, from), 0);
      (obs as unknown as Record<NumberColumn, Float64Array>)[c] = target = grown;
    }
    target.set(wire.numbers[c] as Float64Array, from);
  }
  obs.length = from + n;
  for (const c of TEXT_COLUMNS) (obs[c] as unknown[]).length = obs.length;
  return obs;
}
