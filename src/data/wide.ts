// Wide tables, as reports are laid out in spreadsheets: one column per period
// (`Đơn vị; Chỉ tiêu; Năm 2021; Năm 2022`) or one column per indicator
// (`STT; Đơn vị; Kỳ; Tiếp nhận; Đã giải quyết; Người lập biểu`). Each filled cell becomes one
// observation row, and every problem still points at the cell's own line and column.
//
// Every other column is decided on purpose: a known or declared dimension stays a dimension; a
// row number (`STT`) or a unit of measure (`ĐVT`) is skipped with one info line; anything else
// (`Người lập biểu`) is reported by name and left out — never turned into a breakdown, which
// would hide every total, rate and check of the sheet.
import type { Problem } from './types';
import type { Table, TableRow } from './table';
import { isRowNumberHeader, knownDimension, mapColumns } from './columns';
import { parsePeriod } from './period';
import type { IndicatorLookup } from './records';
import { fold, keyOf } from './text';
import { PATH_SEPARATOR } from './headerRows';
import type { IndicatorRecord } from './types';

export interface Melted {
  table: Table;
  /** Rows wider than the header (an unquoted decimal comma?): not melted, to be reported. */
  tooWide: TableRow[];
  /** What the spread columns were: periods or indicators. */
  spread: 'period' | 'indicator';
  columns: number;
  /** What was decided about the other columns: info and warning lines, at the header. */
  problems: Problem[];
}

/** `Tổng số`, `Cộng` under a heading: the heading's own total. */
const TOTAL_LEAF = /^(tong so|tong|cong|tong cong|so luong)$/;

/**
 * The indicator a column's header names. A header over several rows (src/data/headerRows.ts) is a
 * path: the whole path is tried first, then without its top levels, so `Số hồ sơ đang giải quyết ›
 * Quá hạn` is pending_overdue while `Số hồ sơ đã giải quyết › Trả quá hạn` is resolved_late, and
 * `Số hồ sơ đã giải quyết › Tổng số` is resolved.
 */
export function indicatorOfHeader(header: string, indicators: IndicatorLookup): IndicatorRecord | undefined {
  const path = header.split(PATH_SEPARATOR);
  if (path.length === 1) return indicators.findHeader(header);
  const parts = TOTAL_LEAF.test(fold(path.at(-1)!)) ? path.slice(0, -1) : path;
  for (let i = 0; i < parts.length; i++) {
    const found = indicators.findHeader(parts.slice(i).join(' '));
    if (found) return found;
  }
  return undefined;
}

const isBlank = (c: unknown) => c === null || c === undefined || String(c).trim() === '';

/** Columns that say how a figure is measured, which the catalogue already knows. */
const MEASURE = new Set(['don_vi_tinh', 'dvt', 'don_vi_do', 'unit_of_measure', 'uom']);

/**
 * `Đúng hạn` without `Trước hạn`: in the reports offices write, such a column counts every
 * dossier resolved by its due date, early ones included (Circular 01/2018/TT-VPCP's form lists
 * `Trước hạn` apart only where it counts it) — so it is read as `resolved_in_time`.
 */
function inTimeReading(ids: (string | undefined)[]): number | null {
  if (ids.includes('resolved_early') || ids.includes('resolved_in_time')) return null;
  const at = ids.indexOf('resolved_on_time');
  return at >= 0 ? at : null;
}

/** A long table (period, unit, indicator, value + dimension columns) from a wide one, or null. */
export function meltWide(table: Table, indicators: IndicatorLookup, declaredDimensions: ReadonlySet<string> = new Set()): Melted | null {
  const { fields } = mapColumns('observations', table.header);
  if (fields.has('value') || !fields.has('unit')) return null;
  let spread: Melted['spread'];
  let spreadCols: number[];
  const used = new Set(fields.values());
  const candidates = table.header.map((h, i) => [h, i] as const).filter(([h, i]) => !used.has(i) && h.trim() !== '');
  const ids: (string | undefined)[] = [];
  if (fields.has('indicator') && !fields.has('period')) {
    spread = 'period';
    spreadCols = candidates.filter(([h]) => parsePeriod(h).ok).map(([, i]) => i);
  } else if (fields.has('period') && !fields.has('indicator')) {
    spread = 'indicator';
    spreadCols = candidates.filter(([h]) => !isRowNumberHeader(h) && knownDimension(h) === null && indicatorOfHeader(h, indicators) !== undefined).map(([, i]) => i);
    for (const c of spreadCols) ids.push(indicatorOfHeader(table.header[c], indicators)!.id);
  } else return null;
  if (spreadCols.length === 0) return null;

  const file = table.file;
  const problems: Problem[] = [];
  const at = (column: number, severity: Problem['severity'], code: string, message: string) =>
    problems.push({ severity, file, line: table.headerLine, column, code, message });

  // The spread columns' indicator (or period) cells: the header as written, or the id it is read as.
  // An indicator column's cells carry the id its header was read as (`Tỷ lệ đúng hạn (%)` → on_time_rate).
  const spreadText = new Map<number, string>(spreadCols.map((c, k) => [c, spread === 'indicator' ? ids[k]! : table.header[c]]));
  const inTime = spread === 'indicator' ? inTimeReading(ids) : null;
  if (inTime !== null) {
    const c = spreadCols[inTime];
    spreadText.set(c, 'resolved_in_time');
    at(c + 1, 'info', 'on-time-read-as-in-time', `"${table.header[c]}" is read as resolved_in_time (resolved early or on time): the sheet has no "Trước hạn" column, and such a column counts every dossier resolved by its due date. Add a "Trước hạn" column to have it read as resolved_on_time (on the due date only)`);
  }

  // Every other column, decided on purpose.
  const spreadSet = new Set(spreadCols);
  const kept: number[] = [];
  const rowNumbers: number[] = [];
  const measures: number[] = [];
  for (let i = 0; i < table.header.length; i++) {
    if (spreadSet.has(i)) continue;
    const h = table.header[i];
    if (used.has(i) || h.trim() === '') { if (used.has(i)) kept.push(i); continue; }
    if (knownDimension(h) !== null || declaredDimensions.has(keyOf(h))) { kept.push(i); continue; }
    if (isRowNumberHeader(h)) { rowNumbers.push(i); continue; }
    if (MEASURE.has(keyOf(h))) { measures.push(i); continue; }
    at(i + 1, 'warning', 'unknown-column', `column "${h}" is not an indicator, a known dimension (level, channel, service_level, field) or one declared in dimensions.csv: left out. Nearest indicators: ${indicators.nearestNames(h).join('; ')}. If it is a breakdown, declare it in dimensions.csv; if an indicator, in indicators.csv (aliases)`);
  }
  const names = (cols: number[]) => cols.map((i) => `"${table.header[i]}"`).join(', ');
  if (rowNumbers.length > 0) at(rowNumbers[0] + 1, 'info', 'skipped-column', `${names(rowNumbers)} ${rowNumbers.length === 1 ? 'is a row number' : 'are row numbers'}: skipped, not a dimension`);
  if (measures.length > 0) at(measures[0] + 1, 'info', 'skipped-column', `${names(measures)}: the unit of measure, which the indicator catalogue already knows: skipped`);

  const header = [...kept.map((i) => table.header[i]), spread, 'value'];
  const rows: TableRow[] = [];
  const tooWide: TableRow[] = [];
  for (const row of table.rows) {
    if (table.strictWidth && row.cells.slice(table.header.length).some((c) => !isBlank(c))) { tooWide.push(row); continue; }
    for (const c of spreadCols) {
      if (isBlank(row.cells[c])) continue; // a wide table leaves cells empty where nothing was printed
      rows.push({
        line: row.line,
        cells: [...kept.map((i) => row.cells[i]), spreadText.get(c)!, row.cells[c]],
        columns: [...kept.map((i) => i + 1), c + 1, c + 1],
      });
    }
  }
  return { table: { ...table, header, rows, strictWidth: false }, tooWide, spread, columns: spreadCols.length, problems };
}
