// Reading one table row: its cells by field, and problems pinned to the right column.
import type { Problem, Severity } from './types';
import type { Cell, Table, TableRow } from './table';
import { editDistance } from './text';

const NO_PROBLEMS: readonly Problem[] = [];

export class RowContext {
  // Made for the first problem: most rows have none (a million rows made a million empty arrays).
  private list: Problem[] | null = null;
  private failed = false;
  constructor(
    readonly table: Table,
    readonly row: TableRow,
    private readonly fields: Map<string, number>,
  ) {}

  /** The problems found in the row, in order. */
  get problems(): readonly Problem[] {
    return this.list ?? NO_PROBLEMS;
  }

  /** The cell of a field as trimmed text ('' when absent). */
  text(field: string): string {
    const v = this.raw(field);
    return v === null || v === undefined ? '' : String(v).trim();
  }

  raw(field: string): Cell {
    const i = this.fields.get(field);
    return i === undefined ? undefined : this.row.cells[i];
  }

  column(field: string): number {
    const i = this.fields.get(field);
    return i === undefined ? 1 : this.row.columns?.[i] ?? i + 1;
  }

  report(severity: Severity, field: string | number, code: string, message: string): void {
    if (severity === 'error') this.failed = true;
    const column = typeof field === 'number' ? this.row.columns?.[field - 1] ?? field : this.column(field);
    (this.list ??= []).push({ severity, file: this.table.file, line: this.row.line, column, code, message });
  }

  /** Errors that do not drop the row (an optional cell could not be read). */
  note(severity: Severity, field: string, code: string, message: string): void {
    (this.list ??= []).push({ severity, file: this.table.file, line: this.row.line, column: this.column(field), code, message });
  }

  get ok(): boolean {
    return !this.failed;
  }
}

export function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** Closest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

/** Edit distance, not worth computing for lengths too far apart to be a slip of the hand. */
function distance(a: string, b: string): number {
  return Math.abs(a.length - b.length) > 5 ? 99 : editDistance(a, b);
}
