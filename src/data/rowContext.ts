// Reading one table row: its cells by field, and problems pinned to the right column.
import type { Problem, Severity } from './types';
import type { Cell, Table, TableRow } from './table';

export class RowContext {
  readonly problems: Problem[] = [];
  private failed = false;
  constructor(
    readonly table: Table,
    readonly row: TableRow,
    private readonly fields: Map<string, number>,
  ) {}

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
    this.problems.push({ severity, file: this.table.file, line: this.row.line, column, code, message });
  }

  /** Errors that do not drop the row (an optional cell could not be read). */
  note(severity: Severity, field: string, code: string, message: string): void {
    this.problems.push({ severity, file: this.table.file, line: this.row.line, column: this.column(field), code, message });
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

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 5) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
