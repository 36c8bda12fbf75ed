// Problems packed for the worker's reply and for IndexedDB read back as they were: every field, the
// order, `figures` absent, empty or full; anything a Problem does not have is sent unpacked.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadFixture } from '../../test/helpers';
import { copiedProblems, fromWire, packable, packProblems, packedSource, problemBuffers, toWire, type PackedProblems } from './problemPack';
import { ProblemList } from './problemList';
import type { MessageWriters } from './deferredProblem';
import type { Problem } from './types';
import { PROBLEM_WRITERS } from '../model/problemWriters';
import { DeferredProblem, plainProblem } from './deferredProblem';

// The fixtures' printed-rate notes are deferred problems: unpacked with the model's writers.
// Every problem packed, made again (as the page's list makes one when asked).
const unpackProblems = (packed: PackedProblems, writers?: MessageWriters) => new ProblemList(packedSource(packed, writers)).toArray();
const roundTrip = (ps: Problem[]) => unpackProblems(structuredClone(packProblems(ps)), PROBLEM_WRITERS);

/** The same problems: the same objects field for field, and the same when written out (a deferred
 * problem's figures, numbers and texts are read from the packed lists, not fields of its own). */
function expectSame(back: Problem[], problems: Problem[], what?: string): void {
  expect(back, what).toStrictEqual(problems);
  expect(back.map(plainProblem), what).toStrictEqual(problems.map(plainProblem));
  const parts = (ps: Problem[]) => ps.map((p) => (p instanceof DeferredProblem ? [p.nums, p.texts] : null));
  expect(parts(back), what).toStrictEqual(parts(problems));
  // A deferred one's figures' units, read without making its figures: those of its figures.
  const units = (ps: Problem[]) => ps.map((p) => {
    const out: [string, number][] = [];
    if (p instanceof DeferredProblem) p.eachFigureUnit((unit, j) => out.push([unit, j])); else p.figures?.forEach((f, j) => out.push([f.unit, j]));
    return out;
  });
  expect(units(back), what).toStrictEqual(problems.map((p) => p.figures?.map((f, j) => [f.unit, j]) ?? []));
  expect(units(back), what).toStrictEqual(units(problems));
}

describe('packProblems / packedSource', () => {
  it('gives back every problem of the bad fixtures and the seeds, in order, field for field', () => {
    const dirs = [...readdirSync('fixtures/bad').map((d) => `fixtures/bad/${d}`), 'fixtures/seeds', 'fixtures/checks'];
    let total = 0;
    let withFigures = 0;
    for (const dir of dirs) {
      const problems = loadFixture(dir).problems.toArray();
      total += problems.length;
      withFigures += problems.filter((p) => p.figures).length;
      expectSame(roundTrip(problems), problems, dir);
    }
    // The fixtures have both kinds, so both paths are exercised.
    expect(total).toBeGreaterThan(50);
    expect(withFigures).toBeGreaterThan(0);
  });

  it('keeps no figures, an empty list and several figures apart, and odd texts and numbers whole', () => {
    const problems: Problem[] = [
      { severity: 'error', file: 'a.csv', line: 3, column: 2, code: 'bad-period', message: 'Quý V/2025 is not a period' },
      { severity: 'info', file: 'a.csv', line: 4, column: 1, code: 'rate-rounded', message: '', figures: [] },
      { severity: 'warning', file: 'b.csv', line: 1e9, column: 0, code: 'x', message: 'nul \u0000 and emoji 🇻🇳 and "quotes"', figures: [
        { unit: '79', period: '2025-Q1', indicator: 'on_time_rate', dims: '' },
        { unit: '', period: '2025', indicator: 'received', dims: 'channel=truc_tuyen' },
      ] },
      { severity: 'error', file: '', line: NaN, column: -1, code: 'y', message: 'z' },
    ];
    expectSame(roundTrip(problems), problems);
    expect(roundTrip([])).toStrictEqual([]);
  });

  it('holds for any list of problems (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const figure = fc.record({ unit: text, period: text, indicator: text, dims: text }, { noNullPrototype: true });
    const problem = fc.record({
      severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Problem['severity']>,
      file: text, line: fc.integer({ min: 0, max: 2 ** 31 }), column: fc.integer({ min: 0, max: 10_000 }), code: text, message: text,
      figures: fc.array(figure, { maxLength: 3 }),
    }, { requiredKeys: ['severity', 'file', 'line', 'column', 'code', 'message'], noNullPrototype: true });
    fc.assert(fc.property(fc.array(problem, { maxLength: 30 }), (ps) => {
      expectSame(roundTrip(ps), ps);
    }));
  });
});

describe('toWire / fromWire', () => {
  it('packs problems that are only Problems, and sends others as they are', () => {
    const plain: Problem[] = [{ severity: 'info', file: 'a.csv', line: 1, column: 1, code: 'c', message: 'm' }];
    expect('packed' in toWire(plain)).toBe(true);
    const extra = [{ ...plain[0], hint: 'more' }] as unknown as Problem[];
    expect(packable(extra)).toBe(false);
    const wire = toWire(extra);
    expect('list' in wire).toBe(true);
    expect(fromWire(structuredClone(wire)).toArray()).toStrictEqual(extra);
    expect(fromWire(structuredClone(toWire(plain))).toArray()).toStrictEqual(plain);
  });
});

describe('moved, not copied (a transfer list)', () => {
  const problems = () => loadFixture('fixtures/seeds').problems.toArray();

  it('problemBuffers: every array of the packed form, each once; none for problems sent as they are', () => {
    const wire = toWire(problems());
    if (!('packed' in wire)) throw new Error('the seeds\' problems pack');
    const arrays = Object.values(wire.packed).filter((v) => ArrayBuffer.isView(v)).map((v) => (v as Uint8Array).buffer);
    expect(new Set(problemBuffers(wire))).toEqual(new Set(arrays));
    expect(problemBuffers(wire)).toHaveLength(arrays.length);
    expect(problemBuffers({ list: problems() })).toEqual([]);
  });

  it('moved, they arrive whole and are gone from where they were sent; a copy made before stays whole', () => {
    const ps = problems();
    const wire = toWire(ps);
    const kept = copiedProblems(wire);
    const moved = structuredClone(wire, { transfer: problemBuffers(wire) });
    expectSame(fromWire(moved, PROBLEM_WRITERS).toArray(), ps);
    expect(problemBuffers(wire).every((b) => b.byteLength === 0)).toBe(true);
    expectSame(fromWire(kept, PROBLEM_WRITERS).toArray(), ps);
  });
});

describe('deferred problems (a printed rate\'s note) across the wire', () => {
  const write = (nums: readonly number[], texts: readonly string[]) => `${texts[0]}: ${nums.map(String).join(' / ')}`;
  const writers = { note: write };
  const deferred = (line: number, nums: number[], texts: string[]) =>
    new DeferredProblem('info', 'obs.csv', line, 4, 'rate-rounded', [{ unit: '06', period: '2022', indicator: 'r', dims: '' }], 'note', nums, texts, write);
  const mixed: Problem[] = [
    { severity: 'error', file: 'a.csv', line: 2, column: 1, code: 'bad-period', message: 'Quý V/2025 is not a period' },
    deferred(3, [82.6, 1, 1280, 1550], ['Sở Tư pháp']),
    { severity: 'warning', file: 'a.csv', line: 5, column: 2, code: 'x', message: 'between', figures: [] },
    deferred(6, [], ['', 'two texts']),
    deferred(7, [NaN, -0, 1e300], []),
  ];

  it('cross as what their messages are made of, between plain ones, and come back as deferred problems with the same messages', () => {
    const packed = packProblems(mixed);
    expect(packed.messages).toBe('Quý V/2025 is not a periodbetween');
    const back = unpackProblems(structuredClone(packed), writers);
    expectSame(back, mixed);
    expect(back[1]).toBeInstanceOf(DeferredProblem);
    // Read from the packed lists when asked: no list of its own to keep alive.
    expect(Object.keys(back[1])).not.toEqual(expect.arrayContaining(['figures']));
    expect((back[1] as DeferredProblem).figures).toStrictEqual([{ unit: '06', period: '2022', indicator: 'r', dims: '' }]);
    expect((back[3] as DeferredProblem).texts).toStrictEqual(['', 'two texts']);
    expect(back.map((p) => p.message)).toEqual(mixed.map((p) => p.message));
    expect(back[1].message).toBe('Sở Tư pháp: 82.6 / 1 / 1280 / 1550');
    expect(back[4].message).toBe('undefined: NaN / 0 / 1e+300');
    expect(Object.is(back[4] instanceof DeferredProblem && back[4].nums[1], -0)).toBe(true);
  });

  it('the seeds\' notes, unpacked with the model\'s writers, say what the checks wrote', () => {
    const problems = loadFixture('fixtures/seeds').problems.toArray();
    const notes = problems.filter((p) => p instanceof DeferredProblem);
    expect(notes.length).toBeGreaterThan(5);
    expect(roundTrip(problems).map((p) => p.message)).toEqual(problems.map((p) => p.message));
  });

  it('a writer the page does not have is said, not guessed', () => {
    expect(() => unpackProblems(packProblems(mixed), {})).toThrow('no writer named note');
  });

  it('beside a problem that cannot be packed, they are sent written out', () => {
    const list = [...mixed, { ...mixed[0], hint: 'more' } as unknown as Problem];
    const wire = structuredClone(toWire(list));
    expect('list' in wire).toBe(true);
    expect(fromWire(wire).map((p) => p.message)).toEqual(list.map((p) => p.message));
    expect(fromWire(wire).at(1)).toStrictEqual(JSON.parse(JSON.stringify(mixed[1])));
  });
});
