// Figures → the tidy dataset format (README.md): `period,unit,indicator,value,level,channel,source`,
// one row per figure. Units grouped under provinces: `summary.csv` (the provinces' totals) and one
// file per province under `units/`, listed by index.json; otherwise one `observations.csv`.
// DuckDB writes the CSV files from the `figures` table (the result of dossiers.sql, in its order).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { keyOf } from '../../data/text';

export const GENERATOR = 'npm run aggregate';
export const HEADER = 'period,unit,indicator,value,level,channel,source';

export interface DatasetIndex {
  files: string[];
  partitions?: { unit: string; files: string[] }[];
  generator?: string;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A file name for a province's partition: its code as it is, else a folded name (`Hà Nội` → `ha_noi`). */
export function fileStem(unit: string, taken: Set<string>): string {
  const base = /^[A-Za-z0-9._-]+$/.test(unit) ? unit : keyOf(unit).replace(/[^a-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'unit';
  let stem = base;
  for (let k = 2; taken.has(stem.toLowerCase()); k++) stem = `${base}-${k}`;
  taken.add(stem.toLowerCase());
  return stem;
}

/** Files an earlier run wrote here (listed by its index.json), removed so no stale partition stays. */
function removePrevious(dir: string): void {
  const index = join(dir, 'index.json');
  if (!existsSync(index)) return;
  let old: DatasetIndex;
  try {
    old = JSON.parse(readFileSync(index, 'utf8')) as DatasetIndex;
  } catch {
    return;
  }
  const listed = [...(Array.isArray(old.files) ? old.files : []), ...(Array.isArray(old.partitions) ? old.partitions : []).flatMap((p) => p?.files ?? [])];
  for (const f of listed) if (typeof f === 'string' && /^(observations\.csv|summary\.csv|units\/[^/\\]+\.csv)$/.test(f)) rmSync(join(dir, f), { force: true });
}

/** Writes the figures table into `dir` as the dataset format; returns the index written. */
export async function writeDataset(c: DuckDBConnection, dir: string, grouped: boolean, source: string): Promise<DatasetIndex> {
  mkdirSync(dir, { recursive: true });
  removePrevious(dir);
  const copy = async (where: string, file: string) => {
    await c.run(`COPY (
      SELECT period_key AS period, unit, indicator, value, level, channel, ${sqlString(source)} AS source
      FROM figures WHERE ${where}
    ) TO ${sqlString(join(dir, file))} (FORMAT CSV, HEADER true, DELIMITER ',')`);
  };
  let index: DatasetIndex;
  if (!grouped) {
    await copy('true', 'observations.csv');
    index = { files: ['observations.csv'] };
  } else {
    await copy(`scope = 'province'`, 'summary.csv');
    const provinces = (await c.runAndReadAll(`SELECT province FROM figures WHERE scope = 'unit' GROUP BY province ORDER BY min(rowid)`)).getColumnsJS()[0] as string[];
    const taken = new Set<string>();
    const partitions: { unit: string; files: string[] }[] = [];
    if (provinces.length > 0) mkdirSync(join(dir, 'units'), { recursive: true });
    for (const p of provinces) {
      const file = `units/${fileStem(p, taken)}.csv`;
      await copy(`scope = 'unit' AND province = ${sqlString(p)}`, file);
      partitions.push({ unit: p, files: [file] });
    }
    index = { files: ['summary.csv'], partitions, generator: GENERATOR };
  }
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}
