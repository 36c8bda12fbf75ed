import { describe, expect, it } from 'vitest';
import { problemTitle } from './problems';
import { PROBLEM_TITLES_EN } from './problems.en';
import { PROBLEM_TITLES_VI } from './problems.vi';
import { loadFixture } from '../../test/helpers';

describe('problem titles', () => {
  it('every code the seeds produce has a title in both languages', () => {
    const codes = new Set(loadFixture('fixtures/seeds').problems.map((p) => p.code));
    for (const code of codes) for (const lang of ['vi', 'en'] as const) expect(problemTitle(code, lang), `${lang} ${code}`).not.toBe(code);
  });

  it('every code the office\'s spreadsheets produce has a title in both languages', () => {
    const codes = new Set(['wide', 'xlsx'].flatMap((d) => loadFixture(`fixtures/office/${d}`).problems.map((p) => p.code)));
    expect([...codes]).toContain('unknown-column');
    for (const code of codes) for (const lang of ['vi', 'en'] as const) expect(problemTitle(code, lang), `${lang} ${code}`).not.toBe(code);
  });

  it('both languages title the same codes', () => {
    expect(Object.keys(PROBLEM_TITLES_EN).sort()).toEqual(Object.keys(PROBLEM_TITLES_VI).sort());
  });

  it('an unknown code is shown as itself, even one named like an Object method', () => {
    expect(problemTitle('constructor', 'vi')).toBe('constructor');
    expect(problemTitle('rate-truncated', 'vi')).toBe('Tỷ lệ in ra bị cắt bớt số lẻ, không làm tròn');
  });
});
