import { describe, expect, it } from 'vitest';
import { loadSummary, qualityItem, unusableReason } from './quality';
import { qualityIndex, qualityList } from './qualityList';
import { seeds } from './seeds.testutil';
import { loadFixture, loadTexts } from '../../../test/helpers';
import { DeferredProblem } from '../../data/deferredProblem';

describe('qualityList', () => {
  it('lists the seeds\' problems with file:line, filterable by severity and text', () => {
    const m = seeds();
    const all = qualityList(m);
    expect(all.total).toBe(m.problems.length);
    expect(all.counts.error).toBe(0);
    const warnings = qualityList(m, 'warning');
    expect(warnings.first(Infinity).every((p) => p.severity === 'warning')).toBe(true);
    expect(warnings.size).toBe(all.counts.warning);
    expect(warnings.first(Infinity)).toHaveLength(all.counts.warning);
    expect(all.first(2).map((p) => p.id)).toEqual(['q-0', 'q-1']);
    const truncated = qualityList(m, 'all', 'truncated');
    expect(truncated.size).toBe(1);
    expect(truncated.first(5)[0].where).toMatch(/^observations\.csv:25:\d+$/);
    expect(truncated.first(5)[0].message).toContain('94,85%');
  });

  it('makes each entry once, with the id a link finds it by', () => {
    const m = seeds();
    const last = m.problems.length - 1;
    expect(qualityItem(m, last)).toBe(qualityList(m).first(Infinity)[last]);
    expect(qualityIndex(m, qualityItem(m, last).id)).toBe(last);
    expect(qualityIndex(m, `q-${last + 1}`)).toBe(-1);
    expect(qualityIndex(m, 'quality')).toBe(-1);
  });

  it('an entry of a printed rate\'s note (a message written when read) has its message, and only a problem\'s fields', () => {
    const m = seeds();
    const i = m.problems.findIndex((p) => p.code === 'rate-rounded' && p.line === 47);
    expect(qualityItem(m, i)).toStrictEqual({
      severity: 'info', file: m.problems.at(i)!.file, line: 47, column: 4, code: 'rate-rounded',
      message: 'Sở Tư pháp online_dossier_rate 2022-01-01/2022-05-31: printed 82,6% and 1.280 / 1.550 = 82,58%: rounded to one decimal',
      figures: m.problems.at(i)!.figures, id: `q-${i}`, where: 'observations.csv:47:4',
    });
  });

  it('writes a note\'s message only when the entry\'s message is read (a mark needs only its id, code and severity)', () => {
    const m = loadFixture('fixtures/seeds');
    const i = m.problems.findIndex((p) => p.code === 'rate-rounded' && p.line === 46);
    expect(m.problems.at(i)).toBeInstanceOf(DeferredProblem);
    const note = m.problems.at(i) as unknown as { write: (nums: readonly number[], texts: readonly string[]) => string };
    const written: string[] = [];
    const write = note.write;
    note.write = (nums, texts) => { const text = write(nums, texts); written.push(text); return text; };
    const item = qualityItem(m, i);
    expect([item.id, item.code, item.severity]).toEqual([`q-${i}`, 'rate-rounded', 'info']);
    expect(written).toEqual([]);
    expect(item.message).toContain('81,8%');
    expect(item.message).toBe(written[0]);
    expect(written).toHaveLength(1);
  });

});

describe('loadSummary and unusableReason', () => {
  it('counts what was read', () => {
    const s = loadSummary(seeds());
    expect(s.observations).toBe(62);
    expect(s.files).toContain('observations.csv');
    expect(unusableReason(seeds())).toBeNull();
  });

  it('an empty file is unusable, with the reader\'s reason', () => {
    const m = loadTexts({ 'observations.csv': '' });
    expect(unusableReason(m)).toContain('empty');
  });
});
