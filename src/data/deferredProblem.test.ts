// A deferred problem: a Problem like any other to whoever reads it, whose message is written once,
// when first read, and which is written out whole wherever it leaves as plain data (JSON, a clone).
import { describe, expect, it } from 'vitest';
import { DeferredProblem, plainProblem, type DeferredParts } from './deferredProblem';
import type { Problem } from './types';

const figure = { unit: '06', period: '2022-Q1', indicator: 'on_time_rate', dims: '' };
function counted() {
  const calls: [readonly number[], readonly string[]][] = [];
  const write = (nums: readonly number[], texts: readonly string[]) => { calls.push([nums, texts]); return `${texts.join(' ')}: ${nums.join(' / ')}`; };
  const p = new DeferredProblem('info', 'obs.csv', 12, 6, 'rate-rounded', [figure], 'test-writer', [94.9, 1], ['Tỉnh Bắc Kạn', 'on_time_rate'], write);
  return { p, calls };
}

describe('DeferredProblem', () => {
  it('is written by its writer from its numbers and texts, once, when first read', () => {
    const { p, calls } = counted();
    expect(calls).toHaveLength(0);
    expect(p.message).toBe('Tỉnh Bắc Kạn on_time_rate: 94.9 / 1');
    expect(p.message).toBe('Tỉnh Bắc Kạn on_time_rate: 94.9 / 1');
    expect(calls).toEqual([[[94.9, 1], ['Tỉnh Bắc Kạn', 'on_time_rate']]]);
  });

  it('leaves as a plain problem, its message written out: in JSON and through a structured clone', () => {
    const { p } = counted();
    const plain: Problem = { severity: 'info', file: 'obs.csv', line: 12, column: 6, code: 'rate-rounded', message: 'Tỉnh Bắc Kạn on_time_rate: 94.9 / 1', figures: [figure] };
    expect(JSON.parse(JSON.stringify(p))).toStrictEqual(plain);
    expect(() => structuredClone(p)).toThrow();
    expect(structuredClone(plainProblem(p))).toStrictEqual(plain);
  });

  it('leaves a plain problem as it is', () => {
    const plain: Problem = { severity: 'error', file: 'a.csv', line: 1, column: 1, code: 'x', message: 'y' };
    expect(plainProblem(plain)).toBe(plain);
  });

  it('names its figures\' units, in order, without making its figures where they are read from packed lists', () => {
    const parts: DeferredParts = {
      figures: () => { throw new Error('figures made'); },
      figureUnits: (i, each) => { each(`unit of ${i}`, 0); each('79', 1); },
      nums: () => [],
      texts: () => [],
    };
    const p = new DeferredProblem('info', 'obs.csv', 3, 1, 'rate-rounded', { parts, at: 7 }, 'w', [], [], () => '');
    const seen: [string, number][] = [];
    p.eachFigureUnit((unit, j) => seen.push([unit, j]));
    expect(seen).toEqual([['unit of 7', 0], ['79', 1]]);
    const given: string[] = [];
    counted().p.eachFigureUnit((unit, j) => given.push(`${j}:${unit}`));
    expect(given).toEqual(['0:06']);
  });
});
