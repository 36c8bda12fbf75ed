// Problems packed for the worker's reply and for IndexedDB read back as they were: every field, the
// order, `figures` absent, empty or full; anything a Problem does not have is sent unpacked.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadFixture } from '../../test/helpers';
import { fromWire, packable, packProblems, toWire, unpackProblems } from './problemPack';
import type { Problem } from './types';

const roundTrip = (ps: Problem[]) => unpackProblems(structuredClone(packProblems(ps)));

describe('packProblems / unpackProblems', () => {
  it('gives back every problem of the bad fixtures and the seeds, in order, field for field', () => {
    const dirs = [...readdirSync('fixtures/bad').map((d) => `fixtures/bad/${d}`), 'fixtures/seeds', 'fixtures/checks'];
    let total = 0;
    let withFigures = 0;
    for (const dir of dirs) {
      const problems = loadFixture(dir).problems;
      total += problems.length;
      withFigures += problems.filter((p) => p.figures).length;
      expect(roundTrip(problems), dir).toStrictEqual(problems);
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
    expect(roundTrip(problems)).toStrictEqual(problems);
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
      expect(roundTrip(ps)).toStrictEqual(ps);
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
    expect(fromWire(structuredClone(wire))).toStrictEqual(extra);
    expect(fromWire(structuredClone(toWire(plain)))).toStrictEqual(plain);
  });
});
