// A FigureTable being built, in the worker (or the command line): figures are added and replaced
// by key through a hash index, then sorted by key and sent to the page as columns. The page
// only reads (table.ts), so none of this is in its code.
import type { Qualifier } from '../data/types';
import type { Observations } from '../data/observations';
import { formatVi } from '../data/formatVi';
import { RowIndex } from './rowIndex';
import type { TableMemory } from './tableMemory';
import { ARRAY_COLUMNS, FigureTable, QUALIFIERS, DERIVATIONS, PLAIN, GROUPED, columnBuffers, type ArrayColumn, type SpareColumns, type TableColumns } from './table';
import type { Derivation } from './figure';

const GROW = 1.6;
const Q = new Map(QUALIFIERS.map((q, i) => [q, i]));
const D = new Map(DERIVATIONS.map((d, i) => [d, i]));
const PUBLISHED = D.get('published')!;

export class TableBuilder extends FigureTable {
  private cap: number;
  private index: RowIndex;
  /** Periods, the index key's third stride (`at`): units × periods × dimension sets × indicators
   * stay below 2^53. */
  private np = 1;

  /** `memory`: columns made ahead (tableMemory.ts), used where they hold `capacity` rows. */
  constructor(capacity = 1024, memory: TableMemory | null = null) {
    const cap = Math.max(16, capacity);
    const use = memory !== null && memory.capacity >= cap;
    super(use ? 0 : cap);
    this.cap = cap;
    // Each column `cap` long, as if made here (grow() copies a column whole into a longer one).
    if (use) for (const k of Object.keys(ARRAY_COLUMNS) as ArrayColumn[]) (this[k] as SpareColumns[ArrayColumn]) = memory.columns[k].subarray(0, cap);
    this.index = new RowIndex(this.cap);
  }

  /** Fixes the key strides once the dictionaries hold every period, indicator and dimension set. */
  seal(): void {
    this.np = Math.max(1, this.periods.size);
    this.ni = Math.max(1, this.indicators.size);
    this.nd = Math.max(1, this.dimSets.size);
    this.index.clear();
    // A unit and period's figures are one span of keys (`at`), kept near one another in the index.
    this.index.keepNear(this.ni * this.nd);
    for (let r = 0; r < this.size; r++) this.index.set(this.at(this.unit[r], this.period[r], this.indicator[r], this.dimsId[r]), r);
  }

  /**
   * A figure's key in the index: ((unit · periods + period) · dimension sets + set) · indicators +
   * indicator. Within a unit and period's span, the indicators of one breakdown are side by side
   * (the index keeps them a few slots apart): the sums and checks read a figure's counts together
   * (a rate's numerator and denominator, a flow's parts), which then share a few cache lines of
   * the index rather than one each, some 400 bytes apart. Only the index uses it: the figures are
   * sent sorted by indicator before breakdown (`columns`), as the page's `find` reads them.
   */
  private at(u: number, p: number, i: number, d: number): number {
    return ((u * this.np + p) * this.nd + d) * this.ni + i;
  }

  /** The row of a figure, or -1. */
  override find(u: number, p: number, i: number, d: number): number {
    return this.index.get(this.at(u, p, i, d));
  }

  private grow(): void {
    this.cap = Math.ceil(this.cap * GROW);
    const g = <A extends Int32Array | Float64Array | Uint8Array | Int8Array | Int16Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(this.cap);
      b.set(a);
      return b;
    };
    this.unit = g(this.unit); this.period = g(this.period); this.indicator = g(this.indicator); this.dimsId = g(this.dimsId);
    this.value = g(this.value); this.numerator = g(this.numerator); this.denominator = g(this.denominator); this.published = g(this.published);
    this.qualifier = g(this.qualifier); this.derived = g(this.derived); this.publishedDecimals = g(this.publishedDecimals); this.via = g(this.via);
    this.originFile = g(this.originFile); this.originLine = g(this.originLine); this.originColumn = g(this.originColumn);
    this.printed = g(this.printed); this.source = g(this.source); this.note = g(this.note);
  }

  // Consecutive rows mostly share their file and source: remember the last ones (a Map look-up
  // hashes the whole string each time).
  private lastFile: string | null = null;
  private lastFileId = -1;
  private lastSource: string | null = null;
  private lastSourceId = -1;

  private fileId(file: string): number {
    if (file !== this.lastFile) { this.lastFile = file; this.lastFileId = this.files.id(file); }
    return this.lastFileId;
  }

  private sourceId(source: string): number {
    if (source !== this.lastSource) { this.lastSource = source; this.lastSourceId = this.texts.id(source); }
    return this.lastSourceId;
  }

  /** The printed text: most cells print the number plainly or in the Vietnamese style, which is
   * rebuilt from the value rather than stored (PLAIN, GROUPED); others are kept as text. Null: the
   * reader found the value's own digits. */
  private printedId(printed: string | null, value: number, decimals: number): number {
    if (printed === null || printed === String(value)) return PLAIN;
    if (printed === formatVi(value, Math.max(0, decimals))) return GROUPED;
    return this.texts.id(printed);
  }

  private writeNumbers(r: number, value: number, qualifier: number, numerator: number, denominator: number, derived: number, published: number, publishedDecimals: number, via: number): void {
    this.value[r] = value;
    this.qualifier[r] = qualifier;
    this.numerator[r] = numerator;
    this.denominator[r] = denominator;
    this.derived[r] = derived;
    this.published[r] = published;
    this.publishedDecimals[r] = publishedDecimals;
    this.via[r] = via;
  }

  /** Where a figure was read (no file: nowhere, -1 in each column), what was printed there, its
   * source and note. */
  private writeOrigin(r: number, file: string | null, line: number, column: number, printed: string | null, value: number, decimals: number, source: string | undefined, note: string | undefined): void {
    this.originFile[r] = file === null ? -1 : this.fileId(file);
    this.originLine[r] = file === null ? -1 : line;
    this.originColumn[r] = file === null ? -1 : column;
    this.printed[r] = file === null ? -1 : this.printedId(printed, value, decimals);
    this.source[r] = source ? this.sourceId(source) : -1;
    this.note[r] = note ? this.texts.id(note) : -1;
  }

  /** A new figure at another indicator of the same unit, period and dimensions, from the same
   * printed cell (a rate's hidden count pair), without making its origin an object. */
  setFrom(src: number, indicator: number, value: number, qualifier: Qualifier): number {
    const r = this.rowAt(this.unit[src], this.period[src], indicator, this.dimsId[src]);
    this.value[r] = value;
    this.qualifier[r] = Q.get(qualifier)!;
    this.numerator[r] = Number.NaN; this.denominator[r] = Number.NaN; this.published[r] = Number.NaN;
    this.derived[r] = 0; this.publishedDecimals[r] = -1; this.via[r] = -1;
    this.originFile[r] = this.originFile[src]; this.originLine[r] = this.originLine[src]; this.originColumn[r] = this.originColumn[src];
    // The pair's own value is not what was printed: its origin says where, not what.
    this.printed[r] = -1; this.source[r] = this.source[src]; this.note[r] = this.note[src];
    return r;
  }

  /** The row at a key, added (keyed, its other columns unset) when there is none. */
  private rowAt(u: number, p: number, i: number, d: number): number {
    const had = this.index.claim(this.at(u, p, i, d), this.size);
    return had >= 0 ? had : this.append(u, p, i, d);
  }

  /** A new row at the end, its key columns set (the index has its key already). */
  private append(u: number, p: number, i: number, d: number): number {
    if (this.size === this.cap) this.grow();
    const r = this.size++;
    this.unit[r] = u; this.period[r] = p; this.indicator[r] = i; this.dimsId[r] = d;
    (this.byUnit[u] ??= []).push(r);
    (this.byIndicator[i] ??= []).push(r);
    return r;
  }

  /** Adds a figure made here (a sum, an identity's total, a rate), or replaces the one at its key;
   * returns its row. Its fields are arguments, not an object: a country's sums and rates are some
   * 600,000 figures. It has no origin, source or note (a -1 in each of their columns). */
  setDerived(u: number, p: number, i: number, d: number, value: number, qualifier: Qualifier, derived: Derivation, numerator = Number.NaN, denominator = Number.NaN, via = -1): number {
    const r = this.rowAt(u, p, i, d);
    this.writeNumbers(r, value, Q.get(qualifier)!, numerator, denominator, D.get(derived)!, Number.NaN, -1, via);
    this.writeOrigin(r, null, -1, -1, null, value, 0, undefined, undefined);
    return r;
  }

  /** Adds the figure printed at row k of the observations read (its published value, counts,
   * origin, source and note), without making the row an object — unless a figure has its key
   * already: then that figure's row comes back and nothing is written (-1: added). One look-up. */
  addRead(u: number, p: number, i: number, d: number, obs: Observations, k: number): number {
    const had = this.index.claim(this.at(u, p, i, d), this.size);
    if (had >= 0) return had;
    const r = this.append(u, p, i, d);
    const value = obs.value[k];
    const decimals = obs.decimals[k];
    this.writeNumbers(r, value, Q.get(obs.qualifier(k))!, obs.numerator[k], obs.denominator[k], PUBLISHED, value, decimals, -1);
    this.writeOrigin(r, obs.file[k], obs.line[k], obs.column[k] > 0 ? obs.column[k] : -1, obs.printedText[k], value, decimals, obs.source[k], obs.note[k]);
    return -1;
  }

  /** Sets only the numbers of an existing row (a printed rate recomputed from its counts). */
  update(r: number, value: number, qualifier: Qualifier, numerator: number, denominator: number): void {
    this.value[r] = value;
    this.qualifier[r] = Q.get(qualifier)!;
    this.numerator[r] = numerator;
    this.denominator[r] = denominator;
  }

  /** The columns of the rows `keep` says to keep, sorted by key (unit first): what the worker
   * sends the page, which then finds a figure by binary search without building an index.
   * `spare`: this builder's own arrays, of no more use to it, which the worker copies the columns
   * into to keep them (reopen.ts): memory written already costs a tenth of new memory to fill. */
  columns(keep: (r: number) => boolean): { columns: TableColumns; transfer: ArrayBuffer[]; spare: SpareColumns } {
    // Sorted by (unit, period, indicator, dimensions): a stable counting sort on each column,
    // last one first (each is a small alphabet, so the sort is linear in the rows).
    let rows = new Int32Array(this.size);
    let n = 0;
    for (let r = 0; r < this.size; r++) if (keep(r)) rows[n++] = r;
    rows = rows.slice(0, n);
    const byColumn = (col: Int32Array, size: number) => {
      const count = new Int32Array(size + 1);
      for (let j = 0; j < n; j++) count[col[rows[j]] + 1]++;
      for (let v = 0; v < size; v++) count[v + 1] += count[v];
      const out = new Int32Array(n);
      for (let j = 0; j < n; j++) out[count[col[rows[j]]]++] = rows[j];
      rows = out;
    };
    byColumn(this.dimsId, this.dimSets.size);
    byColumn(this.indicator, this.indicators.size);
    byColumn(this.period, this.periods.size);
    byColumn(this.unit, this.units.size);
    // One gather per element type, so that each loop stays monomorphic (one generic gather over
    // five array types was 1.5 of 27 s at a million figures).
    const i32 = (a: Int32Array) => { const b = new Int32Array(n); for (let j = 0; j < n; j++) b[j] = a[rows[j]]; return b; };
    const f64 = (a: Float64Array) => { const b = new Float64Array(n); for (let j = 0; j < n; j++) b[j] = a[rows[j]]; return b; };
    const u8 = (a: Uint8Array) => { const b = new Uint8Array(n); for (let j = 0; j < n; j++) b[j] = a[rows[j]]; return b; };
    const i8 = (a: Int8Array) => { const b = new Int8Array(n); for (let j = 0; j < n; j++) b[j] = a[rows[j]]; return b; };
    const i16 = (a: Int16Array) => { const b = new Int16Array(n); for (let j = 0; j < n; j++) b[j] = a[rows[j]]; return b; };
    const columns: TableColumns = {
      size: n,
      units: this.units.values, periods: this.periods.values, indicators: this.indicators.values,
      dims: this.dimSets.values.map((d) => ({ ...d.dims })), dimNames: this.dimNames.values, files: this.files.values, texts: this.texts.values,
      unit: i32(this.unit), period: i32(this.period), indicator: i32(this.indicator), dimsId: i32(this.dimsId),
      value: f64(this.value), numerator: f64(this.numerator), denominator: f64(this.denominator), published: f64(this.published),
      qualifier: u8(this.qualifier), derived: u8(this.derived), publishedDecimals: i8(this.publishedDecimals), via: i16(this.via),
      originFile: i32(this.originFile), originLine: i32(this.originLine), originColumn: i32(this.originColumn),
      printed: i32(this.printed), source: i32(this.source), note: i32(this.note),
    };
    const spare = Object.fromEntries((Object.keys(ARRAY_COLUMNS) as ArrayColumn[]).map((k) => [k, this[k]])) as SpareColumns;
    return { columns, transfer: columnBuffers(columns), spare };
  }
}
