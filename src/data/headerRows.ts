// Reports laid out on the national form (the report on handling administrative procedures): a
// header over two or three rows, merged cells left blank, a row of column numbers, and the period
// in the title rather than in a column.
//
//   STT | Tên đơn vị | Số hồ sơ nhận giải quyết          | Kết quả giải quyết
//       |            | Tổng số | Trong kỳ | Từ kỳ trước   | Số hồ sơ đã giải quyết        | Số hồ sơ đang giải quyết
//       |            |         |          |               | Tổng số | Trả trước hạn | …   | Tổng số | Quá hạn
//   (1) | (2)        | (3)     | (4)      | (5)           | (6)     | (7)           | …
//
// The rows under the header that name columns are joined into one path per column
// (`Kết quả giải quyết › Số hồ sơ đang giải quyết › Quá hạn`), a merged cell taking the text of the
// cell it is merged with; the row of column numbers is skipped. src/data/wide.ts reads the paths.
import type { Problem } from './types';
import type { Cell, Table, TableRow } from './table';
import { mapColumns } from './columns';
import { parsePeriod } from './period';

export const PATH_SEPARATOR = ' › ';

const blank = (c: Cell) => c === null || c === undefined || String(c).trim() === '';
const text = (c: Cell) => (blank(c) ? '' : String(c).trim());
/** `(1)`, `2`, `(3)=(4)+(5)`, `6=7+8`: a column's number on the form. */
const COLUMN_NUMBER = /^\(?\d{1,2}\)?(\s*=\s*[\d()+\-\s]+)?$/;
const HAS_LETTER = /\p{L}/u;

function isColumnNumberRow(row: TableRow, width: number): boolean {
  const filled = row.cells.slice(0, width).filter((c) => !blank(c));
  return filled.length >= Math.max(2, Math.ceil(width / 2)) && filled.every((c) => COLUMN_NUMBER.test(text(c)));
}

/** A row naming columns: its unit cell blank (merged with the header above), words in it, no figure. */
function isHeaderRow(row: TableRow, width: number, unitCol: number): boolean {
  if (!blank(row.cells[unitCol])) return false;
  const filled = row.cells.slice(0, width).filter((c) => !blank(c));
  return filled.length > 0 && filled.every((c) => typeof c === 'string' && HAS_LETTER.test(c));
}

export interface Stacked {
  table: Table;
  problems: Problem[];
}

/** The table with a header over several rows joined into one (or as it was). */
export function stackHeader(table: Table): Stacked {
  const unitCol = mapColumns('observations', table.header).fields.get('unit');
  if (unitCol === undefined) return { table, problems: [] };
  const width = table.header.length;
  const levels: string[][] = [table.header.map((h) => h.trim())];
  let used = 0;
  let numbers: TableRow | null = null;
  let lastHeaderLine = table.headerLine;
  for (const row of table.rows.slice(0, 4)) {
    if (!numbers && isColumnNumberRow(row, width)) { numbers = row; used++; continue; }
    if (numbers || levels.length >= 4 || !isHeaderRow(row, width, unitCol)) break;
    levels.push(Array.from({ length: width }, (_, i) => text(row.cells[i])));
    lastHeaderLine = row.line;
    used++;
  }
  if (used === 0) return { table, problems: [] };

  // A blank cell is merged with its left neighbour: at the top, when both columns have names below
  // (a vertically merged `Tên đơn vị` has none); below, when every level above is the same for both.
  const below = (i: number) => levels.slice(1).some((l) => l[i] !== '');
  for (let k = 0; k < levels.length; k++) {
    for (let i = 1; i < width; i++) {
      if (levels[k][i] !== '') continue;
      if (k === 0 ? below(i) && below(i - 1) : levels.slice(0, k).every((l) => l[i] === l[i - 1] && l[i] !== '')) levels[k][i] = levels[k][i - 1];
    }
  }
  const header = Array.from({ length: width }, (_, i) => {
    const path: string[] = [];
    for (const l of levels) if (l[i] !== '' && l[i] !== path.at(-1)) path.push(l[i]);
    return path.join(PATH_SEPARATOR);
  });
  const problems: Problem[] = [];
  const at = (line: number, code: string, message: string) => problems.push({ severity: 'info', file: table.file, line, column: 1, code, message });
  if (levels.length > 1) at(table.headerLine, 'header-rows', `the header spans ${levels.length} rows (lines ${table.headerLine}–${lastHeaderLine}): each column is read by its whole path, e.g. "${header.find((h) => h.includes(PATH_SEPARATOR)) ?? header[0]}"`);
  if (numbers) at(numbers.line, 'column-numbers', `line ${numbers.line} numbers the columns ((1), (2), …): skipped`);
  return { table: { ...table, header, rows: table.rows.slice(used) }, problems };
}

/** Period phrases a report's title carries, most specific first. */
const TITLE_PERIODS = [
  /từ ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s+đến(?: hết)?(?: ngày)?\s+\d{1,2}\/\d{1,2}\/\d{4}/iu,
  /(?:6|9) tháng (?:đầu |cuối )?năm \d{4}/iu,
  /quý [IV1-4]+(?:\s*\/\s*|\s+năm\s+)\d{4}/iu,
  /tháng \d{1,2}(?:\s*\/\s*|\s+năm\s+)\d{4}/iu,
  /năm \d{4}/iu,
];

/**
 * A sheet of figures by unit with no period column: the period of its title (`Kỳ báo cáo: Quý
 * III/2025`, `(Từ ngày 01/7/2025 đến ngày 30/9/2025)`) becomes every row's, and we say so.
 */
export function periodFromTitle(table: Table): Stacked {
  const { fields } = mapColumns('observations', table.header);
  if (fields.has('period') || fields.has('value') || fields.has('indicator') || !fields.has('unit') || !table.preamble?.length) return { table, problems: [] };
  for (const line of table.preamble) {
    for (const re of TITLE_PERIODS) {
      const m = line.match(re);
      if (!m) continue;
      const p = parsePeriod(m[0]);
      if (!p.ok) continue;
      return {
        table: {
          ...table,
          header: [...table.header, 'Kỳ báo cáo'],
          rows: table.rows.map((r) => ({ ...r, cells: [...Array.from({ length: table.header.length }, (_, i) => r.cells[i]), m[0]], columns: r.columns ?? table.header.map((_, i) => i + 1).concat(1) })),
        },
        problems: [{ severity: 'info', file: table.file, line: table.headerLine, column: 1, code: 'period-from-title', message: `no period column: every row is read as "${m[0]}" (${p.period.key}), from the title "${line.slice(0, 80)}"` }],
      };
    }
  }
  return { table, problems: [] };
}
