// The bench's dataset as a province's office would hand it over, not as `npm run gen:data` writes
// it: saved from Excel as CSV (a BOM, semicolons, CR LF, numbers in the Vietnamese style, a
// source with the delimiter in it and so quoted), and as an .xlsx workbook. Each was once a slow
// path the generated file never took (a quoted cell on every row: 16 s to the first chart at 1M
// rows, against 10 s unquoted), so the bench opens them too.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { xlsxBytes } from '../../src/data/xlsxWrite';
import { formatVi } from '../../src/data/formatVi';

export const SHAPES = ['excel-csv', 'xlsx'] as const;
export type Shape = (typeof SHAPES)[number];

/** Columns holding numbers in gen:data's observations.csv. */
const NUMBERS = new Set(['value', 'numerator', 'denominator']);

/** `1103` → `1.103`, `97.26` → `97,26`: as printed, with as many decimals. */
const vietnamese = (s: string) => (/^-?\d+(\.\d+)?$/.test(s) ? formatVi(Number(s), s.split('.')[1]?.length ?? 0) : s);

/** Writes the dataset in `dir` (gen:data's) in each shape, under `out/<shape>/`; the folders. */
export function writeShapes(dir: string, out: string): Record<Shape, string> {
  const rows = Papa.parse<string[]>(readFileSync(join(dir, 'observations.csv'), 'utf8'), { skipEmptyLines: true }).data;
  const [header, ...body] = rows;
  const numeric = header.map((h) => NUMBERS.has(h));
  const source = header.indexOf('source');
  const folders = {} as Record<Shape, string>;
  for (const shape of SHAPES) {
    const folder = join(out, shape);
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(dir, 'targets.csv'), join(folder, 'targets.csv'));
    const name = shape === 'xlsx' ? 'observations.xlsx' : 'observations.csv';
    writeFileSync(join(folder, 'index.json'), JSON.stringify({ files: [name, 'targets.csv'], synthetic: true, generator: `test/bench/shapes.ts (${shape})` }));
    folders[shape] = folder;
  }
  const cell = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const excel = body.map((r) => r.map((c, k) => cell(numeric[k] ? vietnamese(c) : k === source ? `${c}; as saved from Excel` : c)).join(';'));
  writeFileSync(join(folders['excel-csv'], 'observations.csv'), `\ufeff${[header.join(';'), ...excel].join('\r\n')}\r\n`);
  const typed = body.map((r) => r.map((c, k) => (numeric[k] && c !== '' ? Number(c) : c)));
  writeFileSync(join(folders.xlsx, 'observations.xlsx'), xlsxBytes({ name: 'observations', header, rows: typed }));
  return folders;
}
