import { describe, expect, it, vi } from 'vitest';
import { figureFlags, flagsOf, problemsAt, problemsOf, rowOfFigure } from './flags';
import { BAC_KAN, GO_QUAO, seeds } from './seeds.testutil';
import { loadFixture, loadTexts } from '../../../test/helpers';
import { assembleModel, computeDataset } from '../model';
import { fromWire, toWire } from '../../data/problemPack';
import { DeferredProblem } from '../../data/deferredProblem';
import { PROBLEM_WRITERS } from '../problemWriters';

describe('figure flags', () => {
  it('Bắc Kạn\'s 74,74% (Q1/2022 online services) is flagged by the implied-total check: the percentages were added, not computed', () => {
    const m = seeds();
    const f = m.figure(BAC_KAN, 'online_service_rate', '2022-Q1')!;
    expect(f.value).toBe(74.74);
    const [p] = problemsOf(m, f);
    expect(p).toMatchObject({ code: 'implied-total-mismatch', severity: 'warning', line: 37 });
    expect(p.message).toContain('the percentages were added, not computed from the counts');
    expect(flagsOf(m, f)).toEqual([{ id: p.id, code: 'implied-total-mismatch', severity: 'warning' }]);
    expect(m.problems.at(Number(p.id.slice(2)))).toMatchObject({ code: 'implied-total-mismatch', line: 37 });
  });

  it('an informational note is found but carries no mark: Gò Quao\'s truncated 94,85%', () => {
    const m = seeds();
    const f = m.figure(GO_QUAO.unit, 'resolution_rate', GO_QUAO.period, { level: 'huyen' })!;
    expect(problemsOf(m, f).map((p) => p.code)).toEqual(['rate-truncated']);
    expect(flagsOf(m, f)).toEqual([]);
  });

  it('a figure\'s flags read only the problems about that figure, not every problem naming its unit (a drill asks for one figure of each of a province\'s hundred communes, which have some thirty notes each)', () => {
    const m = loadFixture('fixtures/seeds');
    const f = m.figure(GO_QUAO.unit, 'resolution_rate', GO_QUAO.period, { level: 'huyen' })!;
    const ref = m.table.ref(rowOfFigure(m, f));
    const about = (i: number) => (m.problems.at(i)!.figures ?? []).some((g) => g.unit === ref.unit && g.period === ref.period && g.indicator === ref.indicator && g.dims === ref.dims);
    const ofUnit = Array.from({ length: m.problems.length }, (_, i) => i).filter((i) => (m.problems.at(i)!.figures ?? []).some((g) => g.unit === ref.unit));
    expect(ofUnit.filter((i) => !about(i)).length).toBeGreaterThan(0);
    const read = vi.spyOn(m.problems, 'at');
    expect(problemsOf(m, f).map((p) => p.code)).toEqual(['rate-truncated']);
    expect(read.mock.calls.map(([i]) => i).filter((i) => !about(i))).toEqual([]);
  });

  it('on the seeds, the two warnings flag exactly their two figures (Gò Quao\'s pending share, Bắc Kạn\'s 74,74%)', () => {
    const m = seeds();
    const flagged = [...figureFlags(m)].filter(([, ps]) => ps.some((p) => p.severity !== 'info')).map(([r]) => m.table.ref(r));
    expect(flagged.sort((a, b) => a.unit.localeCompare(b.unit))).toEqual([
      { unit: BAC_KAN, period: '2022-Q1', indicator: 'online_service_rate', dims: '' },
      { unit: GO_QUAO.unit, period: GO_QUAO.period, indicator: 'pending_share', dims: 'level=huyen' },
    ]);
  });

  it('found unit by unit as figures are asked for, in any order, they are those found all at once (both kinds of problem)', () => {
    for (const dir of ['fixtures/seeds', 'fixtures/checks/flow-mismatch', 'fixtures/bad/text-in-count']) {
      const whole = figureFlags(loadFixture(dir));
      const asked = loadFixture(dir);
      const rows = Array.from({ length: asked.table.size }, (_, r) => asked.table.size - 1 - r);
      const one = new Map(rows.map((r) => [r, problemsAt(asked, r).map((p) => p.id)] as const).filter(([, ids]) => ids.length > 0));
      expect(one, dir).toEqual(new Map([...whole].map(([r, ps]) => [r, ps.map((p) => p.id)])));
      expect(one.size, dir).toBeGreaterThan(0);
    }
  });

  it('a flow check flags the total and its parts; a problem in reading a row flags the figure read from it', () => {
    const m = loadTexts({
      'observations.csv': 'period,unit,indicator,value,qualifier\n2024,A,received,100,\n2024,A,resolved,80,\n2024,A,pending,30,\n2024,A,satisfaction_rate,"hơn 90",<\n',
    });
    const codes = (ind: string) => flagsOf(m, m.figure('A', ind, '2024')!).map((f) => f.code);
    expect(codes('received')).toEqual(['flow-mismatch']);
    expect(codes('resolved')).toEqual(['flow-mismatch']);
    expect(codes('pending')).toEqual(['flow-mismatch']);
    expect(codes('satisfaction_rate')).toEqual(['qualifier-conflict']);
  });

  it('the same once the problems have crossed from the worker packed (the notes read their units from the packed lists)', () => {
    for (const dir of ['fixtures/seeds', 'fixtures/checks/flow-mismatch', 'fixtures/bad/text-in-count']) {
      const m = loadFixture(dir);
      const raw = { ...m.raw, observations: m.raw.observations!, problems: [...m.raw.problems] };
      const computed = computeDataset(raw);
      const crossed = assembleModel(raw, { ...computed, problems: fromWire(structuredClone(toWire(computed.problems)), PROBLEM_WRITERS) });
      const ids = (flags: ReturnType<typeof figureFlags>) => new Map([...flags].map(([r, ps]) => [r, ps.map((p) => p.id)]));
      expect(ids(figureFlags(crossed)), dir).toEqual(ids(figureFlags(m)));
      if (dir === 'fixtures/seeds') expect(crossed.problems.filter((p) => p instanceof DeferredProblem && p.figures.length > 0).length).toBeGreaterThan(5);
    }
  });
});
