// On the page the problems stay packed as the worker sent them (data/problemList.ts): the views
// make a problem only when they show it or link to it. Here a synthetic province's problems (a note
// on each printed rate that was rounded: thousands of them) cross as they do to the page, in a
// list that counts the problems it makes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/helpers';
import { generate } from '../../cli/genData';
import { assembleModel, computeDataset } from '../model';
import { packedSource, toWire } from '../../data/problemPack';
import { ProblemList } from '../../data/problemList';
import type { Problem } from '../../data/types';
import { PROBLEM_WRITERS } from '../problemWriters';
import { loadSummary, severityCounts, unusableReason } from './quality';
import { qualityList } from './qualityList';
import { problemsAt } from './flags';
import { kpiView } from './kpis';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'problems-on-page-'));
  generate({ rows: 20_000, out: dir, seed: 3 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function crossed() {
  const m = loadFixture(dir);
  const raw = { ...m.raw, observations: m.raw.observations!, problems: [...m.raw.problems] };
  const computed = computeDataset(raw);
  const wire = structuredClone(toWire(computed.problems));
  if (!('packed' in wire)) throw new Error('the seeds\' problems pack');
  const source = packedSource(wire.packed, PROBLEM_WRITERS);
  const made: number[] = [];
  const list = new ProblemList({ ...source, length: source.length, at: (i) => { made.push(i); return source.at(i); } });
  return { model: assembleModel(raw, { ...computed, problems: list }), problems: computed.problems, made };
}

const about = (problems: Problem[], pick: (p: Problem) => boolean) => problems.flatMap((p, i) => (pick(p) ? [i] : []));

describe('the views on the page make only the problems they show', () => {
  it('the province has problems to make: a thousand and more, most of them notes that name their figures', () => {
    const { problems } = crossed();
    expect(problems.length).toBeGreaterThan(1000);
    expect(about(problems, (p) => p.code === 'rate-rounded').length).toBeGreaterThan(problems.length / 2);
  });

  it('the load\'s summary and the counts by severity: the summary\'s first problems only', () => {
    const { model, problems, made } = crossed();
    const summary = loadSummary(model);
    expect(summary.counts).toEqual({ error: 0, warning: 0, info: 0, ...Object.fromEntries(['error', 'warning', 'info'].map((s) => [s, problems.filter((p) => p.severity === s).length])) });
    expect(severityCounts(model)).toEqual(summary.counts);
    expect(unusableReason(model)).toBeNull();
    const firstWarnings = about(problems, (p) => p.severity === 'error').concat(about(problems, (p) => p.severity === 'warning')).slice(0, 3);
    expect(summary.first.map((q) => q.id)).toEqual(firstWarnings.map((i) => `q-${i}`));
    expect(made).toEqual(firstWarnings);
  });

  it('the quality panel\'s list by severity: only the entries it shows', () => {
    const { model, problems, made } = crossed();
    const notes = qualityList(model, 'info');
    expect(notes.size).toBe(problems.filter((p) => p.severity === 'info').length);
    expect(made).toEqual([]);
    expect(notes.first(5).map((q) => q.message)).toEqual(problems.filter((p) => p.severity === 'info').slice(0, 5).map((p) => p.message));
    expect(made).toEqual(about(problems, (p) => p.severity === 'info').slice(0, 5));
  });

  it('a commune\'s KPI cards and their marks: the problems about a cell, and the notes naming the commune\'s figures', () => {
    const { model, problems, made } = crossed();
    const note = problems.find((p) => p.code === 'rate-rounded')!;
    const { unit, period, dims } = note.figures![0];
    // A commune's figures are at its level (`level=xa`): its cards are of that level.
    expect(dims).toBe('level=xa');
    const view = kpiView(model, unit, period, 'xa');
    expect(view.cards.length).toBeGreaterThan(0);
    // The note is found about its figure: it is made.
    const t = model.table;
    const f = note.figures![0];
    const row = t.find(t.units.find(f.unit)!, t.periods.find(f.period)!, t.indicators.find(f.indicator)!, t.dimSets.find(f.dims)!);
    expect(problemsAt(model, row).map((q) => q.id)).toContain(`q-${problems.indexOf(note)}`);
    expect(made).toContain(problems.indexOf(note));
    // Problems about a cell are found by their place, once; those naming figures, by their units.
    const cells = about(problems, (p) => p.figures === undefined);
    const named = about(problems, (p) => (p.figures ?? []).some((f) => f.unit === unit));
    expect(named).toContain(problems.indexOf(note));
    expect(named.length + cells.length).toBeLessThan(problems.length / 20);
    for (const i of made) expect(cells.includes(i) || named.includes(i)).toBe(true);
    // Each made once: the entries are kept (quality.ts).
    expect(made.length).toBe(new Set(made).size);
    expect(problemsAt(model, -1)).toEqual([]);
  });
});
