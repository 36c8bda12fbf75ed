// `npm run gen:data`: the synthetic dataset passes the reform office's checker, its dossier
// flows add up exactly in the rows as written, and it says everywhere that it is synthetic.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, percent2 } from '../src/cli/genData';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'cchc-gen-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

type Row = Record<string, string>;

function rows(file: string): Row[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const names = header.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}

describe('gen:data', () => {
  const dir = join(TMP, 'g5k');
  const summary = generate({ rows: 5000, out: dir, seed: 3 });

  it('writes about N rows, a targets file and an index.json that says it is synthetic', () => {
    expect(summary.rows).toBeGreaterThan(4000);
    expect(summary.rows).toBeLessThan(6000);
    expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).toEqual({ files: ['observations.csv', 'targets.csv'], synthetic: true, generator: 'npm run gen:data -- --rows 5000 --seed 3' });
    const obs = rows(join(dir, 'observations.csv'));
    expect(obs).toHaveLength(summary.rows);
    expect(new Set(obs.map((r) => r.source))).toEqual(new Set(['SYNTHETIC — npm run gen:data (seed 3)']));
    expect(obs.filter((r) => r.level === 'xa').every((r) => /^\d{5}$/.test(r.unit))).toBe(true);
    expect(rows(join(dir, 'targets.csv')).some((t) => t.indicator === 'on_time_rate' && t.op === '>=' && t.value === '95')).toBe(true);
  });

  it('passes data:check: exit 0, no error, no warning', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/check.ts', dir, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; problems: { severity: string; code: string; message: string }[] };
    expect(report.ok).toBe(true);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // Infos: the units found among the built-in ones, and printed rates rounded from their counts.
    expect([...new Set(report.problems.map((p) => p.code))].sort()).toEqual(['builtin-units', 'rate-rounded']);
  });

  it('the dossier flows add up exactly in the rows as written, month after month', () => {
    const obs = rows(join(dir, 'observations.csv'));
    const cells = new Map<string, Map<string, Row>>();
    for (const r of obs) {
      const k = `${r.unit}|${r.level}|${r.channel}|${r.period}`;
      if (!cells.has(k)) cells.set(k, new Map());
      cells.get(k)!.set(r.indicator, r);
    }
    let checked = 0;
    for (const [k, by] of cells) {
      const n = (id: string) => Number(by.get(id)!.value);
      if (!by.has('received') || !by.has('pending')) continue;
      expect(n('received'), k).toBe(n('received_new') + n('carried_over'));
      expect(n('received'), k).toBe(n('resolved') + n('pending'));
      expect(n('resolved'), k).toBe(n('resolved_early') + n('resolved_on_time') + n('resolved_late'));
      const rate = by.get('on_time_rate')!;
      expect([Number(rate.numerator), Number(rate.denominator)], k).toEqual([n('resolved_early') + n('resolved_on_time'), n('resolved')]);
      expect(rate.value, k).toMatch(/^\d+\.\d\d$/);
      expect(Math.abs(Number(rate.value) - (100 * Number(rate.numerator)) / Number(rate.denominator)), k).toBeLessThanOrEqual(0.005 + 1e-9);
      // Carried over this month = pending at the end of the previous one.
      const [unit, level, channel, period] = k.split('|');
      const [y, m] = period.split('-').map(Number);
      const prev = cells.get(`${unit}|${level}|${channel}|${m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`}`);
      if (prev) expect(n('carried_over'), k).toBe(Number(prev.get('pending')!.value));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
    // The province's channels add up to its whole intake.
    const channels = obs.filter((r) => r.indicator === 'received_new' && r.level === '');
    for (const total of channels.filter((r) => r.channel === '')) {
      const parts = channels.filter((r) => r.unit === total.unit && r.period === total.period && r.channel !== '');
      expect(parts.map((p) => p.channel).sort()).toEqual(['buu_chinh', 'truc_tiep', 'truc_tuyen']);
      expect(parts.reduce((s, p) => s + Number(p.value), 0)).toBe(Number(total.value));
    }
  });

  it('rounds printed rates half up from the counts', () => {
    expect(percent2(1, 8)).toBe('12.50');
    expect(percent2(1, 3)).toBe('33.33');
    expect(percent2(2, 3)).toBe('66.67');
    expect(percent2(12345, 100000)).toBe('12.35');
    expect(percent2(7834, 7834)).toBe('100.00');
  });

  it('is deterministic for a seed, and --partition writes the same rows as a summary and one file per province', () => {
    const again = join(TMP, 'again');
    generate({ rows: 5000, out: again, seed: 3 });
    expect(readFileSync(join(again, 'observations.csv'), 'utf8') === readFileSync(join(dir, 'observations.csv'), 'utf8')).toBe(true);
    const parted = join(TMP, 'parted');
    const s = generate({ rows: 5000, out: parted, seed: 3, partition: true });
    expect(s.rows).toBe(summary.rows);
    const index = JSON.parse(readFileSync(join(parted, 'index.json'), 'utf8'));
    expect(index).toEqual({ files: ['summary.csv', 'targets.csv'], partitions: [{ unit: '24', files: ['provinces/24.csv'] }], synthetic: true, generator: 'npm run gen:data -- --rows 5000 --seed 3 --partition' });
    expect(readdirSync(join(parted, 'provinces'))).toEqual(['24.csv']);
    const whole = readFileSync(join(dir, 'observations.csv'), 'utf8').trimEnd().split('\n').slice(1).sort();
    const split = [...readFileSync(join(parted, 'summary.csv'), 'utf8').trimEnd().split('\n').slice(1), ...readFileSync(join(parted, 'provinces/24.csv'), 'utf8').trimEnd().split('\n').slice(1)].sort();
    expect(split.join('\n') === whole.join('\n')).toBe(true);
    expect(rows(join(parted, 'provinces/24.csv')).every((r) => r.level === 'xa')).toBe(true);
  });
});
