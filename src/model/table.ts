// Every figure of a dataset, column-wise: units, periods, indicators and dimension sets are
// dictionary-encoded, numbers live in typed arrays, and a figure is one row number. The sums,
// rates and checks work on row numbers (index arithmetic); a Figure object is made only when a
// view or the checker asks for one. The columns travel from the worker to the page as
// transferable buffers, so the page never holds a million figure objects. This is the table
// the page reads; the worker builds one with TableBuilder (tableBuilder.ts).
import type { FigureRef, Origin, Period, Qualifier } from '../data/types';
import type { Derivation, Figure } from './figure';
import { dimsKey } from './figure';
import { formatVi } from '../data/formatVi';
import { Dictionary } from '../data/dictionary';

export const QUALIFIERS: readonly Qualifier[] = ['=', '>', '<', '~'];
export const DERIVATIONS: readonly Derivation[] = ['published', 'identity', 'dimension-total', 'unit-total', 'rate'];

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

/** `printed` ids for texts rebuilt from the value: as JavaScript writes it, or as Vietnamese prints it. */
export const PLAIN = -2;
export const GROUPED = -3;

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

type ColumnArray = Int32Array | Float64Array | Uint8Array | Int8Array | Int16Array;

/** The typed-array columns of a table, with their element types. */
export const ARRAY_COLUMNS = {
  unit: Int32Array, period: Int32Array, indicator: Int32Array, dimsId: Int32Array,
  value: Float64Array, numerator: Float64Array, denominator: Float64Array, published: Float64Array,
  qualifier: Uint8Array, derived: Uint8Array, publishedDecimals: Int8Array, via: Int16Array,
  originFile: Int32Array, originLine: Int32Array, originColumn: Int32Array,
  printed: Int32Array, source: Int32Array, note: Int32Array,
} as const satisfies Partial<Record<keyof TableColumns, new (b: ArrayBuffer) => ColumnArray>>;

export type ArrayColumn = keyof typeof ARRAY_COLUMNS;

/** Arrays to copy a table's columns into, each of its column's type and at least its length. */
export type SpareColumns = Pick<TableColumns, ArrayColumn>;

/** The buffers of a table's columns: what a postMessage moves rather than copies. */
export function columnBuffers(c: TableColumns): ArrayBuffer[] {
  return (Object.keys(ARRAY_COLUMNS) as ArrayColumn[]).map((k) => c[k].buffer as ArrayBuffer);
}

/** No rows (shared: never written to). */
const NO_ROWS = new Int32Array(0);

export class FigureTable {
  readonly units: Dictionary;
  readonly periods: Dictionary<Period>;
  readonly indicators: Dictionary;
  readonly dimSets: Dictionary<DimSet>;
  readonly dimNames: Dictionary;
  readonly files: Dictionary;
  readonly texts: Dictionary;

  size = 0;
  unit: Int32Array; period: Int32Array; indicator: Int32Array; dimsId: Int32Array;
  value: Float64Array; numerator: Float64Array; denominator: Float64Array; published: Float64Array;
  qualifier: Uint8Array; derived: Uint8Array; publishedDecimals: Int8Array; via: Int16Array;
  originFile: Int32Array; originLine: Int32Array; originColumn: Int32Array;
  printed: Int32Array; source: Int32Array; note: Int32Array;

  /** On the page: where each unit's rows start (rows are sorted by key); null while building. */
  protected unitStart: Int32Array | null = null;
  private indicatorsIndexed = false;
  protected byUnit: number[][] = [];
  /** On the page, per unit asked about: its rows grouped by indicator (`rowsOfUnitIndicator`). */
  private byUnitIndicator = new Map<number, { start: Int32Array; rows: Int32Array }>();
  protected byIndicator: number[][] = [];
  /** Strides of a figure's place within its unit, periods × indicators × dimension sets (`find`). */
  protected ni = 1;
  protected nd = 1;

  constructor(capacity = 0) {
    this.units = new Dictionary();
    this.periods = new Dictionary<Period>((p) => p.key);
    this.indicators = new Dictionary();
    this.dimSets = new Dictionary<DimSet>((d) => d.key);
    this.dimNames = new Dictionary();
    this.files = new Dictionary();
    this.texts = new Dictionary();
    const n = capacity;
    this.unit = new Int32Array(n); this.period = new Int32Array(n); this.indicator = new Int32Array(n); this.dimsId = new Int32Array(n);
    this.value = new Float64Array(n); this.numerator = new Float64Array(n); this.denominator = new Float64Array(n); this.published = new Float64Array(n);
    this.qualifier = new Uint8Array(n); this.derived = new Uint8Array(n); this.publishedDecimals = new Int8Array(n); this.via = new Int16Array(n);
    this.originFile = new Int32Array(n); this.originLine = new Int32Array(n); this.originColumn = new Int32Array(n);
    this.printed = new Int32Array(n); this.source = new Int32Array(n); this.note = new Int32Array(n);
  }

  /** The row of a figure, or -1. Received from the worker, rows are sorted by key: a binary
   * search within the unit's rows. */
  find(u: number, p: number, i: number, d: number): number {
    if (!this.unitStart) return -1;
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

  /** How many figures a unit has, without listing their rows. */
  countOfUnit(u: number): number {
    return this.byUnit[u]?.length ?? (this.unitStart ? this.unitStart[u + 1] - this.unitStart[u] || 0 : 0);
  }

  rowsOfUnit(u: number): readonly number[] {
    if (this.unitStart && this.byUnit[u] === undefined && u + 1 < this.unitStart.length) {
      const out: number[] = [];
      for (let r = this.unitStart[u]; r < this.unitStart[u + 1]; r++) out.push(r);
      this.byUnit[u] = out;
    }
    return this.byUnit[u] ?? [];
  }

  /**
   * The rows of one unit's figures of one indicator, in the unit's order (period, then dimensions).
   * On the page, the unit's rows are grouped by indicator the first time one of them is asked for
   * (one pass over the unit's rows, then kept): a view that asks what a province's children have
   * of the indicator chosen reads only those rows, not every figure of every child again at each
   * filter change.
   */
  rowsOfUnitIndicator(u: number, i: number): Int32Array {
    const ni = this.indicators.size;
    if (!this.unitStart) return Int32Array.from(this.rowsOfUnit(u).filter((r) => this.indicator[r] === i));
    if (u < 0 || u + 1 >= this.unitStart.length || i < 0 || i >= ni) return NO_ROWS;
    let grouped = this.byUnitIndicator.get(u);
    if (!grouped) {
      const lo = this.unitStart[u];
      const hi = this.unitStart[u + 1];
      const start = new Int32Array(ni + 1);
      for (let r = lo; r < hi; r++) start[this.indicator[r] + 1]++;
      for (let k = 0; k < ni; k++) start[k + 1] += start[k];
      const rows = new Int32Array(hi - lo);
      const at = start.slice(0, ni);
      for (let r = lo; r < hi; r++) rows[at[this.indicator[r]]++] = r;
      this.byUnitIndicator.set(u, (grouped = { start, rows }));
    }
    return grouped.rows.subarray(grouped.start[i], grouped.start[i + 1]);
  }

  /**
   * Where one unit's rows in one period are: rows `from` to `to` (not included). On the page the
   * rows are sorted by unit and then period, so they are one run, found by halving; while building,
   * null (ask rowsOfUnit).
   */
  periodRun(u: number, p: number): { from: number; to: number } | null {
    if (!this.unitStart) return null;
    if (u < 0 || u + 1 >= this.unitStart.length) return { from: 0, to: 0 };
    const first = (want: number) => {
      let lo = this.unitStart![u];
      let hi = this.unitStart![u + 1];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.period[mid] < want) lo = mid + 1; else hi = mid;
      }
      return lo;
    };
    return { from: first(p), to: first(p + 1) };
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

  /** Where the figure was read, for a problem about it (the column 1 where not known), without
   * its printed text: a hundred thousand printed rates each rounded made as many texts for nothing. */
  placeOf(r: number): { file: string; line: number; column: number } | null {
    const f = this.originFile[r];
    return f < 0 ? null : { file: this.files.values[f], line: this.originLine[r], column: this.originColumn[r] >= 0 ? this.originColumn[r] : 1 };
  }

  origin(r: number): Origin | null {
    const f = this.originFile[r];
    if (f < 0) return null;
    const o: Origin = { file: this.files.values[f], line: this.originLine[r], printed: this.printedText(r) };
    if (this.originColumn[r] >= 0) o.column = this.originColumn[r];
    return o;
  }

  /** The figure at a row, as an object (rule text from `rule`, built on demand and then kept: a
   * province's total names each of its communes, and a KPI card reads it at every render). */
  figure(r: number, rule: (r: number) => string): Figure {
    let text: string | undefined;
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
      get rule() { return (text ??= rule(r)); },
    } as Figure;
  }

  /** A table over columns received from the worker (indexed again: lookups by key). */
  static from(c: TableColumns): FigureTable {
    const t = new FigureTable();
    for (const u of c.units) t.units.id(u);
    for (const p of c.periods) t.periods.id(p);
    for (const i of c.indicators) t.indicators.id(i);
    for (const d of c.dims) t.dimSets.id(dimSet(d));
    for (const n of c.dimNames) t.dimNames.id(n);
    for (const f of c.files) t.files.id(f);
    for (const x of c.texts) t.texts.id(x);
    t.size = c.size;
    t.unit = c.unit; t.period = c.period; t.indicator = c.indicator; t.dimsId = c.dimsId;
    t.value = c.value; t.numerator = c.numerator; t.denominator = c.denominator; t.published = c.published;
    t.qualifier = c.qualifier; t.derived = c.derived; t.publishedDecimals = c.publishedDecimals; t.via = c.via;
    t.originFile = c.originFile; t.originLine = c.originLine; t.originColumn = c.originColumn;
    t.printed = c.printed; t.source = c.source; t.note = c.note;
    t.ni = Math.max(1, t.indicators.size); t.nd = Math.max(1, t.dimSets.size);
    // Rows come sorted by unit: where each unit's start is all the index the page needs.
    const start = new Int32Array(t.units.size + 1);
    for (let r = 0; r < t.size; r++) start[t.unit[r] + 1]++;
    for (let u = 0; u < t.units.size; u++) start[u + 1] += start[u];
    t.unitStart = start;
    return t;
  }
}
