// The rows of a CSV observations table read straight from the file's text where they are plain:
// one line, no quotes, as many cells as the header, every cell one the full reader
// (readObservation) would take without a word. Such a row's cells are found in the text and never
// cut out into a row of strings; a cell like the row above's (the same period, unit, source on
// a thousand rows) is compared in place and what it gave is used again; a value of digits alone
// is read from its digits. Any other row, or any row with something to say, is read by
// readObservation, so both ways give the same figures and the same problems (plainRows.test.ts
// holds them to it). At a million rows this was most of the reading's time: cutting each line into
// cells, and each cell looked up again (.tmp/readonly.mts, node: cut 333 ms of 1,573 in readDataset).
import type { IndicatorRecord, Period, Qualifier, PrintedNumber } from './types';
import type { Cell } from './table';
import { digitsAlone, type CsvRows } from './csv';
import type { Observations } from './observations';
import { NO_DIMS, dimensionsOf, parsePeriod, rangeFault, readPrinted, shared, unitOf, type ObservationContext } from './records';
import { detached } from './text';

export interface PlainRowHooks {
  /** Before each row is read, either way. */
  tick(): void;
  /** Row k is not plain, or has something to say: read it the full way. */
  slow(k: number): void;
  /** Row k went in as row `index` of the observations, from line `line`; its parent cell, trimmed. */
  added(index: number, parent: string, line: number): void;
}

const IGNORED = 0, PERIOD = 1, UNIT = 2, INDICATOR = 3, VALUE = 4, NUMERATOR = 5, DENOMINATOR = 6, QUALIFIER = 7, SOURCE = 8, NOTE = 9, PARENT = 10, DIMENSION = 11;
const ROLES: Readonly<Record<string, number>> = {
  period: PERIOD, unit: UNIT, indicator: INDICATOR, value: VALUE, numerator: NUMERATOR, denominator: DENOMINATOR,
  qualifier: QUALIFIER, source: SOURCE, note: NOTE, parent: PARENT,
};

/** What a key cell gives when the full reader has something to say about it. */
const NOT_PLAIN = Symbol('not plain');
/** Cells of a column kept with what they gave: a column has a few periods, indicators, sources,
 * and a country's units are some 3,400; past this many a cell is looked up each time it changes.
 * The id of a cell not kept is MAX_SEEN. */
const MAX_SEEN = 8192;
/** Dimension sets are kept by their cells' ids where each is below this. */
const DIM_IDS = 1024;

/** A key column's cell as written, what it gave, and its number among the column's cells seen. */
interface SeenCell { text: string; gives: unknown; id: number }

/** Whether text[from, to) is 1 to 15 ASCII digits: a number read exactly from its digits. */
const digitsOnly = (text: string, from: number, to: number): boolean => to > from && digitsAlone(text, from, to);

function digitsValue(text: string, from: number, to: number): number {
  let v = 0;
  for (let j = from; j < to; j++) v = v * 10 + (text.charCodeAt(j) - 48);
  return v;
}

/**
 * Reads the rows of `rows` into `out`, the plain ones here and the rest by `hooks.slow`, in order.
 * `width` is the header's; `fields` and `oc.dimensions` say which column is which (mapColumns).
 */
export function readPlainRows(rows: CsvRows, width: number, fields: ReadonlyMap<string, number>, oc: ObservationContext, out: Observations, file: string, hooks: PlainRowHooks): void {
  const role = new Int8Array(width);
  for (const [field, i] of fields) if (i < width) role[i] = ROLES[field] ?? IGNORED;
  for (const [, i] of oc.dimensions) if (i < width) role[i] = DIMENSION;
  const keyColumns: number[] = [];
  for (let c = 0; c < width; c++) if (role[c] !== IGNORED && role[c] !== VALUE && role[c] !== NUMERATOR && role[c] !== DENOMINATOR) keyColumns.push(c);
  const valueAt = fields.get('value') ?? -1;
  const numeratorAt = fields.get('numerator') ?? -1;
  const denominatorAt = fields.get('denominator') ?? -1;
  // Every row to the full reader where a column the figure needs is missing (or past the header).
  const within = (field: string) => (fields.get(field) ?? width) < width;
  if (!within('value') || !within('period') || !within('unit') || !within('indicator') || rows.separator.length !== 1) {
    for (let k = 0; k < rows.length; k++) { hooks.tick(); hooks.slow(k); }
    return;
  }
  const valueColumn = valueAt + 1;
  const text = rows.text;
  const d = rows.separator;
  const span = new Int32Array(2);
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  let period: Period | null = null;
  let unit = '';
  let indicator: IndicatorRecord | null = null;
  let source = '';
  let note = '';
  let parent = '';
  let dims: Readonly<Record<string, string>> = NO_DIMS;
  const dimCells: Cell[] = new Array<Cell>(width).fill(null);
  // Each dimension column's cell as a number (its SeenCell's), and the sets those numbers made.
  const dimIds = new Float64Array(width);
  const dimColumns = keyColumns.filter((c) => role[c] === DIMENSION);
  const dimSets = new Map<number, Readonly<Record<string, string>>>();
  // A dimension's cell changed since `dims` was made (kept over a row given up half-way).
  let dimsChanged = false;
  const number: PrintedNumber = { value: 0, qualifier: '=', decimals: 0, percent: false };

  /** What a key column's cell gives (NOT_PLAIN: the full reader has something to say about it). */
  const give = (c: number, cell: string): unknown => {
    const t = cell.trim();
    switch (role[c]) {
      case PERIOD: {
        if (t === '') return NOT_PLAIN;
        const r = parsePeriod(t);
        return r.ok ? r.period : NOT_PLAIN;
      }
      case UNIT: {
        if (t === '') return NOT_PLAIN;
        let code = t;
        if (oc.units) {
          const found = oc.units.find(t);
          if (found.unit) code = found.unit.code;
          else if (found.ambiguous) return NOT_PLAIN;
        }
        return unitOf(oc, code);
      }
      case INDICATOR: return (t === '' ? undefined : oc.indicators.findHeader(t)) ?? NOT_PLAIN;
      case QUALIFIER: return t === '' ? t : NOT_PLAIN;
      case SOURCE: case NOTE: return shared(oc, t);
      case PARENT: return t;
      default: return cell;
    }
  };

  /** Puts what a key column's cell gave where the row's figure takes it. */
  const use = (c: number, cell: SeenCell): void => {
    switch (role[c]) {
      case PERIOD: period = cell.gives as Period; break;
      case UNIT: unit = cell.gives as string; break;
      case INDICATOR: indicator = cell.gives as IndicatorRecord; break;
      case SOURCE: source = cell.gives as string; break;
      case NOTE: note = cell.gives as string; break;
      case PARENT: parent = cell.gives as string; break;
      case DIMENSION: dimCells[c] = cell.text; dimIds[c] = cell.id; dimsChanged = true; break;
      default: break;
    }
  };

  // Each key column's cells seen (up to MAX_SEEN), by their shape, and the last row's.
  const seen = Array.from({ length: width }, () => new Map<number, SeenCell[]>());
  const seenCount = new Int32Array(width);
  const last: (SeenCell | null)[] = new Array<SeenCell | null>(width).fill(null);
  /** A cell's shape: its length and three of its characters, which tell most cells of a column apart. */
  const shapeOf = (s: number, e: number): number => {
    const n = e - s;
    return n === 0 ? 0 : (Math.imul(Math.imul(Math.imul(n, 31) + text.charCodeAt(s), 31) + text.charCodeAt(s + (n >> 1)), 31) + text.charCodeAt(e - 1)) | 0;
  };
  /** The key column's cell at [s, e), as seen before or now. */
  const cellAt = (c: number, s: number, e: number): SeenCell => {
    const shape = shapeOf(s, e);
    const map = seen[c];
    const bucket = map.get(shape);
    if (bucket !== undefined) {
      for (let b = 0; b < bucket.length; b++) {
        const x = bucket[b];
        if (x.text.length === e - s && text.startsWith(x.text, s)) return x;
      }
    }
    const cell = text.slice(s, e);
    const x: SeenCell = { text: cell, gives: give(c, cell), id: seenCount[c] };
    if (seenCount[c] < MAX_SEEN) {
      seenCount[c]++;
      if (bucket !== undefined) bucket.push(x); else map.set(shape, [x]);
    }
    return x;
  };

  /** The dimension set of the row's dimension cells (one object per set of cells). */
  const dimsOfCells = (): Readonly<Record<string, string>> => {
    // The cells' ids in one number, where each is below DIM_IDS and they are 5 at most (below 2^50).
    let key = 0;
    let fits = dimColumns.length <= 5;
    for (let j = 0; j < dimColumns.length && fits; j++) {
      const id = dimIds[dimColumns[j]];
      fits = id < DIM_IDS;
      key = key * DIM_IDS + id;
    }
    const known = fits ? dimSets.get(key) : undefined;
    if (known !== undefined) return known;
    const made = dimensionsOf(oc, dimCells);
    if (fits) dimSets.set(key, made);
    return made;
  };

  /** A count cell (numerator, denominator) of digits alone: its value; null when empty; NaN: not plain. */
  const countAt = (c: number): number | null => {
    if (c < 0 || c >= width) return null;
    const s = starts[c];
    const e = ends[c];
    if (s === e) return null;
    if (digitsOnly(text, s, e)) return digitsValue(text, s, e);
    return text.slice(s, e).trim() === '' ? null : Number.NaN;
  };

  const readPlain = (k: number): boolean => {
    if (!rows.plainSpan(k, span)) return false;
    let at = span[0];
    const end = span[1];
    for (let c = 0; c < width; c++) {
      const e = text.indexOf(d, at);
      if (c < width - 1) {
        if (e === -1 || e >= end) return false;
        starts[c] = at; ends[c] = e; at = e + 1;
      } else {
        if (e !== -1 && e < end) return false;
        starts[c] = at; ends[c] = end;
      }
    }
    for (let j = 0; j < keyColumns.length; j++) {
      const c = keyColumns[j];
      const s = starts[c];
      const e = ends[c];
      const l = last[c];
      if (l !== null && l.text.length === e - s && text.startsWith(l.text, s)) continue;
      const cell = cellAt(c, s, e);
      if (cell.gives === NOT_PLAIN) return false;
      use(c, cell);
      last[c] = cell;
    }
    if (dimsChanged) { dims = dimsOfCells(); dimsChanged = false; }
    const ind = indicator!;

    // The value: digits alone read here; any other as the full reader reads it.
    const vs = starts[valueAt];
    const ve = ends[valueAt];
    let printed: string | null = null;
    let value: number;
    let qualifier: Qualifier = '=';
    let decimals = 0;
    if (digitsOnly(text, vs, ve)) {
      value = digitsValue(text, vs, ve);
      if (ve - vs > 1 && text.charCodeAt(vs) === 48) printed = detached(text.slice(vs, ve));
      number.value = value; number.percent = false;
      if (rangeFault(ind, number, '') !== null) return false;
    } else {
      const raw = text.slice(vs, ve);
      const t = raw.trim();
      if (!/\d/.test(t)) return false;
      const r = readPrinted(t, ind.kind, oc, ind.max);
      if (!r.ok || rangeFault(ind, r.number, '') !== null) return false;
      value = r.number.value;
      qualifier = r.number.qualifier;
      decimals = r.number.decimals;
      printed = detached(raw);
    }

    const numerator = countAt(numeratorAt);
    const denominator = countAt(denominatorAt);
    if (Number.isNaN(numerator) || Number.isNaN(denominator)) return false;
    if ((numerator !== null || denominator !== null) && ind.kind !== 'rate') return false;
    if (numerator !== null && denominator !== null && numerator > denominator && ind.better === 'higher') return false;

    const line = rows.lineOf(k);
    out.add(unit, period!, ind.id, dims, value, qualifier, decimals, numerator, denominator, source, note, file, line, valueColumn, printed);
    hooks.added(out.length - 1, parent, line);
    return true;
  };

  // A row given up half-way leaves each key column's cell and what it gave together: the cells
  // taken are this row's, the others the last row's.
  for (let k = 0; k < rows.length; k++) {
    hooks.tick();
    if (!readPlain(k)) hooks.slow(k);
  }
}
