// A small .xlsx writer for exports (the reader is xlsx.ts): one sheet, a bold header row that
// stays in view, text as shared strings, numbers as numbers. Enough for Excel and LibreOffice;
// no formulas are ever written, so a text cell such as `=1+1` is text in the workbook, never run.
import { strToU8, zipSync } from 'fflate';

export type XlsxValue = string | number | null;

export interface XlsxSheet {
  /** The sheet's tab name (cut to Excel's 31 characters, without `[]:*?/\`). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly XlsxValue[])[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Text as XML: escaped, and without the control characters XML 1.0 cannot carry (Excel refuses them). */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `0` → `A`, `26` → `AA`. */
export function columnName(i: number): string {
  return (i >= 26 ? columnName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
}

export function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  return clean || 'Sheet1';
}

/** A column's width in characters, from its longest cell (Excel does not size columns itself). */
function widths(sheet: XlsxSheet): number[] {
  // Counted in a loop: spread into Math.max, a sheet of 125,000 rows overflowed the stack.
  let n = sheet.header.length;
  for (const r of sheet.rows) if (r.length > n) n = r.length;
  const out: number[] = [];
  for (let c = 0; c < n; c++) {
    let w = String(sheet.header[c] ?? '').length;
    for (const r of sheet.rows) {
      const v = r[c];
      if (v !== null && v !== undefined) w = Math.max(w, String(v).length);
    }
    out.push(Math.min(60, Math.max(8, w + 2)));
  }
  return out;
}

/** The workbook's bytes. */
export function xlsxBytes(sheet: XlsxSheet): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sid = (s: string) => {
    let i = index.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); index.set(s, i); }
    return i;
  };
  let stringCount = 0;
  const cell = (v: XlsxValue | undefined, ref: string, style: number): string => {
    const s = style ? ` s="${style}"` : '';
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
    stringCount++;
    return `<c r="${ref}"${s} t="s"><v>${sid(v)}</v></c>`;
  };
  const all = [sheet.header, ...sheet.rows];
  const body = all.map((row, r) => {
    const cells = row.map((v, c) => cell(v, `${columnName(c)}${r + 1}`, r === 0 ? 1 : 0)).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  }).join('');
  const colWidths = widths(sheet);
  const cols = colWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const lastCol = columnName(Math.max(0, colWidths.length - 1));
  const worksheet = `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`
    + `<dimension ref="A1:${lastCol}${Math.max(1, all.length)}"/>`
    + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + (cols ? `<cols>${cols}</cols>` : '')
    + `<sheetData>${body}</sheetData></worksheet>`;
  const shared = `${XML_HEAD}<sst xmlns="${MAIN}" count="${stringCount}" uniqueCount="${strings.length}">`
    + strings.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('')
    + '</sst>';
  const styles = `${XML_HEAD}<styleSheet xmlns="${MAIN}">`
    + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    + '</styleSheet>';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      + '</Types>'),
    '_rels/.rels': strToU8(`${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${xmlText(sheetName(sheet.name))}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`${XML_HEAD}<Relationships xmlns="${PKG_REL}">`
      + `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
      + `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`
      + `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      + '</Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(worksheet),
    'xl/styles.xml': strToU8(styles),
    'xl/sharedStrings.xml': strToU8(shared),
  };
  return zipSync(files, { level: 6 });
}
