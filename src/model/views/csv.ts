// CSV text for exports: RFC 4180 quoting, CRLF, a BOM so spreadsheet programs read UTF-8.
//
// Cells are text or numbers. A number is written as a number (`-5`, `99.14`: a dot, no grouping,
// as programs and our own reader take it) and is never altered. A text cell that a spreadsheet
// would run as a formula — it starts with `=`, `+`, `-`, `@`, a tab or a carriage return — is
// written with a `'` in front (OWASP's advice on CSV injection), so `=1+1`, `+84 912` or `-5`
// typed as text stay text. The app writes every figure it means as a number as a number: only
// names, labels and figures shown as text (`> 7.800`, `+4,1 điểm %`) are text cells.

export type CsvValue = string | number | null;

/** A text cell that would start a formula, made inert: `=1+1` → `'=1+1`. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",;\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(cell: CsvValue): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quote(neutralise(cell));
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
