// A panel's table as a file: CSV (UTF-8 with a BOM, formula-like text made inert) or a one-sheet
// .xlsx. Loaded on the first click, so the writer and the zip code stay out of the initial JS.
import { toCsv } from '../../model/views/csv';
import { xlsxBytes } from '../../data/xlsxWrite';
import type { PanelDownload } from './panelDownload';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function tableFile(d: Pick<PanelDownload, 'name' | 'header' | 'rows' | 'caption'>, kind: 'csv' | 'xlsx'): { name: string; blob: Blob } {
  if (kind === 'csv') return { name: `${d.name}.csv`, blob: new Blob([toCsv([d.header, ...d.rows])], { type: 'text/csv;charset=utf-8' }) };
  const bytes = xlsxBytes({ name: d.caption.title, header: d.header, rows: d.rows });
  return { name: `${d.name}.xlsx`, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }) };
}
