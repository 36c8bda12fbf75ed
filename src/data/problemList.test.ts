// A list of problems reads the same whether it holds an array (the worker, the command line) or the
// packed lists the page is sent; on the page, what the views ask of every problem is read without
// making one.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/helpers';
import { PROBLEM_WRITERS } from '../model/problemWriters';
import { ProblemList, type ProblemSource } from './problemList';
import { packProblems, packedSource } from './problemPack';
import type { Problem } from './types';

const fixtureProblems = () => [...readdirSync('fixtures/bad').map((d) => `fixtures/bad/${d}`), 'fixtures/seeds', 'fixtures/checks'].flatMap((dir) => loadFixture(dir).problems.toArray());
const packed = (ps: Problem[]) => packedSource(structuredClone(packProblems(ps)), PROBLEM_WRITERS);

/** A source that counts the problems it makes. */
function counting(source: ProblemSource): { source: ProblemSource; made: () => number } {
  let made = 0;
  return { source: { ...source, length: source.length, at: (i) => { made++; return source.at(i); } }, made: () => made };
}

const units = (list: ProblemList, i: number) => {
  const out: [string, number][] = [];
  const named = list.eachFigureUnitAt(i, (unit, j) => out.push([unit, j]));
  return { named, out };
};

describe('ProblemList', () => {
  const problems = fixtureProblems();
  const lists = { array: ProblemList.from(problems), packed: new ProblemList(packed(problems)) };

  it('has the fixtures\' problems both ways (bad fixtures, seeds, checks): some with figures, some about a cell', () => {
    expect(problems.length).toBeGreaterThan(50);
    expect(problems.some((p) => p.figures && p.figures.length > 0)).toBe(true);
    expect(problems.some((p) => !p.figures)).toBe(true);
  });

  for (const [way, list] of Object.entries(lists)) {
    it(`${way}: problem i, its severity, its figures and their units, as the problems have them`, () => {
      expect(list.length).toBe(problems.length);
      problems.forEach((p, i) => {
        expect(list.at(i)).toStrictEqual(p);
        expect(list.at(i)!.message).toBe(p.message);
        expect(list.severityAt(i)).toBe(p.severity);
        expect(units(list, i)).toEqual({ named: p.figures !== undefined, out: (p.figures ?? []).map((f, j) => [f.unit, j]) });
        (p.figures ?? []).forEach((f, j) => expect(list.figureAt(i, j)).toStrictEqual(f));
        expect(list.figureAt(i, p.figures?.length ?? 0)).toBeUndefined();
      });
      expect(list.at(-1)).toBeUndefined();
      expect(list.at(problems.length)).toBeUndefined();
    });

    it(`${way}: reads like an array: in order, filtered, found, mapped, and as JSON`, () => {
      expect([...list].map((p) => p.message)).toEqual(problems.map((p) => p.message));
      expect(list.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(problems.filter((p) => p.severity === 'error').map((p) => p.message));
      expect(list.findIndex((p) => p.code === 'rate-rounded')).toBe(problems.findIndex((p) => p.code === 'rate-rounded'));
      expect(list.find((p) => p.code === 'no-such-code')).toBeUndefined();
      expect(list.some((p) => p.severity === 'info')).toBe(problems.some((p) => p.severity === 'info'));
      expect(list.map((p, i) => `${i}:${p.line}`)).toEqual(problems.map((p, i) => `${i}:${p.line}`));
      const seen: number[] = [];
      list.forEach((_, i) => seen.push(i));
      expect(seen).toEqual(problems.map((_, i) => i));
      expect(JSON.parse(JSON.stringify(list))).toEqual(JSON.parse(JSON.stringify(problems)));
    });
  }

  it('packed: severities, figures and their units are read without making a problem', () => {
    const { source, made } = counting(packed(problems));
    const list = new ProblemList(source);
    for (let i = 0; i < list.length; i++) {
      list.severityAt(i);
      list.eachFigureUnitAt(i, () => {});
      list.figureAt(i, 0);
    }
    expect(made()).toBe(0);
    list.at(0);
    expect(made()).toBe(1);
  });

  it('packed: a problem asked for twice is made twice, equal each time', () => {
    const list = lists.packed;
    const i = problems.findIndex((p) => p.code === 'rate-rounded');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(list.at(i)).not.toBe(list.at(i));
    expect(list.at(i)).toStrictEqual(list.at(i));
  });

  it('from: a list is itself; an array is read, not copied', () => {
    expect(ProblemList.from(lists.packed)).toBe(lists.packed);
    const ps: Problem[] = [{ severity: 'error', file: 'a.csv', line: 2, column: 1, code: 'x', message: 'y' }];
    expect(ProblemList.from(ps).at(0)).toBe(ps[0]);
  });
});
