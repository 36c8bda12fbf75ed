// model.series on a generated province (months, quarters and years; levels and channels): the model
// keeps a unit's rows of an indicator once grouped, so its answers are held to those of a plain pass
// over all the figures, on a fresh model asked in one order and on another asked in the reverse. The
// file's lines come newest first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../src/cli/genData';
import type { Figure } from '../src/model/figure';
import { loadFixture } from './helpers';

const DIR = mkdtempSync(join(tmpdir(), 'cchc-series-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

type Question = [unit: string, indicator: string, dims: Readonly<Record<string, string>>, kind: 'year' | 'quarter' | 'month' | undefined];

describe('model.series', () => {
  it('a unit\'s figures of one indicator and dimension set (and kind), oldest first, whatever was asked before', () => {
    generate({ rows: 20_000, out: DIR, seed: 5 });
    // Its lines newest first, as a file may come: the model must put each series in order itself.
    const [header, ...lines] = readFileSync(join(DIR, 'observations.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(DIR, 'observations.csv'), `${[header, ...lines.reverse()].join('\n')}\n`);
    const base = loadFixture(DIR);
    const key = (u: string, i: string, dims: Readonly<Record<string, string>>) => `${u}|${i}|${JSON.stringify(Object.entries(dims).sort())}`;
    const plain = new Map<string, { q: Question; figures: Figure[] }>();
    for (const f of base.figures()) {
      const k = key(f.unit, f.indicator, f.dims);
      const group = plain.get(k) ?? { q: [f.unit, f.indicator, f.dims, undefined], figures: [] };
      group.figures.push(f);
      plain.set(k, group);
    }
    const byPeriod = (a: Figure, b: Figure) => (a.period.end !== b.period.end ? (a.period.end < b.period.end ? -1 : 1) : a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0);
    const questions: Question[] = [];
    for (const { q } of plain.values()) for (const kind of [undefined, 'year', 'quarter', 'month'] as const) questions.push([q[0], q[1], q[2], kind]);
    // And series the dataset does not have: a unit without that indicator, a level it never has.
    questions.push([base.table.units.values[1], 'no_such_indicator', {}, undefined], [base.table.units.values[2], 'received', { level: 'no_such_level' }, undefined]);
    const text = (fs: readonly Figure[]) => fs.map((f) => `${f.period.key}=${f.value}`);
    const expected = questions.map(([u, i, dims, kind]) => text([...(plain.get(key(u, i, dims))?.figures ?? [])].filter((f) => !kind || f.period.kind === kind).sort(byPeriod)));
    expect(expected.filter((e) => e.length >= 10).length).toBeGreaterThan(500);
    expect(new Set(questions.map((q) => q[0])).size).toBeGreaterThan(90);

    const forward = loadFixture(DIR);
    expect(questions.map((q) => text(forward.series(...q)))).toEqual(expected);
    const backward = loadFixture(DIR);
    expect(questions.map((_, n) => text(backward.series(...questions[questions.length - 1 - n]))).reverse()).toEqual(expected);
  });
});
