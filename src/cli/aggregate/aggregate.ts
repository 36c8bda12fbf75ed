// Dossier lists → figures, with DuckDB. The inputs go into a staging table (`typed`) that keeps
// every row's file and line; its rows are checked (`checked`, `flagged`: the problems, with file,
// line and column), the rows that count are the `dossiers` view, and dossiers.sql (portable SQL)
// turns them into figures, which DuckDB writes as the dataset format.
import { availableParallelism } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Problem } from '../../data/types';
import { FIELDS, FIELD_LABEL, type Field, REQUIRED_FIELDS } from './headers';
import { type PreparedInput, prepareCsv, prepareParquet, prepareXlsx, sniff } from './inputs';
import { coveredPeriods, type PeriodRow } from './periods';
import { type DatasetIndex, writeDataset } from './output';

export const SQL_PATH = new URL('./dossiers.sql', import.meta.url);

export interface InputPath {
  /** The name problems are reported under (as given on the command line). */
  name: string;
  path: string;
}

/** One figure, as dossiers.sql returns it. */
export interface FigureRow {
  scope: 'unit' | 'province';
  province: string | null;
  unit: string;
  period: string;
  level: string | null;
  channel: string | null;
  indicator: string;
  value: number;
}

export interface AggregateCounts {
  files: number;
  rows: number;
  dossiers: number;
  rejected: number;
  duplicates: number;
  units: number;
  provinces: number;
  periods: number;
  figures: number;
  errors: number;
  warnings: number;
}

export interface AggregateResult {
  problems: Problem[];
  /** Every figure, in the order written (only with `options.figures`). */
  figures?: FigureRow[];
  /** What was written (only with `options.out`). */
  index?: DatasetIndex;
  /** Whether units are grouped under provinces (every input has a province column). */
  grouped: boolean;
  periods: PeriodRow[];
  counts: AggregateCounts;
}

export interface AggregateOptions {
  /** The folder to write the dataset into. */
  out?: string;
  /** The `source` of every figure (default: the input files' names). */
  source?: string;
  /** Return the figures as objects too. */
  figures?: boolean;
  threads?: number;
  /** At most this many problems of one kind are listed one by one (default 1000). */
  problemLimit?: number;
}

/** Problems each row can have: `when` is a condition on the `checked` table. */
interface RowCheck {
  code: string;
  severity: 'error' | 'warning';
  field: Field;
  when: string;
  /** Its column, when not the field's own (a row too wide: the first cell past the header). */
  column?: (input: PreparedInput) => number;
  /** The text shown: the cell as written, and for comparisons the received date. */
  raw: string;
  other?: string;
  message: (raw: string | null, other: string | null) => string;
}

const q = (s: string | null) => JSON.stringify(s ?? '');
const NOT_COUNTED = 'the dossier is not counted';
const DATE_HELP = 'dd/mm/yyyy, with or without a time, or yyyy-mm-dd';
const dmy = (col: string) => `strftime(${col}, '%d/%m/%Y')`;

function rowChecks(grouped: boolean, hasChannel: boolean): RowCheck[] {
  return [
    { code: 'row-too-wide', severity: 'error', field: 'unit', when: 'wide', column: (i) => i.header.length + 1, raw: 'NULL', message: () => `this row has more cells than the header, and they are not empty: ${NOT_COUNTED}` },
    { code: 'no-unit', severity: 'error', field: 'unit', when: 'unit IS NULL', raw: 'NULL', message: () => `no unit (${FIELD_LABEL.unit}): ${NOT_COUNTED}` },
    { code: 'no-province', severity: 'error', field: 'province', when: grouped ? 'province IS NULL' : 'false', raw: 'NULL', message: () => `no province (${FIELD_LABEL.province}): ${NOT_COUNTED}` },
    { code: 'no-received-date', severity: 'error', field: 'received_at', when: 'received_date IS NULL AND received_raw IS NULL', raw: 'NULL', message: () => `no received date (${FIELD_LABEL.received_at}): ${NOT_COUNTED}` },
    { code: 'bad-date', severity: 'error', field: 'received_at', when: 'received_raw IS NOT NULL', raw: 'received_raw', message: (r) => `received date ${q(r)} is not a date (${DATE_HELP}): ${NOT_COUNTED}` },
    { code: 'no-due-date', severity: 'error', field: 'due_at', when: 'due_date IS NULL AND due_raw IS NULL', raw: 'NULL', message: () => `no due date (${FIELD_LABEL.due_at}): on time or late cannot be told; ${NOT_COUNTED}` },
    { code: 'bad-date', severity: 'error', field: 'due_at', when: 'due_raw IS NOT NULL', raw: 'due_raw', message: (r) => `due date ${q(r)} is not a date (${DATE_HELP}): ${NOT_COUNTED}` },
    { code: 'bad-date', severity: 'error', field: 'resolved_at', when: 'resolved_raw IS NOT NULL', raw: 'resolved_raw', message: (r) => `result date ${q(r)} is not a date (${DATE_HELP}; empty if not yet resolved): ${NOT_COUNTED}` },
    { code: 'due-before-received', severity: 'error', field: 'due_at', when: 'due_date < received_date', raw: dmy('due_date'), other: dmy('received_date'), message: (r, o) => `due date ${r} is before the received date ${o}: ${NOT_COUNTED}` },
    { code: 'resolved-before-received', severity: 'error', field: 'resolved_at', when: 'resolved_date < received_date', raw: dmy('resolved_date'), other: dmy('received_date'), message: (r, o) => `result date ${r} is before the received date ${o}: ${NOT_COUNTED}` },
    { code: 'no-channel', severity: 'error', field: 'channel', when: hasChannel ? 'channel IS NULL AND channel_raw IS NULL' : 'false', raw: 'NULL', message: () => `no channel (${FIELD_LABEL.channel}): it must be trực tiếp, trực tuyến or bưu chính; ${NOT_COUNTED}` },
    { code: 'unknown-channel', severity: 'error', field: 'channel', when: 'channel_raw IS NOT NULL', raw: 'channel_raw', message: (r) => `channel ${q(r)} is not trực tiếp, trực tuyến or bưu chính (direct, online, postal): ${NOT_COUNTED}` },
    { code: 'unknown-level', severity: 'warning', field: 'level', when: 'level_raw IS NOT NULL', raw: 'level_raw', message: (r) => `level ${q(r)} is not tỉnh, huyện, xã or sở ngành: the dossier is counted, without a level` },
  ];
}

// Normalising the raw text, DuckDB dialect (the loader's side; dossiers.sql stays portable).
const DATE_FORMATS = ['%d/%m/%Y %H:%M', '%d/%m/%Y', '%d/%m/%Y %H:%M:%S', '%Y-%m-%d', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%dT%H:%M',
  '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%dT%H:%M:%S.%f', '%d-%m-%Y', '%d-%m-%Y %H:%M', '%d.%m.%Y', '%d.%m.%Y %H:%M', '%d/%m/%Y %I:%M %p', '%d/%m/%Y %I:%M:%S %p'];

const MACROS = `
CREATE MACRO fold(s) AS trim(regexp_replace(strip_accents(replace(lower(s), 'đ', 'd')), '[\\s_,/\\-]+', ' ', 'g'));
CREATE MACRO parse_ts(s) AS try_strptime(s, [${DATE_FORMATS.map((f) => `'${f}'`).join(', ')}]);
CREATE MACRO channel_code(f) AS (CASE
  WHEN f IN ('truc tiep', 'direct', 'in person', 'offline', 'nop truc tiep', 'tai quay', 'truc tiep tai bo phan mot cua') THEN 'truc_tiep'
  WHEN f LIKE '%truc tuyen%' OR f IN ('online', 'dvc', 'dvctt', 'dich vu cong', 'qua mang', 'internet', 'online full', 'online partial') THEN 'truc_tuyen'
  WHEN f LIKE '%buu chinh%' OR f IN ('postal', 'post', 'mail', 'bcci', 'buu dien', 'qua buu dien') THEN 'buu_chinh'
  END);
CREATE MACRO level_code(f) AS (CASE
  WHEN f IN ('tinh', 'cap tinh', 'province', 'provincial', 'tinh thanh pho', 'thanh pho truc thuoc trung uong') THEN 'tinh'
  WHEN f IN ('huyen', 'cap huyen', 'district', 'quan huyen', 'quan huyen thi xa thanh pho') THEN 'huyen'
  WHEN f IN ('xa', 'cap xa', 'commune', 'ward', 'xa phuong', 'xa phuong thi tran', 'phuong', 'thi tran', 'xa phuong dac khu', 'dac khu') THEN 'xa'
  WHEN f IN ('so nganh', 'so ban nganh', 'so', 'nganh', 'cap so', 'department', 'agency', 'so nganh tinh') THEN 'so_nganh'
  END);
`;

/** The spellings one-stop systems use, read without folding (any other goes through the maps). */
const COMMON_CHANNELS = `CASE channel WHEN 'Trực tuyến' THEN 'truc_tuyen' WHEN 'Trực tiếp' THEN 'truc_tiep' WHEN 'Bưu chính' THEN 'buu_chinh'
  WHEN 'trực tuyến' THEN 'truc_tuyen' WHEN 'trực tiếp' THEN 'truc_tiep' WHEN 'bưu chính' THEN 'buu_chinh'
  WHEN 'online' THEN 'truc_tuyen' WHEN 'direct' THEN 'truc_tiep' WHEN 'postal' THEN 'buu_chinh' END`;
const COMMON_LEVELS = `CASE level WHEN 'Xã' THEN 'xa' WHEN 'Tỉnh' THEN 'tinh' WHEN 'Huyện' THEN 'huyen' WHEN 'Sở ngành' THEN 'so_nganh'
  WHEN 'xã' THEN 'xa' WHEN 'tỉnh' THEN 'tinh' WHEN 'huyện' THEN 'huyen' WHEN 'sở ngành' THEN 'so_nganh'
  WHEN 'xa' THEN 'xa' WHEN 'tinh' THEN 'tinh' WHEN 'huyen' THEN 'huyen' WHEN 'so_nganh' THEN 'so_nganh' END`;

async function all(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
const iso = (v: unknown) => (v === null || v === undefined ? null : String(v).slice(0, 10));

/** The figures table, in its order, as objects (for tests and small logs). */
async function readFigures(c: DuckDBConnection): Promise<FigureRow[]> {
  const read = await c.runAndReadAll('SELECT scope, province, unit, period_key, level, channel, indicator, CAST(value AS DOUBLE) AS value FROM figures');
  const [scope, province, unit, period, level, channel, indicator, value] = read.getColumnsJS() as unknown[][];
  return Array.from({ length: read.currentRowCount }, (_, k) => ({
    scope: scope[k] as FigureRow['scope'], province: province[k] as string | null, unit: unit[k] as string, period: period[k] as string,
    level: level[k] as string | null, channel: channel[k] as string | null, indicator: indicator[k] as string, value: value[k] as number,
  }));
}

/** Reads, checks and adds up dossier lists; writes the dataset into `options.out`. */
export async function aggregateDossiers(paths: InputPath[], options: AggregateOptions = {}): Promise<AggregateResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'aggregate-'));
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    await c.run(`SET threads = ${options.threads ?? availableParallelism()}`);
    await c.run('SET preserve_insertion_order = false');
    await c.run(MACROS);
    const problems: Problem[] = [];
    // AGGREGATE_TIMINGS=1 prints how long each step took (stderr), for measuring.
    let mark = performance.now();
    const timing = (step: string) => {
      if (process.env.AGGREGATE_TIMINGS) process.stderr.write(`aggregate: ${step} ${((performance.now() - mark) / 1000).toFixed(2)} s\n`);
      mark = performance.now();
    };

    // 1. Each file → prepared inputs (one per CSV, one per sheet of a workbook).
    const inputs: PreparedInput[] = [];
    for (const [k, p] of paths.entries()) {
      const bytes = new Uint8Array(readFileSync(p.path));
      const kind = sniff(bytes);
      let prepared;
      if (kind === 'parquet') {
        try {
          const names = (await all(c, `DESCRIBE SELECT * FROM read_parquet('${p.path.replace(/'/g, "''")}')`)).map((r) => String(r.column_name));
          prepared = prepareParquet(p.name, p.path, names);
        } catch (error) {
          prepared = { inputs: [], problems: [{ severity: 'error' as const, file: p.name, line: 1, column: 1, code: 'unreadable-file', message: `could not be read as Parquet: ${(error as Error).message.split('\n')[0]}` }] };
        }
      } else if (kind === 'xlsx') prepared = prepareXlsx(p.name, bytes, tmp, k);
      else prepared = prepareCsv(p.name, bytes, p.path, tmp, k);
      problems.push(...prepared.problems);
      for (const input of prepared.inputs) {
        const missing = REQUIRED_FIELDS.filter((f) => !input.columns.has(f));
        if (missing.length > 0) {
          problems.push({
            severity: 'error', file: input.file, line: input.headerLine, column: 1, code: 'missing-column',
            message: `no column for ${missing.map((f) => FIELD_LABEL[f]).join(', ')}: the file is not read (its header: ${input.header.filter((h) => h !== '').join(', ')})`,
          });
        } else inputs.push(input);
      }
    }

    // Channels and provinces are used only when every input has them: a breakdown must be whole.
    const hasAll = (f: Field) => inputs.length > 0 && inputs.every((i) => i.columns.has(f));
    const hasChannel = hasAll('channel');
    const grouped = hasAll('province');
    for (const f of ['channel', 'province'] as const) {
      if (hasAll(f) || !inputs.some((i) => i.columns.has(f))) continue;
      for (const i of inputs.filter((x) => !x.columns.has(f))) {
        problems.push({
          severity: 'warning', file: i.file, line: i.headerLine, column: 1, code: `no-${f}-column`,
          message: f === 'channel'
            ? `no column for ${FIELD_LABEL.channel} while other files have one: no figures by channel (nor received_online) are written`
            : `no column for ${FIELD_LABEL.province} while other files have one: the units are not grouped by province (one observations.csv)`,
        });
      }
    }

    timing('read and prepare the files');
    // 2. Staging: `typed`, the one pass over the files. Every row keeps its file (`fi`) and line;
    // dates are parsed, and the cell as written is kept only where it is not a date. Keys are
    // trimmed. Channels and levels as the systems write them are read at once; any other spelling
    // is kept (`channel_in`, `level_in`) and read below through a map of the few there are.
    // Rows of empty cells (`;;;;`) are `blank`: not counted, not reported.
    await c.run(`CREATE TABLE typed (fi INTEGER, line BIGINT, dossier_id VARCHAR, unit VARCHAR, procedure VARCHAR, field VARCHAR, province VARCHAR,
      channel VARCHAR, level VARCHAR, channel_in VARCHAR, level_in VARCHAR, received_date DATE, due_date DATE, resolved_date DATE,
      received_raw VARCHAR, due_raw VARCHAR, resolved_raw VARCHAR, wide BOOLEAN, blank BOOLEAN)`);
    const TRIMMED: ReadonlySet<Field> = new Set(['dossier_id', 'unit', 'province']);
    const valid = (t: string) => `CASE WHEN year(${t}) BETWEEN 1900 AND 2200 THEN CAST(${t} AS DATE) END`;
    const unread = (t: string, raw: string) => `CASE WHEN (${t} IS NULL OR year(${t}) NOT BETWEEN 1900 AND 2200) AND trim(${raw}) <> '' THEN ${raw} END`;
    const typedSelect = (fi: number, input: PreparedInput) => {
      const cell = (f: Field) => {
        const i = input.columns.get(f);
        if (i === undefined || (f === 'channel' && !hasChannel) || (f === 'province' && !grouped)) return 'CAST(NULL AS VARCHAR)';
        return TRIMMED.has(f) ? `NULLIF(trim(c${i}), '')` : `c${i}`;
      };
      // Blank rows are already left out of copied CSV and .xlsx inputs; a Parquet file may still have them.
      const present = FIELDS.map(cell).filter((x) => !x.startsWith('CAST(NULL')).map((x) => `NULLIF(trim(${x}), '')`);
      const where = input.kind === 'parquet' ? ` WHERE COALESCE(${present.join(', ')}) IS NOT NULL` : '';
      const wide = input.extra > 0 ? `trim(concat_ws('', ${Array.from({ length: input.extra }, (_, k) => `x${k}`).join(', ')})) <> ''` : 'false';
      const raw = `SELECT ${fi} AS fi, ${input.direct ? 'CAST(NULL AS BIGINT)' : 'l'} AS line, ${FIELDS.map((f) => `${cell(f)} AS ${f}`).join(', ')}, ${wide} AS wide FROM ${input.source}${where}`;
      return `SELECT fi, line, dossier_id, unit, procedure, field, province, ch, lv,
          CASE WHEN ch IS NULL THEN channel END, CASE WHEN lv IS NULL THEN level END,
          ${valid('r')}, ${valid('d')}, ${valid('x')}, ${unread('r', 'received_at')}, ${unread('d', 'due_at')}, ${unread('x', 'resolved_at')}, wide,
          dossier_id IS NULL AND unit IS NULL AND received_at IS NULL AND due_at IS NULL AND resolved_at IS NULL AND channel IS NULL
        FROM (SELECT *, parse_ts(received_at) AS r, parse_ts(due_at) AS d, parse_ts(resolved_at) AS x, ${COMMON_CHANNELS} AS ch, ${COMMON_LEVELS} AS lv FROM (${raw}))`;
    };
    const unreadable = (input: PreparedInput, error: unknown) => problems.push({ severity: 'error', file: input.file, line: 1, column: 1, code: 'unreadable-file', message: `could not be read: ${(error as Error).message.split('\n')[0]}` });
    // Rows go in in the files' order (a CSV read directly gets its lines from that order).
    await c.run('SET preserve_insertion_order = true');
    for (const [fi, input] of inputs.entries()) {
      try {
        await c.run(`INSERT INTO typed ${typedSelect(fi, input)}`);
      } catch (error) {
        if (!input.direct) { unreadable(input, error); continue; }
      }
      if (!input.direct) continue;
      // Read directly: DuckDB must have returned every record and rejected none, else the exact copy.
      const got = (await all(c, `SELECT count(*) AS n, min(rowid) AS first FROM typed WHERE fi = ${fi}`))[0];
      const rejected = await all(c, `SELECT count(*) AS n FROM ${input.direct.rejects}`).catch(() => [{ n: 1 }]);
      if (num(got.n) === input.records && num(rejected[0].n) === 0) {
        await c.run(`UPDATE typed SET line = rowid - ${num(got.first)} + ${input.headerLine + 1} WHERE fi = ${fi}`);
        continue;
      }
      await c.run(`DELETE FROM typed WHERE fi = ${fi}`);
      const exact = input.direct.fallback();
      problems.push(...exact.problems);
      inputs[fi] = exact.inputs[0];
      if (!inputs[fi]) continue;
      try {
        await c.run(`INSERT INTO typed ${typedSelect(fi, inputs[fi])}`);
      } catch (error) {
        unreadable(inputs[fi], error);
      }
    }
    await c.run('SET preserve_insertion_order = false');
    timing('typed (DuckDB reads the files)');

    // 3. Checked: channels and levels through a map of their spellings, and what is wrong with
    // each row; `flagged` keeps the few rows with something to say. A row with an error is
    // reported and not counted; every other row counts.
    for (const [name, code] of [['channel', 'channel_code'], ['level', 'level_code']]) {
      await c.run(`CREATE TABLE ${name}_map AS SELECT raw, ${code}(fold(raw)) AS code FROM (SELECT DISTINCT ${name}_in AS raw FROM typed WHERE ${name}_in IS NOT NULL)`);
      await c.run(`UPDATE typed SET ${name} = m.code FROM ${name}_map m WHERE typed.${name}_in = m.raw AND m.code IS NOT NULL`);
    }
    const checks = rowChecks(grouped, hasChannel);
    const errorWhen = checks.filter((k) => k.severity === 'error').map((k) => `(${k.when})`).join(' OR ');
    await c.run(`CREATE VIEW checked AS
      SELECT *, COALESCE(${errorWhen}, false) AS bad
      FROM (
        SELECT fi, line, dossier_id, unit, procedure, field, province, channel, level,
          received_date, due_date, resolved_date, received_raw, due_raw, resolved_raw, wide,
          CASE WHEN channel IS NULL AND trim(channel_in) <> '' THEN channel_in END AS channel_raw,
          CASE WHEN level IS NULL AND trim(level_in) <> '' THEN level_in END AS level_raw
        FROM typed
        WHERE NOT blank)`);
    await c.run(`CREATE TABLE flagged AS SELECT * FROM checked WHERE bad OR ${checks.filter((k) => k.severity !== 'error').map((k) => `(${k.when})`).join(' OR ')}`);
    const rows = num((await all(c, 'SELECT count(*) AS n FROM typed WHERE NOT blank'))[0].n);

    // Duplicates: the same dossier twice (overlapping exports): the later row (later file, later line) counts.
    await c.run(`CREATE TABLE dup AS
      SELECT t.fi, t.line, t.dossier_id,
        row_number() OVER w AS rnk, first_value(t.fi) OVER w AS keep_fi, first_value(t.line) OVER w AS keep_line
      FROM typed t
      JOIN (SELECT dossier_id FROM typed WHERE dossier_id IS NOT NULL GROUP BY dossier_id HAVING count(*) > 1) d USING (dossier_id)
      WHERE NOT EXISTS (SELECT 1 FROM flagged f WHERE f.bad AND f.fi = t.fi AND f.line = t.line)
      WINDOW w AS (PARTITION BY t.dossier_id ORDER BY t.fi DESC, t.line DESC)`);
    // What dossiers.sql reads: the rows that count, typed (a view: read where it is used).
    await c.run(`CREATE TABLE dropped AS SELECT fi, line FROM flagged WHERE bad UNION ALL SELECT fi, line FROM dup WHERE rnk > 1`);
    const anyDropped = num((await all(c, 'SELECT count(*) AS n FROM dropped'))[0].n) > 0;
    await c.run(`CREATE VIEW dossiers AS
      SELECT dossier_id, unit, procedure, field, channel, level, province, received_date, due_date, resolved_date
      FROM typed t
      WHERE NOT blank${anyDropped ? ' AND NOT EXISTS (SELECT 1 FROM dropped d WHERE d.fi = t.fi AND d.line = t.line)' : ''}`);

    timing('checked, flagged, duplicates');
    // 4. Problems, pinned to file, line and column.
    const limit = options.problemLimit ?? 1000;
    const rowProblems: Problem[] = [];
    for (const check of checks) {
      const found = await all(c, `SELECT fi, line, ${check.raw} AS raw, ${check.other ?? 'NULL'} AS other, count(*) OVER () AS total
        FROM flagged WHERE ${check.when} ORDER BY fi, line LIMIT ${limit + 1}`);
      found.slice(0, limit).forEach((r) => {
        const input = inputs[num(r.fi)];
        const raw = r.raw === null ? null : String(r.raw);
        const other = r.other === null || r.other === undefined ? null : String(r.other);
        rowProblems.push({ severity: check.severity, file: input.file, line: num(r.line), column: check.column?.(input) ?? (input.columns.get(check.field) ?? 0) + 1, code: check.code, message: check.message(raw, other) });
      });
      if (found.length > limit) {
        const r = found[limit];
        const input = inputs[num(r.fi)];
        rowProblems.push({ severity: check.severity, file: input.file, line: num(r.line), column: check.column?.(input) ?? (input.columns.get(check.field) ?? 0) + 1, code: check.code, message: `and ${num(r.total) - limit} more row(s) with this problem, not listed one by one` });
      }
    }
    const dups = await all(c, `SELECT fi, line, dossier_id, keep_fi, keep_line, count(*) OVER () AS total FROM dup WHERE rnk > 1 ORDER BY fi, line LIMIT ${limit + 1}`);
    if (dups.length > limit) {
      const r = dups.pop()!;
      const input = inputs[num(r.fi)];
      rowProblems.push({ severity: 'warning', file: input.file, line: num(r.line), column: (input.columns.get('dossier_id') ?? 0) + 1, code: 'duplicate-dossier', message: `and ${num(r.total) - limit} more row(s) with this problem, not listed one by one` });
    }
    for (const r of dups) {
      const input = inputs[num(r.fi)];
      const keep = inputs[num(r.keep_fi)];
      rowProblems.push({
        severity: 'warning', file: input.file, line: num(r.line), column: (input.columns.get('dossier_id') ?? 0) + 1, code: 'duplicate-dossier',
        message: `dossier ${q(String(r.dossier_id))} is listed again at ${keep.file}:${num(r.keep_line)}; that later row is counted, this one is not`,
      });
    }
    const fileOrder = new Map(inputs.map((i, k) => [i.file, k]));
    rowProblems.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line || a.column - b.column);
    problems.push(...rowProblems);

    timing('problems');
    // 5. Periods, from the first to the last month with a received dossier.
    const span = (await all(c, 'SELECT CAST(min(received_date) AS VARCHAR) AS first, CAST(max(received_date) AS VARCHAR) AS last, count(*) AS n FROM dossiers'))[0];
    const first = iso(span.first);
    const last = iso(span.last);
    const periods = first && last ? coveredPeriods(first, last) : [];
    await c.run('CREATE TABLE periods (period_key VARCHAR, kind VARCHAR, start_date DATE, end_date DATE)');
    if (periods.length > 0) await c.run(`INSERT INTO periods VALUES ${periods.map((p) => `('${p.period_key}', '${p.kind}', DATE '${p.start_date}', DATE '${p.end_date}')`).join(', ')}`);

    timing('periods');
    // 6. The figures: dossiers.sql, as written, into a table kept in the query's order.
    const sql = readFileSync(SQL_PATH, 'utf8');
    await c.run('SET preserve_insertion_order = true');
    await c.run(`CREATE TABLE figures AS ${sql}`);
    const made = (await all(c, `SELECT count(*) AS n, count(DISTINCT unit) FILTER (WHERE scope = 'unit') AS units, count(DISTINCT province) AS provinces FROM figures`))[0];
    const figureCount = num(made.n);
    timing('dossiers.sql');
    // DuckDB writes the files itself (reading 100,000s of rows into JavaScript would take longer).
    const index = options.out ? await writeDataset(c, options.out, grouped, options.source ?? `${paths.map((p) => basename(p.path)).join(' + ')} (npm run aggregate)`) : undefined;
    timing('files written');
    const figures = options.figures ? await readFigures(c) : undefined;

    const dupCount = num((await all(c, 'SELECT count(*) AS n FROM dup WHERE rnk > 1'))[0].n);
    const rejected = num((await all(c, 'SELECT count(*) AS n FROM flagged WHERE bad'))[0].n);
    return {
      problems, figures, index, grouped, periods,
      counts: {
        files: paths.length, rows, dossiers: num(span.n), rejected, duplicates: dupCount, units: num(made.units), provinces: grouped ? num(made.provinces) : 0,
        periods: periods.length, figures: figureCount,
        errors: problems.filter((p) => p.severity === 'error').length, warnings: problems.filter((p) => p.severity === 'warning').length,
      },
    };
  } finally {
    c.closeSync();
    db.closeSync();
    rmSync(tmp, { recursive: true, force: true });
  }
}
