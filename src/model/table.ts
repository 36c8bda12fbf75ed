// Every figure of a dataset, column-wise: units, periods, indicators and dimension sets are
// dictionary-encoded, numbers live in typed arrays, and a figure is one row number. The sums,
// rates and checks work on row numbers (index arithmetic); a Figure object is made only when a
// view or the checker asks for one. The columns travel from the worker to the page as
// transferable buffers, so the page never holds a million figure objects.
import type { FigureRef, Origin, Period, Qualifier } from '../data/types';
import type { Derivation, Figure } from './figure';
import { dimsKey } from './figure';
import { formatVi } from '../data/formatVi';

export const QUALIFIERS: readonly Qualifier[] = ['=', '>', '<', '~'];
export const DERIVATIONS: readonly Derivation[] = ['published', 'identity', 'dimension-total', 'unit-total', 'rate'];
const Q = new Map(QUALIFIERS.map((q, i) => [q, i]));
const D = new Map(DERIVATIONS.map((d, i) => [d, i]));

/** Strings ↔ small integers, in first-seen order. */
export class Dictionary<T = string> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly keyOf: (v: T) => string = (v) => v as unknown as string) {}
  id(v: T): number {
    const k = this.keyOf(v);
    let i = this.ids.get(k);
    if (i === undefined) { i = this.values.length; this.values.push(v); this.ids.set(k, i); }
    return i;
  }
  find(key: string): number | undefined {
    return this.ids.get(key);
  }
  get size(): number {
    return this.values.length;
  }
}

/** A set of dimension values (`{}` is the total), with its key and, for one dimension, its name and value. */
export interface DimSet {
  dims: Readonly<Record<string, string>>;
  key: string;
  /** The number of dimensions. */
  arity: number;
  /** For a single dimension: its name and value. */
  name: string | null;
  value: string | null;
}

export function dimSet(dims: Readonly<Record<string, string>>): DimSet {
  const names = Object.keys(dims);
  return { dims, key: dimsKey(dims), arity: names.length, name: names.length === 1 ? names[0] : null, value: names.length === 1 ? dims[names[0]] : null };
}

/** What a new row holds. Numbers that may be missing are NaN; origin fields -1 / ''. */
export interface RowInit {
  unit: number;
  period: number;
  indicator: number;
  dims: number;
  value: number;
  qualifier: Qualifier;
  numerator?: number;
  denominator?: number;
  derived: Derivation;
  published?: number;
  publishedDecimals?: number;
  /** For a dimension total: the dimension it sums over (an id in `dimNames`). */
  via?: number;
  origin?: Origin | null;
  source?: string;
  note?: string;
}

const GROW = 1.6;
/** `printed` ids for texts rebuilt from the value: as JavaScript writes it, or as Vietnamese prints it. */
const PLAIN = -2;
const GROUPED = -3;

/** The columns of a table, as sent from the worker (the buffers are transferred, not copied). */
export interface TableColumns {
  size: number;
  units: string[];
  periods: Period[];
  indicators: string[];
  dims: Record<string, string>[];
  dimNames: string[];
  files: string[];
  texts: string[];
  unit: Int32Array; period: Int32Array; indicator: Int32Array; dimsId: Int32Array;
  value: Float64Array; numerator: Float64Array; denominator: Float64Array; published: Float64Array;
  qualifier: Uint8Array; derived: Uint8Array; publishedDecimals: Int8Array; via: Int16Array;
  originFile: Int32Array; originLine: Int32Array; originColumn: Int32Array;
  /** Text ids (into `texts`) of the printed cell, the source and the note; -1 none. */
  printed: Int32Array; source: Int32Array; note: Int32Array;
}

export class FigureTable {
  readonly units: Dictionary;
  readonly periods: Dictionary<Period>;
  readonly indicators: Dictionary;
  readonly dimSets: Dictionary<DimSet>;
  readonly dimNames: Dictionary;
  readonly files: Dictionary;
  readonly texts: Dictionary;

  size = 0;
  private cap: number;
  unit: Int32Array; period: Int32Array; indicator: Int32Array; dimsId: Int32Array;
  value: Float64Array; numerator: Float64Array; denominator: Float64Array; published: Float64Array;
  qualifier: Uint8Array; derived: Uint8Array; publishedDecimals: Int8Array; via: Int16Array;
  originFile: Int32Array; originLine: Int32Array; originColumn: Int32Array;
  printed: Int32Array; source: Int32Array; note: Int32Array;

  private index = new Map<number, number>();
  /** On the page: where each unit's rows start (rows are sorted by key); null while building. */
  private unitStart: Int32Array | null = null;
  private indicatorsIndexed = false;
  private byUnit: number[][] = [];
  private byIndicator: number[][] = [];
  /** Key strides: units × periods × indicators × dimension sets must stay below 2^53. */
  private np = 1;
  private ni = 1;
  private nd = 1;

  constructor(capacity = 1024) {
    this.units = new Dictionary();
    this.periods = new Dictionary<Period>((p) => p.key);
    this.indicators = new Dictionary();
    this.dimSets = new Dictionary<DimSet>((d) => d.key);
    this.dimNames = new Dictionary();
    this.files = new Dictionary();
    this.texts = new Dictionary();
    this.cap = Math.max(16, capacity);
    this.unit = new Int32Array(this.cap); this.period = new Int32Array(this.cap); this.indicator = new Int32Array(this.cap); this.dimsId = new Int32Array(this.cap);
    this.value = new Float64Array(this.cap); this.numerator = new Float64Array(this.cap); this.denominator = new Float64Array(this.cap); this.published = new Float64Array(this.cap);
    this.qualifier = new Uint8Array(this.cap); this.derived = new Uint8Array(this.cap); this.publishedDecimals = new Int8Array(this.cap); this.via = new Int16Array(this.cap);
    this.originFile = new Int32Array(this.cap); this.originLine = new Int32Array(this.cap); this.originColumn = new Int32Array(this.cap);
    this.printed = new Int32Array(this.cap); this.source = new Int32Array(this.cap); this.note = new Int32Array(this.cap);
  }

  /** Fixes the key strides once the dictionaries hold every period, indicator and dimension set. */
  seal(): void {
    this.np = Math.max(1, this.periods.size);
    this.ni = Math.max(1, this.indicators.size);
    this.nd = Math.max(1, this.dimSets.size);
    this.index.clear();
    for (let r = 0; r < this.size; r++) this.index.set(this.key(this.unit[r], this.period[r], this.indicator[r], this.dimsId[r]), r);
  }

  key(u: number, p: number, i: number, d: number): number {
    return ((u * this.np + p) * this.ni + i) * this.nd + d;
  }

  /** The row of a figure, or -1. */
  find(u: number, p: number, i: number, d: number): number {
    if (this.unitStart) {
      // Received from the worker: rows sorted by key, so a binary search within the unit's rows.
      const want = (p * this.ni + i) * this.nd + d;
      let lo = this.unitStart[u];
      let hi = this.unitStart[u + 1] - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const k = (this.period[mid] * this.ni + this.indicator[mid]) * this.nd + this.dimsId[mid];
        if (k === want) return mid;
        if (k < want) lo = mid + 1; else hi = mid - 1;
      }
      return -1;
    }
    const r = this.index.get(this.key(u, p, i, d));
    return r === undefined ? -1 : r;
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
   * rebuilt from the value rather than stored (PLAIN, GROUPED); others are kept as text. */
  private printedId(printed: string, value: number, decimals: number): number {
    if (printed === String(value)) return PLAIN;
    if (printed === formatVi(value, Math.max(0, decimals))) return GROUPED;
    return this.texts.id(printed);
  }

  private write(r: number, f: RowInit): void {
    this.value[r] = f.value;
    this.qualifier[r] = Q.get(f.qualifier)!;
    this.numerator[r] = f.numerator ?? Number.NaN;
    this.denominator[r] = f.denominator ?? Number.NaN;
    this.derived[r] = D.get(f.derived)!;
    this.published[r] = f.published ?? Number.NaN;
    this.publishedDecimals[r] = f.publishedDecimals ?? -1;
    this.via[r] = f.via ?? -1;
    const o = f.origin;
    this.originFile[r] = o ? this.fileId(o.file) : -1;
    this.originLine[r] = o ? o.line : -1;
    this.originColumn[r] = o?.column ?? -1;
    this.printed[r] = o ? this.printedId(o.printed, f.value, f.publishedDecimals ?? 0) : -1;
    this.source[r] = f.source ? this.sourceId(f.source) : -1;
    this.note[r] = f.note ? this.texts.id(f.note) : -1;
  }

  /** A new figure at another indicator of the same unit, period and dimensions, from the same
   * printed cell (a rate's hidden count pair), without making its origin an object. */
  setFrom(src: number, indicator: number, value: number, qualifier: Qualifier): number {
    const k = this.key(this.unit[src], this.period[src], indicator, this.dimsId[src]);
    let r = this.index.get(k);
    if (r === undefined) {
      if (this.size === this.cap) this.grow();
      r = this.size++;
      this.unit[r] = this.unit[src]; this.period[r] = this.period[src]; this.indicator[r] = indicator; this.dimsId[r] = this.dimsId[src];
      this.index.set(k, r);
      (this.byUnit[this.unit[r]] ??= []).push(r);
      (this.byIndicator[indicator] ??= []).push(r);
    }
    this.value[r] = value;
    this.qualifier[r] = Q.get(qualifier)!;
    this.numerator[r] = Number.NaN; this.denominator[r] = Number.NaN; this.published[r] = Number.NaN;
    this.derived[r] = 0; this.publishedDecimals[r] = -1; this.via[r] = -1;
    this.originFile[r] = this.originFile[src]; this.originLine[r] = this.originLine[src]; this.originColumn[r] = this.originColumn[src];
    // The pair's own value is not what was printed: its origin says where, not what.
    this.printed[r] = -1; this.source[r] = this.source[src]; this.note[r] = this.note[src];
    return r;
  }

  /** Adds a figure, or replaces the one at its key; returns its row. */
  set(f: RowInit): number {
    const k = this.key(f.unit, f.period, f.indicator, f.dims);
    const old = this.index.get(k);
    if (old !== undefined) { this.write(old, f); return old; }
    if (this.size === this.cap) this.grow();
    const r = this.size++;
    this.unit[r] = f.unit; this.period[r] = f.period; this.indicator[r] = f.indicator; this.dimsId[r] = f.dims;
    this.write(r, f);
    this.index.set(k, r);
    (this.byUnit[f.unit] ??= []).push(r);
    (this.byIndicator[f.indicator] ??= []).push(r);
    return r;
  }

  /** Sets only the numbers of an existing row (a printed rate recomputed from its counts). */
  update(r: number, value: number, qualifier: Qualifier, numerator: number, denominator: number): void {
    this.value[r] = value;
    this.qualifier[r] = Q.get(qualifier)!;
    this.numerator[r] = numerator;
    this.denominator[r] = denominator;
  }

  rowsOfUnit(u: number): readonly number[] {
    if (this.unitStart && this.byUnit[u] === undefined && u + 1 < this.unitStart.length) {
      const out: number[] = [];
      for (let r = this.unitStart[u]; r < this.unitStart[u + 1]; r++) out.push(r);
      this.byUnit[u] = out;
    }
    return this.byUnit[u] ?? [];
  }

  /** Rows of one indicator (a snapshot: safe to add rows while looping). */
  rowsOfIndicator(i: number): number[] {
    if (this.unitStart && !this.indicatorsIndexed) {
      this.indicatorsIndexed = true;
      for (let r = 0; r < this.size; r++) (this.byIndicator[this.indicator[r]] ??= []).push(r);
    }
    return [...(this.byIndicator[i] ?? [])];
  }

  q(r: number): Qualifier {
    return QUALIFIERS[this.qualifier[r]];
  }

  d(r: number): Derivation {
    return DERIVATIONS[this.derived[r]];
  }

  printedText(r: number): string {
    const p = this.printed[r];
    if (p === PLAIN) return String(this.published[r]);
    if (p === GROUPED) return formatVi(this.published[r], Math.max(0, this.publishedDecimals[r]));
    return p < 0 ? '' : this.texts.values[p];
  }

  /** The figure's key, for a problem to name the figure it is about. */
  ref(r: number): FigureRef {
    return { unit: this.units.values[this.unit[r]], period: this.periods.values[this.period[r]].key, indicator: this.indicators.values[this.indicator[r]], dims: this.dimSets.values[this.dimsId[r]].key };
  }

  origin(r: number): Origin | null {
    const f = this.originFile[r];
    if (f < 0) return null;
    const o: Origin = { file: this.files.values[f], line: this.originLine[r], printed: this.printedText(r) };
    if (this.originColumn[r] >= 0) o.column = this.originColumn[r];
    return o;
  }

  /** The figure at a row, as an object (rule text from `rule`, built on demand). */
  figure(r: number, rule: (r: number) => string): Figure {
    const nan = (x: number) => (Number.isNaN(x) ? null : x);
    return {
      unit: this.units.values[this.unit[r]],
      period: this.periods.values[this.period[r]],
      indicator: this.indicators.values[this.indicator[r]],
      dims: this.dimSets.values[this.dimsId[r]].dims,
      value: this.value[r],
      qualifier: this.q(r),
      numerator: nan(this.numerator[r]),
      denominator: nan(this.denominator[r]),
      derived: this.d(r),
      published: nan(this.published[r]),
      publishedDecimals: this.publishedDecimals[r] < 0 ? null : this.publishedDecimals[r],
      origin: this.origin(r),
      source: this.source[r] < 0 ? '' : this.texts.values[this.source[r]],
      note: this.note[r] < 0 ? '' : this.texts.values[this.note[r]],
      get rule() { return rule(r); },
    } as Figure;
  }

  /** The columns of the rows `keep` says to keep, sorted by key (unit first): what the worker
   * sends the page, which then finds a figure by binary search without building an index. */
  columns(keep: (r: number) => boolean): { columns: TableColumns; transfer: ArrayBuffer[] } {
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
    const pick = <A extends Int32Array | Float64Array | Uint8Array | Int8Array | Int16Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(n);
      for (let j = 0; j < n; j++) b[j] = a[rows[j]];
      return b;
    };
    const columns: TableColumns = {
      size: n,
      units: this.units.values, periods: this.periods.values, indicators: this.indicators.values,
      dims: this.dimSets.values.map((d) => ({ ...d.dims })), dimNames: this.dimNames.values, files: this.files.values, texts: this.texts.values,
      unit: pick(this.unit), period: pick(this.period), indicator: pick(this.indicator), dimsId: pick(this.dimsId),
      value: pick(this.value), numerator: pick(this.numerator), denominator: pick(this.denominator), published: pick(this.published),
      qualifier: pick(this.qualifier), derived: pick(this.derived), publishedDecimals: pick(this.publishedDecimals), via: pick(this.via),
      originFile: pick(this.originFile), originLine: pick(this.originLine), originColumn: pick(this.originColumn),
      printed: pick(this.printed), source: pick(this.source), note: pick(this.note),
    };
    const transfer = [columns.unit, columns.period, columns.indicator, columns.dimsId, columns.value, columns.numerator, columns.denominator, columns.published,
      columns.qualifier, columns.derived, columns.publishedDecimals, columns.via, columns.originFile, columns.originLine, columns.originColumn,
      columns.printed, columns.source, columns.note].map((a) => a.buffer as ArrayBuffer);
    return { columns, transfer };
  }

  /** A table over columns received from the worker (indexed again: lookups by key). */
  static from(c: TableColumns): FigureTable {
    const t = new FigureTable(0);
    for (const u of c.units) t.units.id(u);
    for (const p of c.periods) t.periods.id(p);
    for (const i of c.indicators) t.indicators.id(i);
    for (const d of c.dims) t.dimSets.id(dimSet(d));
    for (const n of c.dimNames) t.dimNames.id(n);
    for (const f of c.files) t.files.id(f);
    for (const x of c.texts) t.texts.id(x);
    t.size = c.size;
    t.cap = c.size;
    t.unit = c.unit; t.period = c.period; t.indicator = c.indicator; t.dimsId = c.dimsId;
    t.value = c.value; t.numerator = c.numerator; t.denominator = c.denominator; t.published = c.published;
    t.qualifier = c.qualifier; t.derived = c.derived; t.publishedDecimals = c.publishedDecimals; t.via = c.via;
    t.originFile = c.originFile; t.originLine = c.originLine; t.originColumn = c.originColumn;
    t.printed = c.printed; t.source = c.source; t.note = c.note;
    t.np = Math.max(1, t.periods.size); t.ni = Math.max(1, t.indicators.size); t.nd = Math.max(1, t.dimSets.size);
    // Rows come sorted by unit: where each unit's start is all the index the page needs.
    const start = new Int32Array(t.units.size + 1);
    for (let r = 0; r < t.size; r++) start[t.unit[r] + 1]++;
    for (let u = 0; u < t.units.size; u++) start[u + 1] += start[u];
    t.unitStart = start;
    return t;
  }
}
