// Malformed datasets under fixtures/bad/<case>/ (data:check exits 1 on each) and datasets that
// load but fail a consistency check under fixtures/checks/<case>/ (warnings: exit 0). Each folder holds the bad file(s), at least two
// good rows, and expected.json saying which problems MUST be reported (more may be) and which
// rows MUST still load. Checked twice: in-process through loadDataset (as the web app's worker
// does) and through the real data:check command line.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../src/model/load';
import { checkReport, type CheckReport } from '../src/cli/report';
import type { InputFile, Problem, Severity } from '../src/data/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');

interface ExpectedProblem {
  severity: Severity;
  file: string;
  line: number;
  column: number;
  code: string;
  /** Optional: a piece of text the message must contain. */
  messageIncludes?: string;
}

interface KeptRow {
  file: string;
  line: number;
  unit: string;
  /** Canonical period key. */
  period: string;
  indicator: string;
  /** The figure as printed (for a count, also the figure shown). */
  value: number;
  dims?: Record<string, string>;
}

interface Expected {
  note?: string;
  exit: number;
  /** Exact number of rows in model.raw.observations!. */
  observations: number;
  problems: ExpectedProblem[];
  kept: KeptRow[];
}

/** Cases as `bad/<name>` or `checks/<name>`. */
const cases = ['bad', 'checks'].flatMap((group) => readdirSync(join(FIXTURES, group), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `${group}/${d.name}`)
  .sort());

/** The dataset files of a case, named relative to the repo root as data:check names them. */
function datasetFiles(name: string): InputFile[] {
  const dir = join(FIXTURES, name);
  return readdirSync(dir)
    .filter((f) => /\.(csv|tsv|txt|json)$/i.test(f) && f !== 'expected.json')
    .sort()
    .map((f) => ({ name: relative(ROOT, join(dir, f)), content: new Uint8Array(readFileSync(join(dir, f))) }));
}

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
}

const show = (p: Pick<Problem, 'severity' | 'file' | 'line' | 'column' | 'code'>) => `${p.file}:${p.line}:${p.column}: ${p.severity} [${p.code}]`;

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sameDims = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>> = {}) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

describe('fixtures/bad and fixtures/checks', () => {
  it('has the required cases, each with an expectation and at least two good rows', () => {
    for (const required of [
      'bad/broken-quote', 'bad/wrong-delimiter', 'bad/unknown-indicator', 'bad/unknown-unit', 'bad/text-in-count', 'bad/negative-count',
      'bad/rate-over-100', 'bad/conflicting-duplicate', 'bad/bad-period', 'bad/empty-file', 'bad/binary-file', 'bad/ambiguous-number',
      'bad/missing-column', 'bad/json-syntax', 'checks/flow-mismatch', 'checks/rate-mismatch', 'checks/parts-exceed-total',
    ]) expect(cases).toContain(required);
    for (const name of cases) {
      const e = expectedOf(name);
      // Every malformed dataset fails the check; a dataset with only warnings passes it.
      expect(e.exit, name).toBe(name.startsWith('bad/') ? 1 : 0);
      expect(e.problems.length, name).toBeGreaterThan(0);
      expect(e.kept.length, name).toBeGreaterThanOrEqual(2);
    }
  });

  describe.each(cases)('%s', (name) => {
    const expected = expectedOf(name);

    it('loadDataset reports every expected problem and keeps the good rows', () => {
      const files = datasetFiles(name);
      const model = loadDataset(files);
      const got = model.problems;
      for (const e of expected.problems) {
        const hit = got.find((p) => p.severity === e.severity && p.file === e.file && p.line === e.line && p.column === e.column && p.code === e.code);
        expect(hit, `missing ${show(e)}; got:\n${got.map(show).join('\n')}`).toBeDefined();
        if (e.messageIncludes) expect(hit!.message).toContain(e.messageIncludes);
      }
      // Every problem is pinned to a place in a file that was read.
      for (const p of got) {
        expect(files.map((f) => f.name), show(p)).toContain(p.file);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.message.length).toBeGreaterThan(0);
      }

      const obs = model.raw.observations!.rows();
      expect(obs.length, obs.map((o) => `${o.origin.file}:${o.origin.line}`).join(', ')).toBe(expected.observations);
      const report: CheckReport = checkReport(model);
      for (const k of expected.kept) {
        const o = obs.find((x) => x.origin.file === k.file && x.origin.line === k.line);
        expect(o, `row ${k.file}:${k.line} was not kept`).toBeDefined();
        expect({ unit: o!.unit, period: o!.period.key, indicator: o!.indicator, value: o!.value, dims: o!.dims })
          .toEqual({ unit: k.unit, period: k.period, indicator: k.indicator, value: k.value, dims: k.dims ?? {} });
        // And the figure reaches the --json `values` (the same report data:check prints).
        const v = report.values.find((x) => x.unit === k.unit && x.period === k.period && x.indicator === k.indicator && sameDims(x.dims, k.dims));
        expect(v, `no value for ${k.unit} ${k.period} ${k.indicator}`).toBeDefined();
        expect(v!.published).toBe(k.value);
      }
      expect(report.ok).toBe(expected.exit === 0);
    });

    it('data:check exits as expected and prints the first expected problem as file:line:column', () => {
      const r = cli([relative(ROOT, join(FIXTURES, name))]);
      expect(r.status, r.stderr).toBe(expected.exit);
      const first = expected.problems.find((p) => p.severity === 'error') ?? expected.problems[0];
      expect(r.stdout).toContain(`${first.file}:${first.line}:${first.column}: ${first.severity}:`);
      // data:check reads every .json in a folder, expected.json too: it must not add findings of its own.
      expect(r.stdout).not.toMatch(/expected\.json:\d+:\d+: (error|warning):/);
    });
  });
});

describe('data:check usage and success', () => {
  it('exits 2 without a path', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage:');
    expect(r.stdout).toBe('');
  });

  it('exits 2 on an unknown option', () => {
    const r = cli(['--frobnicate', 'fixtures/seeds']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --frobnicate');
  });

  it('exits 2 on a path that does not exist', () => {
    const r = cli(['fixtures/no-such-folder']);
    expect(r.status).toBe(2);
  });

  it('exits 0 on fixtures/seeds and prints {ok: true, problems, values} with --json', () => {
    const r = cli(['--json', 'fixtures/seeds']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.ok).toBe(true);
    expect(Array.isArray(report.problems)).toBe(true);
    expect(report.problems.every((p) => p.severity !== 'error')).toBe(true);
    expect(report.values.length).toBeGreaterThan(0);
    for (const v of report.values) {
      expect(Object.keys(v).sort()).toEqual(['denominator', 'derived', 'dims', 'indicator', 'numerator', 'period', 'published', 'qualifier', 'unit', 'value']);
    }
    // A figure printed in the seeds, as the contract shows it: the rate from its counts, the print kept.
    const quevo = report.values.find((v) => v.unit === '259' && v.indicator === 'resolution_rate' && v.period === '2020-07-01/2023-06-30' && v.dims.level === 'huyen');
    expect(quevo).toMatchObject({ numerator: 132410, denominator: 133555, published: 99.14, derived: false });
  });

  it('--today shows old units\' figures under today\'s units; a malformed date exits 2', () => {
    const r = cli(['--json', '--today=2026-01-01', 'fixtures/today']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.values.find((v) => v.unit === '19-2025' && v.period === '2024' && v.indicator === 'received')).toMatchObject({ value: 40000, derived: true });
    const plain = JSON.parse(cli(['--json', 'fixtures/today']).stdout) as CheckReport;
    expect(plain.values.some((v) => v.unit === '19-2025' && v.period === '2024')).toBe(false);
    expect(cli(['--today=yesterday', 'fixtures/today']).status).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------
// Reader/model bugs found while building these fixtures, each now fixed: every test states the
// correct behaviour (the comments describe the bug as it was found).
// ---------------------------------------------------------------------------------------------
describe('bugs found by these tests, fixed', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  // BUG src/data/records.ts:203 `QUALIFIERS[fold(t)]` looks the cell up on a plain object, so
  // `constructor` (or `__proto__`) finds Object.prototype members: the observation's qualifier
  // becomes the function Object, and `--json` silently drops the `qualifier` key of that value.
  it('a qualifier cell "constructor" is reported, not taken as the qualifier', () => {
    const model = loadDataset([{ name: 'observations.csv', content: enc('period;unit;indicator;value;qualifier\n2022;A;received;1200;constructor\n2022;A;resolved;1100;\n') }]);
    const o = model.raw.observations!.rows().find((x) => x.origin.line === 2);
    expect(['=', '>', '<', '~']).toContain(o?.qualifier);
    expect(model.problems.some((p) => p.code === 'bad-qualifier' && p.line === 2)).toBe(true);
  });

  // BUG src/data/records.ts:75 `UNIT_TYPES[fold(typeText)]`: the same for a unit type.
  it('a unit type "constructor" is reported, not taken as the type', () => {
    const model = loadDataset([
      { name: 'units.csv', content: enc('code;name;type;parent\nA;Huyện A;constructor;\nB;Huyện B;district;\n') },
      { name: 'observations.csv', content: enc('period;unit;indicator;value\n2022;A;received;1200\n2022;B;received;900\n') },
    ]);
    const u = model.raw.units.find((x) => x.code === 'A');
    expect(['province', 'district', 'commune', 'agency', 'other']).toContain(u?.type);
  });

  // BUG src/data/records.ts:300 `OPS[opText]` (not even folded): `valueOf`, `toString`,
  // `constructor`, `hasOwnProperty` are accepted as a target operator and become functions.
  it('a target operator "valueOf" is reported as bad-op', () => {
    const model = loadDataset([
      { name: 'observations.csv', content: enc('period;unit;indicator;value\n2022;A;received;1200\n2022;A;resolved;1100\n') },
      { name: 'targets.csv', content: enc('plan;period;unit;indicator;op;value\nKH;2022;A;resolution_rate;valueOf;95\n') },
    ]);
    expect(model.problems.some((p) => p.code === 'bad-op')).toBe(true);
    expect(model.raw.targets.every((t) => ['>=', '<=', '='].includes(t.op))).toBe(true);
  });

  // BUG src/data/read.ts:114 (`files.length > 0`) with src/cli/check.ts filesOf: a folder with no
  // data file at all (a wrong path, a folder of .xlsx) passes the check with exit 0 and
  // "0 file(s)"; the contract says observations.csv is required.
  it('data:check on a folder with no data file exits 1, not 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-empty-'));
    try {
      expect(cli([dir]).status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // BUG src/data/read.ts:27,102 + src/data/number.ts:81 detectNumberStyle: the file's number style
  // is taken from every value cell, whatever the indicator, and one English-looking cell decides
  // it. A single `80.1` rate in a Vietnamese file flips the file to "en": `12.345` and `1.500`
  // dossiers become fractional-count errors, and `2.000` dossiers is SILENTLY read as 2 (no problem
  // on that row). number.ts's own rule is "a figure is never guessed silently".
  it('one English-looking rate does not silently turn 2.000 dossiers into 2', () => {
    const text = 'period;unit;indicator;value\n2022;A;received;2.000\n2022;A;resolved;1.500\n2022;B;received;12.345\n2022;A;on_time_rate;80.1\n';
    const model = loadDataset([{ name: 'observations.csv', content: enc(text) }]);
    const row2 = model.raw.observations!.rows().find((o) => o.origin.line === 2);
    const flagged = model.problems.some((p) => p.line === 2 && p.severity !== 'info');
    expect(row2?.value === 2000 || flagged).toBe(true);
  });

  // BUG src/data/csv.ts:92-120 (parseCsv hands papaparse's verdict through unchecked). An unclosed
  // quote that a later stray quote happens to close cleanly (the stray quote ends a line, or is
  // followed by the delimiter) turns every row in between into the text of one cell. The rows are
  // lost with NO problem at all (data:check exits 0). Strictly it is valid CSV, but a cell holding
  // newline-separated lines that split into header-wide rows is never what a province meant.
  // DESIGN: "never loses the good rows: each problem is a message naming the file, line and column".
  const swallowing = 'period;unit;indicator;value;note\n2022;A;received;1;x\n2022;A;resolved;2;"open\n2022;B;received;3;good\n2022;B;resolved;4;oops"\n2023;B;received;6;good\n';
  it('a quote that swallows whole rows into one cell is reported', () => {
    const model = loadDataset([{ name: 'observations.csv', content: enc(swallowing) }]);
    expect(model.problems.some((p) => p.line === 3 && (p.severity === 'error' || p.severity === 'warning'))).toBe(true);
  });
  it('the good rows a stray quote swallowed are kept', () => {
    const model = loadDataset([{ name: 'observations.csv', content: enc(swallowing) }]);
    expect(model.raw.observations!.rows().map((o) => o.origin.line)).toEqual(expect.arrayContaining([2, 4, 6]));
  });
});
