// A file lists its first MAX_PER_FILE problems and sums up the rest in one; what that summary says
// is read back from it (a file read in two parts joins its parts' summaries: csvSplit.ts).
import { describe, expect, it } from 'vitest';
import { droppedOf, MAX_PER_FILE, ProblemLog, tooManyProblems, worse } from './problemLog';
import type { Problem } from './types';

const problem = (line: number, severity: Problem['severity'] = 'error'): Problem => ({ severity, file: 'o.csv', line, column: 4, code: 'not-a-number', message: 'x' });

describe('ProblemLog', () => {
  it('keeps the first problems of a file and sums up the rest: how many, the most serious, where the first is', () => {
    const log = new ProblemLog();
    for (let k = 0; k < MAX_PER_FILE + 1500; k++) log.add(problem(k + 2, k === MAX_PER_FILE + 700 ? 'error' : 'info'));
    const out = log.result();
    expect(out).toHaveLength(MAX_PER_FILE + 1);
    expect(out.at(-1)).toMatchObject({ code: 'too-many-problems', severity: 'error', line: MAX_PER_FILE + 2, column: 4 });
    expect(droppedOf(out.at(-1)!)).toEqual({ count: 1500, worst: 'error', first: { line: MAX_PER_FILE + 2, column: 4 } });
  });

  it('reads back what a summary says, however large the count', () => {
    for (const count of [1, 999, 1_234_567, 98_765_432]) {
      const d = { count, worst: 'warning' as const, first: { line: 7, column: 2 } };
      expect(droppedOf(tooManyProblems('o.csv', d))).toEqual(d);
    }
    expect(worse('info', 'warning')).toBe('warning');
    expect(worse('error', 'info')).toBe('error');
  });
});
