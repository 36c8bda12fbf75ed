// The observations a dataset's files give, held one column per field rather than one object per
// row. A whole country's file has a million rows: as objects (each with its origin, another
// object) they were a million and more objects in the load worker's heap while the model was
// built. As columns they are typed arrays for the numbers and arrays of shared strings (a unit's
// name is one string however many rows name it). A row is made into an object (`at`) only where
// one is wanted: a message about it, a test.
import type { Observation, Origin, Period, Qualifier } from './types';
import { writePages } from './pages';

const QUALIFIERS: readonly Qualifier[] = ['=', '>', '<', '~'];
const QUALIFIER_CODE: Readonly<Record<Qualifier, number>> = { '=': 0, '>': 1, '<': 2, '~': 3 };

export class Observations implements Iterable<Observation> {
  /** Rows held; the typed columns may be longer (room for more). */
  length = 0;
  /** The unit each row names: its code once placed. Placing makes a new unit column (`withUnits`). */
  unit: string[];
  period: Period[];
  indicator: string[];
  /** Rows with the same dimension values share one object; `{}` is the total. */
  dims: Readonly<Record<string, string>>[];
  value: Float64Array;
  /** QUALIFIERS' index. */
  qualifierCode: Uint8Array;
  decimals: Int8Array;
  /** NaN: none given. */
  numerator: Float64Array;
  denominator: Float64Array;
  source: string[];
  note: string[];
  /** Where each row was read: its file, line, the value's column (0: not known) and text. */
  file: string[];
  line: Int32Array;
  column: Int32Array;
  /** The value's text as printed, or null where it is the value's own digits (`1103`: most cells
   * of a large file), rebuilt when asked for (`printed`). A million small strings kept alive were
   * each copied by the young generation's collections while the file was read. */
  printedText: (string | null)[];

  constructor(capacity = 16) {
    const n = Math.max(1, capacity);
    // Made whole with room for the rows to come (the reader knows how many a file has), filled in
    // order, and cut to the rows held by `trim`.
    this.unit = new Array<string>(n); this.period = new Array<Period>(n); this.indicator = new Array<string>(n);
    this.dims = new Array<Readonly<Record<string, string>>>(n); this.source = new Array<string>(n); this.note = new Array<string>(n);
    this.file = new Array<string>(n); this.printedText = new Array<string | null>(n);
    this.value = new Float64Array(n);
    this.qualifierCode = new Uint8Array(n);
    this.decimals = new Int8Array(n);
    this.numerator = new Float64Array(n);
    this.denominator = new Float64Array(n);
    this.line = new Int32Array(n);
    this.column = new Int32Array(n);
  }

  /** Adds a row (the reader's way, without making it an object): its strings are kept as given
   * (the reader shares them), its numbers typed; a column of 0 is not known. The printed text is
   * kept only where it is not the value's own digits (null: the reader knows it is). */
  add(unit: string, period: Period, indicator: string, dims: Readonly<Record<string, string>>, value: number, qualifier: Qualifier, decimals: number,
    numerator: number | null, denominator: number | null, source: string, note: string, file: string, line: number, column: number, printed: string | null): void {
    const k = this.length;
    if (k === this.value.length) this.grow(k * 2);
    this.unit[k] = unit; this.period[k] = period; this.indicator[k] = indicator; this.dims[k] = dims;
    this.value[k] = value; this.qualifierCode[k] = QUALIFIER_CODE[qualifier]; this.decimals[k] = decimals;
    this.numerator[k] = numerator ?? Number.NaN; this.denominator[k] = denominator ?? Number.NaN;
    this.source[k] = source; this.note[k] = note;
    this.file[k] = file; this.line[k] = line; this.column[k] = column; this.printedText[k] = printed === null || ownDigits(printed, value) ? null : printed;
    this.length = k + 1;
  }

  push(o: Observation): void {
    const at = o.origin;
    this.add(o.unit, o.period, o.indicator, o.dims, o.value, o.qualifier, o.decimals, o.numerator, o.denominator, o.source, o.note, at.file, at.line, at.column ?? 0, at.printed);
  }

  private grow(n: number): void {
    const g = <A extends Float64Array | Int32Array | Int8Array | Uint8Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(n);
      b.set(a.subarray(0, Math.min(a.length, n)));
      return b;
    };
    this.value = g(this.value); this.qualifierCode = g(this.qualifierCode); this.decimals = g(this.decimals);
    this.numerator = g(this.numerator); this.denominator = g(this.denominator); this.line = g(this.line); this.column = g(this.column);
  }

  /** Rows the typed columns have room for. */
  get capacity(): number {
    return this.value.length;
  }

  /** Gives back the room for rows never added (the reader makes room for every row of a file);
   * `typed: false`: the text columns' only (the typed ones keep theirs, not copied). */
  trim(typed = true): this {
    if (typed && this.value.length > this.length) this.grow(this.length);
    for (const column of [this.unit, this.period, this.indicator, this.dims, this.source, this.note, this.file, this.printedText]) column.length = this.length;
    return this;
  }

  qualifier(k: number): Qualifier {
    return QUALIFIERS[this.qualifierCode[k]];
  }

  /** The value's text as printed. */
  printed(k: number): string {
    return this.printedText[k] ?? String(this.value[k]);
  }

  origin(k: number): Origin {
    const column = this.column[k];
    return column > 0
      ? { file: this.file[k], line: this.line[k], column, printed: this.printed(k) }
      : { file: this.file[k], line: this.line[k], printed: this.printed(k) };
  }

  /** Row k as an object (a new one each time). */
  at(k: number): Observation {
    const n = this.numerator[k];
    const d = this.denominator[k];
    return {
      unit: this.unit[k], period: this.period[k], indicator: this.indicator[k], dims: this.dims[k] as Record<string, string>,
      value: this.value[k], qualifier: this.qualifier(k), decimals: this.decimals[k],
      numerator: Number.isNaN(n) ? null : n, denominator: Number.isNaN(d) ? null : d,
      source: this.source[k], note: this.note[k], origin: this.origin(k),
    };
  }

  *[Symbol.iterator](): Iterator<Observation> {
    for (let k = 0; k < this.length; k++) yield this.at(k);
  }

  /** Every row as an object: for tests and small files, never a whole country's. */
  rows(): Observation[] {
    return Array.from(this);
  }

  /** The same rows with another unit column (the units placed): the other columns are shared. */
  withUnits(unit: string[]): Observations {
    if (unit.length !== this.length) throw new Error(`withUnits: ${unit.length} units for ${this.length} rows`);
    return Object.assign(new Observations(1), this, { unit });
  }

  /** The rows not in `dropped`, in order (this table itself when none is dropped). */
  without(dropped: ReadonlySet<number>): Observations {
    if (dropped.size === 0) return this;
    const out = new Observations(this.length - dropped.size);
    for (let k = 0; k < this.length; k++) {
      if (dropped.has(k)) continue;
      out.add(this.unit[k], this.period[k], this.indicator[k], this.dims[k], this.value[k], this.qualifier(k), this.decimals[k],
        this.numerator[k], this.denominator[k], this.source[k], this.note[k], this.file[k], this.line[k], this.column[k], this.printed(k));
    }
    return out.trim();
  }

  static of(rows: readonly Observation[]): Observations {
    const out = new Observations(rows.length);
    for (const o of rows) out.push(o);
    return out.trim();
  }
}

/** Whether a text is a number's own digits, as String(value) writes them: 1 to 15 digits, no
 * leading zero, and the value they read as (found without making a string of the value). */
function ownDigits(text: string, value: number): boolean {
  const n = text.length;
  if (n === 0 || n > 15 || (n > 1 && text.charCodeAt(0) === 48)) return false;
  let v = 0;
  for (let j = 0; j < n; j++) {
    const ch = text.charCodeAt(j) - 48;
    if (ch < 0 || ch > 9) return false;
    v = v * 10 + ch;
  }
  return v === value;
}

/**
 * Room for `capacity` rows, made ahead of the reading (while a large file comes: readInParts.ts),
 * its typed columns' pages written too (./pages.ts): `new Observations` of 1.1 million rows alone
 * wrote 17 thousand new pages (some 200 ms, node) for its text columns, and the numbers' 37 MB were
 * written as the rows were read.
 */
export function observationsAhead(capacity: number): Observations {
  const room = new Observations(capacity);
  for (const a of [room.value, room.qualifierCode, room.decimals, room.numerator, room.denominator, room.line, room.column]) writePages(a);
  return room;
}
