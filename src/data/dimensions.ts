// Dimension values as files write them (`Trực tuyến`, `Mức độ 3`, `tỉnh`) → the catalogue's
// codes (`truc_tuyen`, `muc_3`, `tinh`); and dimensions.csv, which extends the catalogue.
import type { DimensionValueRecord } from './types';
import type { Table } from './table';
import { RowContext, quote } from './rowContext';
import { canonicalLevel } from './columns';
import { fold, keyOf } from './text';

const YES = new Set(['yes', 'true', '1', 'x', 'co', 'day du', 'complete', 'all']);
const NO = new Set(['', 'no', 'false', '0', 'khong']);

/** The `complete` cell: yes → the dimension's one set; a name (or names, `|`-separated) → those sets; no/empty → none. */
export function completeSets(cell: string): string[] {
  const f = fold(cell);
  if (YES.has(f)) return ['all'];
  if (NO.has(f)) return [];
  return cell.split('|').map((s) => s.trim()).filter(Boolean);
}

export class DimensionLookup {
  /** dimension → folded text → code. */
  private readonly byText = new Map<string, Map<string, string>>();
  private readonly seen = new Map<string, string>();
  /** Dimensions the dataset declares (dimensions.csv): columns of a wide sheet by these names are dimensions. */
  readonly declared: ReadonlySet<string>;

  constructor(values: readonly DimensionValueRecord[], declared: readonly DimensionValueRecord[] = []) {
    for (const v of [...values, ...declared]) {
      let m = this.byText.get(v.dimension);
      if (!m) this.byText.set(v.dimension, (m = new Map()));
      for (const t of [v.value, v.nameVi, v.nameEn, ...v.aliases]) {
        const f = fold(t);
        if (f && !m.has(f)) m.set(f, v.value);
        const k = keyOf(t);
        if (k && !m.has(k)) m.set(k, v.value);
      }
    }
    this.declared = new Set(declared.map((v) => v.dimension));
  }

  /** The catalogue's code for a value as written; a value it does not know stays as written (levels as a key). */
  canonical(dimension: string, text: string): string {
    const key = `${dimension}\u0001${text}`;
    let c = this.seen.get(key);
    if (c !== undefined) return c;
    const m = this.byText.get(dimension);
    c = m?.get(fold(text)) ?? m?.get(keyOf(text)) ?? (dimension === 'level' ? canonicalLevel(text) : text);
    if (this.seen.size < 10_000) this.seen.set(key, c);
    return c;
  }
}

/** dimensions.csv rows → catalogue values. */
export function readDimensions(table: Table, fields: Map<string, number>): { values: DimensionValueRecord[]; ctxs: RowContext[] } {
  const values: DimensionValueRecord[] = [];
  const ctxs: RowContext[] = [];
  for (const row of table.rows) {
    const ctx = new RowContext(table, row, fields);
    ctxs.push(ctx);
    const dimension = keyOf(ctx.text('dimension'));
    const value = ctx.text('value');
    if (!/^[a-z][a-z0-9_]*$/.test(dimension)) ctx.report('error', 'dimension', 'bad-dimension-id', `dimension ${quote(ctx.text('dimension'))} must be lower-case letters, digits and _ (e.g. channel)`);
    if (value === '') ctx.report('error', 'value', 'missing-dimension-value', 'the dimension value is empty');
    const completeText = ctx.text('complete');
    if (!ctx.ok) continue;
    values.push({
      dimension, value,
      nameVi: ctx.text('name_vi') || value,
      nameEn: ctx.text('name_en') || ctx.text('name_vi') || value,
      aliases: ctx.text('aliases').split('|').map((s) => s.trim()).filter(Boolean),
      complete: completeSets(completeText),
      origin: { file: table.file, line: row.line, printed: value },
    });
  }
  return { values, ctxs };
}
