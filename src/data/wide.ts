// Wide tables, as reports are laid out in spreadsheets: one column per period
// (`Đơn vị; Chỉ tiêu; Năm 2021; Năm 2022`) or one column per indicator
// (`Đơn vị; Kỳ; Tiếp nhận; Đã giải quyết`). Each filled cell becomes one observation row, and
// every problem still points at the cell's own line and column.
import type { Table, TableRow } from './table';
import { mapColumns } from './columns';
import { parsePeriod } from './period';
import type { IndicatorLookup } from './records';

export interface Melted {
  table: Table;
  /** Rows wider than the header (an unquoted decimal comma?): not melted, to be reported. */
  tooWide: TableRow[];
  /** What the spread columns were: periods or indicators. */
  spread: 'period' | 'indicator';
  columns: number;
}

const isBlank = (c: unknown) => c === null || c === undefined || String(c).trim() === '';

/** A long table (period, unit, indicator, value + the other columns) from a wide one, or null. */
export function meltWide(table: Table, indicators: IndicatorLookup): Melted | null {
  const { fields } = mapColumns('observations', table.header);
  if (fields.has('value') || !fields.has('unit')) return null;
  let spread: Melted['spread'];
  let spreadCols: number[];
  const used = new Set(fields.values());
  const candidates = table.header.map((h, i) => [h, i] as const).filter(([h, i]) => !used.has(i) && h.trim() !== '');
  if (fields.has('indicator') && !fields.has('period')) {
    spread = 'period';
    spreadCols = candidates.filter(([h]) => parsePeriod(h).ok).map(([, i]) => i);
  } else if (fields.has('period') && !fields.has('indicator')) {
    spread = 'indicator';
    spreadCols = candidates.filter(([h]) => indicators.find(h) !== undefined).map(([, i]) => i);
  } else return null;
  if (spreadCols.length === 0) return null;

  const spreadSet = new Set(spreadCols);
  const kept = table.header.map((_, i) => i).filter((i) => !spreadSet.has(i));
  const header = [...kept.map((i) => table.header[i]), spread, 'value'];
  const rows: TableRow[] = [];
  const tooWide: TableRow[] = [];
  for (const row of table.rows) {
    if (table.strictWidth && row.cells.slice(table.header.length).some((c) => !isBlank(c))) { tooWide.push(row); continue; }
    for (const c of spreadCols) {
      if (isBlank(row.cells[c])) continue; // a wide table leaves cells empty where nothing was printed
      rows.push({
        line: row.line,
        cells: [...kept.map((i) => row.cells[i]), table.header[c], row.cells[c]],
        columns: [...kept.map((i) => i + 1), c + 1, c + 1],
      });
    }
  }
  return { table: { ...table, header, rows, strictWidth: false }, tooWide, spread, columns: spreadCols.length };
}
