// `npm run --silent data:check -- [--json] [--today] PATH...`: the reform office's checker.
// It reads with the same code as the web app and prints every problem as
// `file:line:column: severity: message`. Exit 0: no errors; 1: errors; 2: usage.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { allIndexFiles, readIndex } from '../data/datasetIndex';
import { join, relative } from 'node:path';
import type { InputFile } from '../data/types';
import { loadDataset } from '../model/load';
import { builtinReference } from '../data/geo/nodeReference';
import { checkProblems, writeCheckReport } from './report';
import { rankingText } from './rank';

const USAGE = 'usage: npm run --silent data:check -- [--json] [--today[=YYYY-MM-DD]] [--rank[=INDICATOR] [--unit=CODE] [--period=KEY]] PATH...\n  PATH: a dataset folder, a JSON file or a CSV file (several are read as one dataset)\n  --today: also show figures of units that no longer exist under their successors in force today\n  --rank: after the problems, the ranking the dashboard shows (the unit\'s children, best first)';

/** A folder's data files: those its index.json lists, partitions included (the whole dataset), else every data file in it. */
function filesOf(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  const index = join(path, 'index.json');
  if (existsSync(index)) {
    try {
      return allIndexFiles(readIndex(JSON.parse(readFileSync(index, 'utf8')))).map((n) => join(path, n));
    } catch {
      // Not a list of files: it is read as data like any other JSON file.
    }
  }
  return readdirSync(path)
    .filter((n) => /\.(csv|tsv|txt|json|xlsx|geojson|topojson)$/i.test(n))
    .sort()
    .map((n) => join(path, n));
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const paths = argv.filter((a) => !a.startsWith('--'));
  const todayArg = argv.find((a) => a === '--today' || a.startsWith('--today='));
  const today = todayArg === undefined ? undefined : todayArg.includes('=') ? todayArg.slice(8) : new Date().toISOString().slice(0, 10);
  const option = (name: string) => argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const value = (name: string) => option(name)?.split('=').slice(1).join('=') || undefined;
  const rank = option('rank');
  const known = new Set(['--json', todayArg, rank, option('unit'), option('period')]);
  const unknown = argv.filter((a) => a.startsWith('--') && !known.has(a));
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    process.stderr.write(`--today takes a date like 2025-07-01, not ${JSON.stringify(today)}\n${USAGE}\n`);
    return 2;
  }
  if (paths.length === 0 || unknown.length > 0 || argv.includes('--help')) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown[0]}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const inputs: InputFile[] = [];
  for (const p of paths) {
    let list: string[];
    try {
      list = filesOf(p);
    } catch {
      process.stderr.write(`data:check: cannot read ${p}: no such file or folder\n${USAGE}\n`);
      return 2;
    }
    if (list.length === 0) {
      process.stdout.write(`${p}:1:1: error: no data file (.csv, .tsv, .txt, .json, .xlsx) in this folder\n`);
      return 1;
    }
    for (const f of list) inputs.push({ name: relative(process.cwd(), f) || f, content: new Uint8Array(readFileSync(f)) });
  }
  const model = loadDataset(inputs, { today, reference: builtinReference() });
  // A whole country's values are written as they are made (report.ts), not held as one string.
  const out = (text: string) => process.stdout.write(text);
  const report = checkProblems(model);
  if (json) writeCheckReport(model, out);
  else {
    let lines = '';
    for (const p of report.problems) {
      lines += `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`;
      if (lines.length > 1 << 16) { out(lines); lines = ''; }
    }
    const n = (s: string) => report.problems.filter((p) => p.severity === s).length;
    out(`${lines}${inputs.length} file(s), ${model.rowsRead} rows read, ${model.table.size} figures; ${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info\n`);
    if (rank) out(`\n${rankingText(model, { indicator: value('rank'), unit: value('unit'), period: value('period') })}`);
  }
  return report.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
