// `npm run aggregate`: dossier lists → figures. The hand-made log in fixtures/dossiers/ (its
// README derives every figure by hand), the same log as .xlsx and as Parquet, the reporting
// identities on a synthetic log, the problems with their file, line and column, the layout of
// the output, and data:check accepting it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { aggregateDossiers, type AggregateOptions, type AggregateResult, type FigureRow } from '../src/cli/aggregate/aggregate';
import { generateDossiers } from '../src/cli/aggregate/generate';
import { HEADER } from '../src/cli/aggregate/output';
import { buildXlsx, type XCell } from './xlsxBuilder';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'fixtures/dossiers/dossiers.csv';
const TMP = mkdtempSync(join(tmpdir(), 'aggregate-test-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let tmpCount = 0;
/** A fresh folder under the test's temporary folder. */
function tmpDir(): string {
  const d = join(TMP, `d${++tmpCount}`);
  return mkdtempSync(`${d}-`);
}

type Result = AggregateResult & { figures: FigureRow[] };

/** aggregateDossiers, with the figures returned as objects. */
async function run(paths: { name: string; path: string }[], options: AggregateOptions = {}): Promise<Result> {
  return (await aggregateDossiers(paths, { figures: true, ...options })) as Result;
}

/** Aggregates texts (or bytes) written as files named as given. */
async function aggregateTexts(files: Record<string, string | Uint8Array>, options: AggregateOptions = {}): Promise<Result> {
  const dir = tmpDir();
  const paths = Object.entries(files).map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return { name, path: join(dir, name) };
  });
  return run(paths, options);
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COUNTS = ['received', 'received_new', 'carried_over', 'received_online', 'resolved', 'resolved_in_time', 'resolved_early', 'resolved_on_time', 'resolved_late', 'pending', 'pending_overdue'] as const;
const CHANNELS = ['truc_tiep', 'truc_tuyen', 'buu_chinh'] as const;

/** The figures of fixtures/dossiers/README.md: per unit and period, the counts above and the channels of received_new. */
const EXPECTED: Record<string, Record<string, [counts: number[], channels: number[]]>> = {
  '00004': {
    '2025-10': [[3, 3, 0, 1, 1, 1, 1, 0, 0, 2, 1], [1, 1, 1]],
    '2025-11': [[10, 8, 2, 4, 6, 5, 2, 3, 1, 4, 2], [3, 4, 1]],
    '2025-12': [[8, 4, 4, 2, 4, 2, 1, 1, 2, 4, 2], [1, 2, 1]],
    '2025-Q4': [[15, 15, 0, 7, 11, 8, 4, 4, 3, 4, 2], [5, 7, 3]],
  },
  '00008': {
    '2025-11': [[1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0], [1, 0, 0]],
    '2025-12': [[1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0], [0, 1, 0]],
    '2025-Q4': [[2, 2, 0, 1, 2, 1, 1, 0, 1, 0, 0], [1, 1, 0]],
  },
};

function expectedFigures(): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const [unit, periods] of Object.entries(EXPECTED)) {
    for (const [period, [counts, channels]] of Object.entries(periods)) {
      COUNTS.forEach((indicator, i) => rows.push({ scope: 'unit', province: null, unit, period, level: null, channel: null, indicator, value: counts[i] }));
      CHANNELS.forEach((channel, i) => rows.push({ scope: 'unit', province: null, unit, period, level: null, channel, indicator: 'received_new', value: channels[i] }));
    }
  }
  return rows;
}

const key = (f: FigureRow) => `${f.unit}|${f.period}|${f.indicator}|${f.level ?? ''}|${f.channel ?? ''}`;
const sorted = (fs: FigureRow[]) => [...fs].sort((a, b) => key(a).localeCompare(key(b)));
const withoutFile = (r: AggregateResult) => r.problems.map(({ file: _file, ...p }) => p);

/** The reporting identities, on every unit (or province) × period × level. */
function checkIdentities(figures: FigureRow[]): number {
  const groups = new Map<string, Map<string, number>>();
  for (const f of figures) {
    const g = `${f.scope}|${f.unit}|${f.period}|${f.level ?? ''}`;
    if (!groups.has(g)) groups.set(g, new Map());
    groups.get(g)!.set(f.channel ? `channel:${f.channel}` : f.indicator, f.value);
  }
  for (const [g, v] of groups) {
    const n = (k: string) => v.get(k) ?? NaN;
    const where = `at ${g}`;
    expect(n('received'), `received = received_new + carried_over ${where}`).toBe(n('received_new') + n('carried_over'));
    expect(n('received'), `received = resolved + pending ${where}`).toBe(n('resolved') + n('pending'));
    expect(n('resolved'), `resolved = resolved_in_time + resolved_late ${where}`).toBe(n('resolved_in_time') + n('resolved_late'));
    expect(n('resolved_in_time'), `in time = early + on time ${where}`).toBe(n('resolved_early') + n('resolved_on_time'));
    expect(n('pending_overdue') <= n('pending'), `overdue ≤ pending ${where}`).toBe(true);
    if (!g.endsWith('|')) continue; // channel rows are written for the totals, not by level
    expect(n('received_new'), `channels add up to received_new ${where}`).toBe(CHANNELS.reduce((s, c) => s + n(`channel:${c}`), 0));
    expect(n('received_online'), `received_online is the online channel ${where}`).toBe(n('channel:truc_tuyen'));
  }
  return groups.size;
}

describe('the hand-made log (fixtures/dossiers): every figure and every problem, as derived by hand', () => {
  it('gives exactly the figures of its README', async () => {
    const r = await run([{ name: FIXTURE, path: join(ROOT, FIXTURE) }]);
    expect(sorted(r.figures)).toEqual(sorted(expectedFigures()));
    expect(r.grouped).toBe(false);
    expect(r.periods.map((p) => p.period_key)).toEqual(['2025-10', '2025-11', '2025-12', '2025-Q4']);
    expect(checkIdentities(r.figures)).toBe(7);
    expect(r.counts).toMatchObject({ files: 1, rows: 22, dossiers: 17, rejected: 5, duplicates: 0, units: 2, periods: 4, figures: 98, errors: 5, warnings: 0 });
  });

  it('reports each bad row at its file, line and column, and counts every other row', async () => {
    const r = await run([{ name: FIXTURE, path: join(ROOT, FIXTURE) }]);
    expect(r.problems.map((p) => [p.severity, p.file, p.line, p.column, p.code])).toEqual([
      ['error', FIXTURE, 19, 7, 'no-received-date'],
      ['error', FIXTURE, 20, 7, 'bad-date'],
      ['error', FIXTURE, 21, 8, 'due-before-received'],
      ['error', FIXTURE, 22, 9, 'resolved-before-received'],
      ['error', FIXTURE, 23, 6, 'unknown-channel'],
    ]);
    expect(r.problems[1].message).toContain('"32/11/2025 08:00" is not a date');
    expect(r.problems[2].message).toContain('due date 08/12/2025 is before the received date 10/12/2025');
    expect(r.problems[3].message).toContain('result date 09/12/2025 is before the received date 10/12/2025');
    expect(r.problems[4].message).toContain('"Zalo"');
  });

  it('the same log as .xlsx (text cells, an Excel date cell, a date-time serial) gives the same figures and problems', async () => {
    const lines = readFileSync(join(ROOT, FIXTURE), 'utf8').replace(/^\ufeff/, '').trim().split('\n');
    const rows: XCell[][] = lines.map((l) => l.split(';').map((c) => (c === '' ? null : c)));
    // Line 2 (HS01): received 20/10/2025 09:00 as a serial with the time; due 24/10/2025 as a date-formatted cell.
    const serial = (iso: string, hours = 0) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000 + hours / 24;
    rows[1][6] = serial('2025-10-20', 9);
    rows[1][7] = { date: serial('2025-10-24') };
    const xlsx = await aggregateTexts({ 'dossiers.xlsx': buildXlsx([{ name: 'Danh sách hồ sơ', rows }]) });
    const csv = await run([{ name: FIXTURE, path: join(ROOT, FIXTURE) }]);
    expect(xlsx.figures).toEqual(csv.figures);
    expect(withoutFile(xlsx)).toEqual(withoutFile(csv));
    expect(xlsx.problems.every((p) => p.file === 'dossiers.xlsx')).toBe(true);
  });

  it('the same log as Parquet (text columns; or dates stored as timestamps) gives the same figures and problems', async () => {
    const dir = tmpDir();
    const text = join(dir, 'dossiers.parquet');
    const typed = join(dir, 'typed.parquet');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`COPY (SELECT * FROM read_csv('${join(ROOT, FIXTURE)}', delim=';', header=true, all_varchar=true)) TO '${text}' (FORMAT PARQUET)`);
    // The good rows only, with real timestamps, as a warehouse would export them.
    const ts = (col: string) => `try_strptime("${col}", ['%d/%m/%Y %H:%M', '%d/%m/%Y', '%Y-%m-%d']) AS "${col}"`;
    await c.run(`COPY (SELECT "Mã hồ sơ", "Đơn vị", "Hình thức nộp", ${ts('Ngày tiếp nhận')}, ${ts('Ngày hẹn trả')}, ${ts('Ngày có kết quả')}
      FROM read_csv('${join(ROOT, FIXTURE)}', delim=';', header=true, all_varchar=true) WHERE CAST(STT AS INTEGER) <= 17) TO '${typed}' (FORMAT PARQUET)`);
    c.closeSync();
    db.closeSync();
    const csv = await run([{ name: FIXTURE, path: join(ROOT, FIXTURE) }]);
    const pq = await run([{ name: 'dossiers.parquet', path: text }]);
    expect(pq.figures).toEqual(csv.figures);
    expect(withoutFile(pq)).toEqual(withoutFile(csv));
    const pt = await run([{ name: 'typed.parquet', path: typed }]);
    expect(pt.figures).toEqual(csv.figures);
    expect(pt.problems).toEqual([]);
  });

  it('npm run aggregate writes observations.csv and index.json, and data:check accepts them (exit 0)', () => {
    const out = tmpDir();
    const r = cli(['src/cli/aggregate/main.ts', FIXTURE, '--out', out, '--json']);
    expect(r.status, r.stderr).toBe(1); // rows were reported
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(5);
    expect(report.problems[0]).toEqual({ severity: 'error', file: FIXTURE, line: 19, column: 7, code: 'no-received-date', message: expect.any(String) });
    expect(report.counts).toMatchObject({ dossiers: 17, figures: 98 });
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toEqual({ files: ['observations.csv'] });
    const csv = readFileSync(join(out, 'observations.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(HEADER);
    expect(csv).toHaveLength(99);
    expect(csv).toContain('2025-11,00004,pending_overdue,2,,,dossiers.csv (npm run aggregate)');
    expect(csv).toContain('2025-Q4,00004,received_new,7,,truc_tuyen,dossiers.csv (npm run aggregate)');
    const check = cli(['src/cli/check.ts', out]);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/98 rows read, \d+ figures; 0 error\(s\), 0 warning\(s\)/);
  });
});

describe('reading dossier lists as they arrive', () => {
  const HEAD_VI = 'Mã hồ sơ;Đơn vị;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả';

  it('finds the header under a title, skips blank lines, keeps lines right past a cell that spans lines; commas, CRLF', async () => {
    const text = [
      'DANH SÁCH HỒ SƠ TIẾP NHẬN,,,,,,',
      'dossier_id,unit,procedure,channel,received_at,due_at,resolved_at',
      'A1,00004,"Chứng thực, bản sao",direct,03/11/2025,05/11/2025,04/11/2025',
      '',
      'A2,00004,"Đăng ký',
      'khai sinh",online,03/11/2025,05/11/2025,',
      'A3,00004,x,postal,31/11/2025,05/11/2025,',
    ].join('\r\n');
    const r = await aggregateTexts({ 'log.csv': text });
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual([[7, 5, 'bad-date']]);
    expect(r.counts).toMatchObject({ rows: 3, dossiers: 2 });
    expect(r.figures.find((f) => f.period === '2025-11' && f.indicator === 'pending')?.value).toBe(1);
  });

  it('pads short rows, accepts empty trailing cells, reports a row wider than the header and a quote never closed', async () => {
    const text = [
      HEAD_VI,
      'A1;00004;Trực tiếp;03/11/2025;05/11/2025', // no result cell at all: pending
      'A2;00004;Trực tuyến;03/11/2025;05/11/2025;04/11/2025;;', // two empty cells more
      'A3;00004;Trực tuyến;03/11/2025;05/11/2025;04/11/2025;oops',
      'A4;00004;Trực tuyến;03/11/2025;05/11/2025;04/11/2025',
      'A5;"00004;Trực tuyến;03/11/2025;05/11/2025;04/11/2025',
      'A6;00004;Trực tuyến;03/11/2025;05/11/2025;04/11/2025',
    ].join('\n');
    const r = await aggregateTexts({ 'log.csv': text });
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, 7, 'row-too-wide'], [6, 2, 'unclosed-quote']]);
    expect(r.counts).toMatchObject({ rows: 3, dossiers: 3 });
    const nov = (i: string) => r.figures.find((f) => f.period === '2025-11' && f.indicator === i && !f.channel)?.value;
    expect([nov('received'), nov('resolved'), nov('pending')]).toEqual([3, 2, 1]);
  });

  it('a file without quotes is read by DuckDB as it is: title row, CRLF, short rows, empty trailing cells, rows of empty cells, a wide row', async () => {
    const text = [
      'DANH SÁCH HỒ SƠ;;;;;',
      HEAD_VI,
      'A1;00004;Trực tiếp;03/11/2025;05/11/2025', // short: pending
      'A2;00004;Trực tuyến;03/11/2025;05/11/2025;04/11/2025;;;',
      ';;;;;',
      'A3;00004;Trực tuyến;03/11/2025;05/11/2025;04/11/2025;;oops',
      'A4;00004;Trực tuyến;03/11/2025;05/11/2025;31/11/2025',
    ].join('\r\n');
    const r = await aggregateTexts({ 'log.csv': text });
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual([[6, 7, 'row-too-wide'], [7, 6, 'bad-date']]);
    expect(r.counts).toMatchObject({ rows: 4, dossiers: 2 });
  });

  it('an empty line, or a row DuckDB rejects (far too wide), sends the file to the exact copy: lines stay right', async () => {
    const wide = `A9;00004;Trực tiếp;03/11/2025;05/11/2025;04/11/2025${';x'.repeat(12)}`;
    const rows = ['A1;00004;Trực tiếp;03/11/2025;05/11/2025;04/11/2025', wide, 'A2;00004;Trực tiếp;03/11/2025;05/11/2025;xx'];
    const r = await aggregateTexts({ 'a.csv': [HEAD_VI, ...rows].join('\n'), 'b.csv': [HEAD_VI, rows[0].replace('A1', 'B1'), '', rows[2].replace('A2', 'B2')].join('\n') });
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([['a.csv', 3, 7, 'row-too-wide'], ['a.csv', 4, 6, 'bad-date'], ['b.csv', 4, 6, 'bad-date']]);
    expect(r.counts).toMatchObject({ rows: 4, dossiers: 2 });
  });

  it('a large file read in parallel keeps every row on its line', async () => {
    const file = join(tmpDir(), 'big.csv');
    generateDossiers(file, { count: 150_000, seed: 9 });
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const at of [2, 77_777, 149_999]) lines[at - 1] = lines[at - 1].replace(/;(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2});/, ';$1x;');
    writeFileSync(file, lines.join('\n'));
    const r = await run([{ name: 'big.csv', path: file }]);
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 11, 'bad-date'], [77_777, 11, 'bad-date'], [149_999, 11, 'bad-date']]);
    expect(r.counts).toMatchObject({ rows: 150_000, dossiers: 149_997 });
  });

  it('reads dates as people and systems write them, and ignores the time of day', async () => {
    const dates = ['03/11/2025', '3/11/2025', '03/11/2025 08:15', '3/11/2025 8:15:30', '03/11/2025 08:15 PM', '2025-11-03', '2025-11-03T08:15:00', '2025-11-03 08:15:00.123', '03-11-2025', '03.11.2025'];
    const text = [HEAD_VI, ...dates.map((d, k) => `A${k};00004;Trực tiếp;${d};${d};${d}`)].join('\n');
    const r = await aggregateTexts({ 'log.csv': text });
    expect(r.problems).toEqual([]);
    const f = (i: string) => r.figures.find((x) => x.period === '2025-11' && x.indicator === i && !x.channel)?.value;
    expect([f('received_new'), f('resolved_on_time')]).toEqual([dates.length, dates.length]);
  });

  it('reads headers with the abbreviations officials write (HS, KQ, TTHC) and the end of processing as the result', async () => {
    const text = ['STT;Mã HS;Tên TTHC;Cơ quan thực hiện;Ngày tiếp nhận HS;Ngày hẹn trả KQ;Ngày kết thúc xử lý',
      '1;A1;Cấp phép;00004;03/11/2025;05/11/2025;04/11/2025', '2;A2;Cấp phép;00004;03/11/2025;05/11/2025;07/11/2025', '3;A3;Cấp phép;00004;03/11/2025;05/11/2025;'].join('\n');
    const r = await aggregateTexts({ 'log.csv': text });
    expect(r.problems).toEqual([]);
    const f = (i: string) => r.figures.find((x) => x.period === '2025-11' && x.unit === '00004' && x.indicator === i && !x.channel && !x.level)?.value;
    expect([f('received_new'), f('resolved_early'), f('resolved_late'), f('pending'), f('pending_overdue')]).toEqual([3, 1, 1, 1, 1]);
  });

  it('reads tab-separated UTF-16 text (a "Unicode text" export)', async () => {
    const text = `\ufeff${HEAD_VI.replace(/;/g, '\t')}\nA1\t00004\tTrực tiếp\t03/11/2025 08:00\t05/11/2025 17:00\t05/11/2025 16:00\n`;
    const r = await aggregateTexts({ 'log.txt': new Uint8Array(Buffer.from(text, 'utf16le')) });
    expect(r.problems).toEqual([]);
    expect(r.figures.find((f) => f.indicator === 'resolved_on_time')?.value).toBe(1);
  });

  it('a file without a due-date column is not read, and says which columns it lacks', async () => {
    const r = await aggregateTexts({ 'log.csv': 'Mã hồ sơ;Đơn vị;Ngày tiếp nhận;Ngày có kết quả\nA1;00004;03/11/2025;\n' });
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'log.csv', line: 1, column: 1, code: 'missing-column' })]);
    expect(r.problems[0].message).toContain('Ngày hẹn trả');
    expect(r.figures).toEqual([]);
  });

  it('the same dossier in two overlapping exports is counted once, from the later file, with a warning on the earlier row', async () => {
    const r = await aggregateTexts({
      'oct-nov.csv': `${HEAD_VI}\nA1;00004;Trực tiếp;03/11/2025;05/11/2025;\nA2;00004;Trực tiếp;04/11/2025;06/11/2025;05/11/2025\n`,
      'nov-dec.csv': `${HEAD_VI}\nA1;00004;Trực tiếp;03/11/2025;05/11/2025;08/12/2025\nA3;00004;Bưu chính;10/12/2025;12/12/2025;11/12/2025\n`,
    });
    expect(r.problems.map((p) => [p.severity, p.file, p.line, p.column, p.code])).toEqual([['warning', 'oct-nov.csv', 2, 1, 'duplicate-dossier']]);
    expect(r.problems[0].message).toContain('nov-dec.csv:2');
    expect(r.counts).toMatchObject({ rows: 4, dossiers: 3, duplicates: 1 });
    const f = (period: string, indicator: string) => r.figures.find((x) => x.period === period && x.indicator === indicator && !x.channel)?.value;
    expect([f('2025-11', 'pending'), f('2025-12', 'resolved_late')]).toEqual([1, 1]);
  });

  it('levels: a unit handled at two levels is broken down by level; an unknown level is a warning and the dossier still counts', async () => {
    const r = await aggregateTexts({
      'log.csv': `${HEAD_VI};Cấp\nA1;00004;Trực tiếp;03/11/2025;05/11/2025;04/11/2025;Xã\nA2;00004;Trực tuyến;03/11/2025;05/11/2025;06/11/2025;cấp tỉnh\nA3;00004;Trực tuyến;03/11/2025;05/11/2025;;Trung ương\n`,
    });
    expect(r.problems.map((p) => [p.severity, p.line, p.column, p.code])).toEqual([['warning', 4, 7, 'unknown-level']]);
    const f = (indicator: string, level: string | null) => r.figures.find((x) => x.period === '2025-11' && x.indicator === indicator && x.level === level && !x.channel)?.value;
    expect([f('received', null), f('received', 'xa'), f('received', 'tinh')]).toEqual([3, 1, 1]);
    expect([f('resolved_early', 'xa'), f('resolved_late', 'tinh')]).toEqual([1, 1]);
    expect(r.figures.some((x) => x.level !== null && x.channel !== null)).toBe(false);
    checkIdentities(r.figures);
  });
});

describe('a synthetic log (the generator), grouped by province', () => {
  it('the generator writes a one-stop export: Vietnamese headers, dd/mm/yyyy with times, real unit codes, marked synthetic', () => {
    const file = join(tmpDir(), 'g.csv');
    const r = generateDossiers(file, { count: 2000, seed: 5 });
    expect(r).toMatchObject({ rows: 2000, provinces: 4 });
    expect(r.units).toBeGreaterThan(200);
    const lines = readFileSync(file, 'utf8').replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('STT;Mã hồ sơ;Mã tỉnh;Tỉnh;Mã đơn vị;Đơn vị;Cấp;Lĩnh vực;Thủ tục;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ghi chú');
    expect(lines).toHaveLength(2001);
    const cells = lines.slice(1).map((l) => l.split(';'));
    expect(cells.every((c) => c[13] === 'dữ liệu giả lập (synthetic)')).toBe(true);
    expect(cells.every((c) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(c[10]) && /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(c[11]))).toBe(true);
    const units = new Set(readFileSync(join(ROOT, 'public/reference/units-2025.csv'), 'utf8').split('\n').map((l) => l.split(',')[0]));
    expect(cells.every((c) => units.has(c[4]) && units.has(c[2]))).toBe(true);
    const share = (test: (c: string[]) => boolean) => cells.filter(test).length / cells.length;
    expect(share((c) => c[9] === 'Trực tuyến')).toBeGreaterThan(0.4);
    expect(share((c) => c[9] === 'Trực tuyến')).toBeLessThan(0.6);
    expect(share((c) => c[12] !== '')).toBeGreaterThan(0.9);
    expect(share((c) => c[12] !== '')).toBeLessThan(0.99);
    // The same seed, the same file.
    const again = join(tmpDir(), 'g.csv');
    generateDossiers(again, { count: 2000, seed: 5 });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('adds up: every identity holds at every unit and province, and a province is the sum of its units', async () => {
    const file = join(tmpDir(), 'g.csv');
    generateDossiers(file, { count: 8000, seed: 11 });
    const r = await run([{ name: 'g.csv', path: file }]);
    expect(r.problems).toEqual([]);
    expect(r.grouped).toBe(true);
    expect(r.periods.map((p) => p.period_key)).toEqual(expect.arrayContaining(['2025-07', '2026-11', '2026-Q2', '2025-Q3']));
    expect(checkIdentities(r.figures)).toBeGreaterThan(1000);
    const sum = new Map<string, number>();
    for (const f of r.figures) if (f.scope === 'unit' && !f.level) sum.set(`${f.province}|${f.period}|${f.indicator}|${f.channel ?? ''}`, (sum.get(`${f.province}|${f.period}|${f.indicator}|${f.channel ?? ''}`) ?? 0) + f.value);
    const provinceRows = r.figures.filter((f) => f.scope === 'province' && !f.level);
    expect(provinceRows.length).toBeGreaterThan(100);
    for (const f of provinceRows) expect(f.value, `${f.unit} ${f.period} ${f.indicator} ${f.channel ?? ''}`).toBe(sum.get(`${f.province}|${f.period}|${f.indicator}|${f.channel ?? ''}`) ?? 0);
    // Flows add up over the months of a quarter; stocks are those of its last (pending) or first (carried over) month.
    const v = (unit: string, period: string, indicator: string) => r.figures.find((f) => f.scope === 'province' && f.unit === unit && f.period === period && f.indicator === indicator && !f.channel && !f.level)?.value ?? 0;
    const p = provinceRows[0].unit;
    const months = ['2026-04', '2026-05', '2026-06'];
    for (const i of ['received_new', 'resolved', 'resolved_early', 'resolved_on_time', 'resolved_late', 'received_online']) expect(v(p, '2026-Q2', i)).toBe(months.reduce((s, m) => s + v(p, m, i), 0));
    expect([v(p, '2026-Q2', 'pending'), v(p, '2026-Q2', 'pending_overdue'), v(p, '2026-Q2', 'carried_over')]).toEqual([v(p, '2026-06', 'pending'), v(p, '2026-06', 'pending_overdue'), v(p, '2026-04', 'carried_over')]);
    expect(v(p, '2026-Q2', 'carried_over')).toBe(v(p, '2026-03', 'pending'));
    // A year only partly covered (2026 ends in November in this log) is not reported as a year.
    expect(r.periods.map((q) => q.period_key)).not.toContain('2026');
  });

  it('writes summary.csv and one file per province, listed by index.json; data:check accepts them (exit 0)', async () => {
    const file = join(tmpDir(), 'g.csv');
    generateDossiers(file, { count: 600, seed: 3, provinces: 2, unitsPerProvince: 4, months: 3 });
    const out = tmpDir();
    const r = cli(['src/cli/aggregate/main.ts', file, '--out', out]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.files).toEqual(['summary.csv']);
    expect(index.generator).toBe('npm run aggregate');
    expect(index.partitions).toHaveLength(2);
    for (const p of index.partitions) expect(p).toEqual({ unit: expect.stringMatching(/^\d{2}$/), files: [`units/${p.unit}.csv`] });
    expect(readdirSync(join(out, 'units')).sort()).toEqual(index.partitions.map((p: { unit: string }) => `${p.unit}.csv`).sort());
    const summary = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
    expect(summary[0]).toBe(HEADER);
    expect(new Set(summary.slice(1).map((l) => l.split(',')[1]))).toEqual(new Set(index.partitions.map((p: { unit: string }) => p.unit)));
    const partition = readFileSync(join(out, index.partitions[0].files[0]), 'utf8').trim().split('\n');
    expect(partition[0]).toBe(HEADER);
    expect(partition.length).toBeGreaterThan(50);
    const check = cli(['src/cli/check.ts', join(out, 'summary.csv'), ...index.partitions.map((p: { files: string[] }) => join(out, p.files[0]))]);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/3 file\(s\), \d+ rows read, \d+ figures; 0 error\(s\), 0 warning\(s\)/);
  });

  it('a new run over an older output removes the files the old index listed, and only those', async () => {
    const out = tmpDir();
    const log = (province: string) => `Mã hồ sơ;Tỉnh;Đơn vị;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả\nA1;${province};00004;03/11/2025;05/11/2025;04/11/2025\n`;
    const first = await aggregateTexts({ 'a.csv': log('Thành phố Hà Nội') }, { out });
    expect(first.index).toEqual({ files: ['summary.csv'], partitions: [{ unit: 'Thành phố Hà Nội', files: ['units/thanh_pho_ha_noi.csv'] }], generator: 'npm run aggregate' });
    expect(readFileSync(join(out, 'summary.csv'), 'utf8').split('\n')[1]).toBe('2025-11,Thành phố Hà Nội,received,1,,,a.csv (npm run aggregate)');
    writeFileSync(join(out, 'notes.txt'), 'kept');
    await aggregateTexts({ 'b.csv': log('01').replace('Tỉnh;', 'Ghi chú;') }, { out });
    expect(readdirSync(out).sort()).toEqual(['index.json', 'notes.txt', 'observations.csv', 'units']);
    expect(readdirSync(join(out, 'units'))).toEqual([]);
  });
});

describe('the command line', () => {
  it('usage errors exit 2; --generate writes a log', () => {
    expect(cli(['src/cli/aggregate/main.ts', FIXTURE]).status).toBe(2); // no --out
    expect(cli(['src/cli/aggregate/main.ts', 'no/such.csv', '--out', tmpDir()]).status).toBe(2);
    expect(cli(['src/cli/aggregate/main.ts', FIXTURE, '--out', tmpDir(), '--bogus']).status).toBe(2);
    const file = join(tmpDir(), 'g.csv');
    const r = cli(['src/cli/aggregate/main.ts', '--generate', '50', '--out', file, '--seed', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote 50 synthetic dossiers/);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(51);
  });
});
