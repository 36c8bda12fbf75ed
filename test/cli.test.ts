// data:check as the reform office runs it: the built-in units, --today, and --rank.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('data:check with Vietnam\'s built-in units', () => {
  it('--rank prints the ranking of a provinces-only table named by name: all 63 provinces under Cả nước', () => {
    const r = cli(['--rank', 'fixtures/units/provinces-by-name']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('par_index, 2023: the units under Cả nước (VN)'));
    expect(head).toBeGreaterThan(0);
    const ranked = lines.slice(head + 1, head + 64);
    expect(ranked.map((l) => l.trim().split(/\s+/)[0])).toEqual(Array.from({ length: 63 }, (_, i) => String(i + 1)));
    expect(ranked.join('\n')).toContain('Thành phố Hồ Chí Minh');
    expect(ranked.join('\n')).toMatch(/Tỉnh Bắc Giang\s+[\d,]+\s+\[24\.pre2025\]/);
  });

  it('--today adds 2023 figures of old provinces up under today\'s, and says which it moved and where', () => {
    const r = cli(['--json', '--today=2026-12-01', 'fixtures/units/codes-across-2025']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    const value = (unit: string, indicator: string, period = '2023') => report.values.find((v: { unit: string; indicator: string; period: string; dims: object }) => v.unit === unit && v.indicator === indicator && v.period === period && Object.keys(v.dims).length === 0);
    expect(value('24', 'received')).toMatchObject({ value: 27_000, derived: true });
    expect(value('91', 'received')).toMatchObject({ value: 50_000, derived: true });
    expect(value('91', 'resolution_rate')).toMatchObject({ value: 96.8, numerator: 48_400, denominator: 50_000 });
    expect(value('24', 'par_index')).toBeUndefined();
    expect(report.problems.filter((p: { code: string }) => p.code === 'unit-moved').map((p: { message: string }) => p.message.split(':')[0]))
      .toEqual(['Tỉnh Bắc Giang (24.pre2025) ended on 30/6/2025', 'Tỉnh Bắc Ninh (27) ended on 30/6/2025', 'Tỉnh Kiên Giang (91.pre2025) ended on 30/6/2025', 'Tỉnh An Giang (89) ended on 30/6/2025']);
  });

  it('an ambiguous name is an error line naming the candidates, and the exit code says so', () => {
    const r = cli(['fixtures/units/ambiguous-name']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^fixtures\/units\/ambiguous-name\/observations\.csv:2:2: error: "Huyện Châu Thành" \(before 1\/7\/2025\) names 10 units: .*Tỉnh An Giang/m);
  });

  it('a printed rate\'s note, written only when read, is written whole in --json and in the lines', () => {
    const text = 'Sở Tư pháp online_dossier_rate 2022-01-01/2022-05-31: printed 82,6% and 1.280 / 1.550 = 82,58%: rounded to one decimal';
    const json = JSON.parse(cli(['--json', 'fixtures/seeds']).stdout);
    expect(json.problems.filter((p: { line: number; code: string }) => p.code === 'rate-rounded' && p.line === 47))
      .toEqual([{ severity: 'info', file: 'fixtures/seeds/observations.csv', line: 47, column: 4, code: 'rate-rounded', message: text }]);
    expect(cli(['fixtures/seeds']).stdout).toContain(`fixtures/seeds/observations.csv:47:4: info: ${text}\n`);
  });

  it('an unknown option is a usage error', () => {
    expect(cli(['--ranking', 'fixtures/seeds']).status).toBe(2);
  });
});
