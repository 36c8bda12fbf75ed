// `npm run --silent aggregate -- IN... --out DIR [--json]`: dossier lists exported from the one-stop
// system (CSV, .xlsx, Parquet; one row per dossier) → the figures of the tidy dataset format.
// `npm run --silent aggregate -- --generate N --out FILE.csv [--seed S] [--from YYYY-MM-DD]`:
// a synthetic dossier list for testing. Exit 0: nothing to report; 1: rows reported; 2: usage.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { aggregateDossiers } from './aggregate';
import { generateDossiers } from './generate';

const USAGE = `usage: npm run --silent aggregate -- IN... --out DIR [--json] [--threads N]
       npm run --silent aggregate -- --generate N --out FILE.csv [--seed S] [--from YYYY-MM-DD]
  IN: dossier lists (CSV with , ; or tab, .xlsx, or Parquet), one row per dossier
  --out DIR: where observations.csv (or summary.csv and units/*.csv) and index.json are written
  --json: print { ok, problems, counts } instead of lines
  --generate N: write N synthetic dossiers (test data, marked as such) to --out`;

function usage(message: string): number {
  process.stderr.write(`${message ? `${message}\n` : ''}${USAGE}\n`);
  return 2;
}

/** `--name value` or `--name=value`. */
function parse(argv: string[]): { flags: Map<string, string | true>; paths: string[] } | string {
  const flags = new Map<string, string | true>();
  const paths: string[] = [];
  const valued = new Set(['--out', '--generate', '--seed', '--from', '--threads']);
  const known = new Set([...valued, '--json', '--help']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { paths.push(a); continue; }
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (!known.has(name)) return `unknown option ${name}`;
    if (valued.has(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') return `${name} needs a value`;
      flags.set(name, v);
    } else flags.set(name, true);
  }
  return { flags, paths };
}

/** Paths are read from where the command was typed (`npm run` itself runs in the repository). */
const BASE = process.env.INIT_CWD ?? process.cwd();
const at = (p: string) => resolve(BASE, p);

async function main(argv: string[]): Promise<number> {
  const parsed = parse(argv);
  if (typeof parsed === 'string') return usage(parsed);
  const { flags, paths } = parsed;
  if (flags.has('--help')) return usage('');
  const out = flags.get('--out');
  if (typeof out !== 'string') return usage('--out is required');

  const generate = flags.get('--generate');
  if (generate !== undefined) {
    const n = Number(generate);
    const seed = Number(flags.get('--seed') ?? 1);
    const from = flags.get('--from');
    if (!Number.isInteger(n) || n < 0) return usage(`--generate takes a number of dossiers, not ${JSON.stringify(generate)}`);
    if (!Number.isInteger(seed)) return usage('--seed takes a whole number');
    if (from !== undefined && (typeof from !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(from))) return usage('--from takes a date like 2025-07-01');
    if (paths.length > 0) return usage('--generate takes no input files');
    if (existsSync(at(out)) && statSync(at(out)).isDirectory()) return usage(`--out ${out} is a folder: --generate writes a file`);
    mkdirSync(dirname(at(out)), { recursive: true });
    const r = generateDossiers(at(out), { count: n, seed, from: typeof from === 'string' ? from : undefined });
    process.stdout.write(`wrote ${r.rows} synthetic dossiers (${r.units} units in ${r.provinces} provinces) to ${out}\n`);
    return 0;
  }

  if (paths.length === 0) return usage('no input file');
  for (const p of paths) {
    if (!existsSync(at(p)) || !statSync(at(p)).isFile()) return usage(`aggregate: cannot read ${p}: no such file`);
  }
  if (existsSync(at(out)) && !statSync(at(out)).isDirectory()) return usage(`--out ${out} is a file: it must be a folder (made if missing)`);
  const threads = flags.get('--threads');
  if (threads !== undefined && !(Number.isInteger(Number(threads)) && Number(threads) > 0)) return usage('--threads takes a number');

  const started = performance.now();
  const result = await aggregateDossiers(
    paths.map((p) => ({ name: relative(BASE, at(p)) || p, path: at(p) })),
    { out: at(out), threads: threads === undefined ? undefined : Number(threads) },
  );
  const index = result.index!;
  const ok = result.problems.length === 0;
  if (flags.has('--json')) {
    process.stdout.write(`${JSON.stringify({ ok, problems: result.problems, counts: result.counts }, null, 2)}\n`);
  } else {
    for (const p of result.problems) process.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
    const k = result.counts;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${k.files} file(s), ${k.rows} rows read, ${k.dossiers} dossiers counted (${k.rejected} not counted, ${k.duplicates} duplicate(s)), ${k.units} units${k.provinces ? ` in ${k.provinces} provinces` : ''}, ${k.periods} periods, ${k.figures} figures; ${k.errors} error(s), ${k.warnings} warning(s); ${seconds} s\n`);
    const files = [...index.files, ...(index.partitions ?? []).flatMap((p) => p.files)];
    process.stdout.write(`wrote ${out}/index.json: ${files.length > 3 ? `${files.slice(0, 3).join(', ')} … (${files.length} files)` : files.join(', ')}\n`);
  }
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`aggregate: ${(error as Error).stack ?? error}\n`); process.exitCode = 2; },
);
