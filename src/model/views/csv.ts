// CSV text for exports (RFC 4180 quoting, CRLF, a BOM so spreadsheet programs read UTF-8).
export function csvCell(text: string): string {
  return /[",;\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
