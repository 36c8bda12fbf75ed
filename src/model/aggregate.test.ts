// Adding up: rates are Σnumerator / Σdenominator at every node, never averaged; a sum is made
// only from complete parts; a printed total wins and its parts become a check.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture, loadTexts } from '../../test/helpers';
import { plainProblem } from '../data/deferredProblem';
import { generate } from '../cli/genData';
import { CHILD_SUMS } from './aggregate';
import type { Model } from './model';

const units = `code,name,type,parent
P,Tỉnh Thử,province,
A,Huyện A,district,P
B,Huyện B,district,P
`;

describe('unit totals', () => {
  it('rates at a parent are Σnumerator / Σdenominator, not the mean of the children', () => {
    const m = loadTexts({
      'units.csv': units,
      'observations.csv': `period,unit,indicator,value
2023,A,received,100
2023,A,resolved,99
2023,B,received,900
2023,B,resolved,450
`,
    });
    expect(m.figure('P', 'received', '2023')?.value).toBe(1000);
    const rate = m.figure('P', 'resolution_rate', '2023')!;
    expect([rate.numerator, rate.denominator]).toEqual([549, 1000]);
    expect(rate.value).toBeCloseTo(54.9, 9); // the mean of 99% and 50% would be 74,5%
    expect(rate.derived).toBe('rate');
  });

  it('rates printed with their own counts add up through those counts', () => {
    const m = loadTexts({
      'units.csv': units,
      'observations.csv': `period;unit;indicator;value;numerator;denominator
2023;A;on_time_rate;99%;99;100
2023;B;on_time_rate;50%;450;900
`,
    });
    expect(m.figure('P', 'on_time_rate', '2023')?.value).toBeCloseTo(54.9, 9);
  });

  it('counts printed beside a rate win over the count figures at its unit, which they are checked against', () => {
    const m = loadTexts({
      'units.csv': units,
      'observations.csv': `period;unit;indicator;value;numerator;denominator
2023;A;resolved;100;;
2023;A;resolved_in_time;90;;
2023;A;on_time_rate;80%;80;100
2023;B;resolved;50;;
2023;B;resolved_in_time;45;;
2023;B;on_time_rate;90%;45;50
`,
    });
    expect(m.problems.filter((p) => p.code === 'rate-counts-disagree').map((p) => [p.line, p.message])).toEqual([
      [4, 'Huyện A on_time_rate 2023: the counts beside the rate are 80 / 100 but the count figures give resolved_in_time / resolved = 90 / 100; the counts beside the rate are used'],
    ]);
    const a = m.figure('A', 'on_time_rate', '2023')!;
    expect([a.value, a.numerator, a.denominator]).toEqual([80, 80, 100]);
    // The province has count figures of its own (the districts' sums): its rate is theirs.
    const p = m.figure('P', 'on_time_rate', '2023')!;
    expect([p.numerator, p.denominator]).toEqual([135, 150]);
  });

  it('a rate printed without counts is shown where printed and never aggregated', () => {
    const m = loadTexts({
      'units.csv': units,
      'observations.csv': `period,unit,indicator,value
2023,A,satisfaction_rate,95
2023,B,satisfaction_rate,85
`,
    });
    expect(m.figure('A', 'satisfaction_rate', '2023')?.value).toBe(95);
    expect(m.figure('P', 'satisfaction_rate', '2023')).toBeUndefined();
  });

  it('no sum when a child has no figure', () => {
    const m = loadTexts({ 'units.csv': units, 'observations.csv': 'period,unit,indicator,value\n2023,A,received,100\n' });
    expect(m.figure('P', 'received', '2023')).toBeUndefined();
  });

  it('a printed parent total wins; parts that exceed it are a warning', () => {
    const m = loadTexts({
      'units.csv': units,
      'observations.csv': 'period,unit,indicator,value\n2023,P,received,150\n2023,A,received,100\n2023,B,received,90\n',
    });
    expect(m.figure('P', 'received', '2023')?.value).toBe(150);
    const p = m.problems.find((x) => x.code === 'parts-exceed-total')!;
    expect([p.severity, p.line]).toEqual(['warning', 2]);
    expect(p.message).toContain('190');
  });

  it('units outside their validity are not expected among the parts', () => {
    const m = loadTexts({
      'units.csv': units.replace('B,Huyện B,district,P', 'B,Huyện B,district,P,2024-01-01').replace('parent\n', 'parent,valid_from\n'),
      'observations.csv': 'period,unit,indicator,value\n2023,A,received,100\n',
    });
    expect(m.figure('P', 'received', '2023')?.value).toBe(100);
  });
});

describe('dimension totals', () => {
  it('levels add up to the total; a rate by level is recomputed for the total', () => {
    const m = loadTexts({
      'observations.csv': `period,unit,indicator,value,level
2023,X,received,100,huyen
2023,X,resolved,90,huyen
2023,X,received,300,xa
2023,X,resolved,297,xa
`,
    });
    expect(m.figure('X', 'received', '2023')?.value).toBe(400);
    expect(m.figure('X', 'resolution_rate', '2023')?.value).toBeCloseTo(96.75, 9);
    expect(m.figure('X', 'resolution_rate', '2023', { level: 'xa' })?.value).toBe(99);
  });

  it('a field breakdown is not a total unless the file shows it is complete', () => {
    const partial = loadTexts({ 'observations.csv': 'period,unit,indicator,value,field\n2023,X,received,10,dat_dai\n2023,X,received,5,ho_tich\n' });
    expect(partial.figure('X', 'received', '2023')).toBeUndefined();
    const proven = loadTexts({ 'observations.csv': 'period,unit,indicator,value,field\n2023,X,received,10,dat_dai\n2023,X,received,5,ho_tich\n2023,X,received,15,\n2023,X,resolved,9,dat_dai\n2023,X,resolved,5,ho_tich\n' });
    expect(proven.figure('X', 'resolved', '2023')?.value).toBe(14);
  });

  it('counts declared not additive are never summed', () => {
    const m = loadTexts({
      'indicators.csv': 'id,kind,additive\nprocedure_fields,count,no\n',
      'observations.csv': 'period,unit,indicator,value,level\n2023,X,procedure_fields,16,huyen\n2023,X,procedure_fields,10,xa\n',
    });
    expect(m.figure('X', 'procedure_fields', '2023')).toBeUndefined();
  });

  it('resolved_in_time = resolved_early + resolved_on_time when not given, and a check when given', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2023,X,resolved_early,5\n2023,X,resolved_on_time,10\n2023,Y,resolved_early,5\n2023,Y,resolved_on_time,10\n2023,Y,resolved_in_time,16\n' });
    expect(m.figure('X', 'resolved_in_time', '2023')?.value).toBe(15);
    expect(m.problems.find((p) => p.code === 'identity-mismatch')?.line).toBe(6);
  });
});

describe('checks', () => {
  it('received ≠ resolved + pending names the figures', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2023,X,received,100\n2023,X,resolved,90\n2023,X,pending,5\n' });
    expect(m.problems.find((p) => p.code === 'flow-mismatch')?.message).toBe('X 2023: received 100 ≠ resolved 90 + pending 5 = 95');
  });

  it('the same figure twice with different values is an error; the first is kept', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2023,X,received,100\nNăm 2023,X,received,101\n' });
    const p = m.problems.find((x) => x.code === 'conflicting-figure')!;
    expect([p.severity, p.line]).toEqual(['error', 3]);
    expect(m.figure('X', 'received', '2023')?.value).toBe(100);
  });

  it('printed 70% with 7 / 12 is a warning naming both', () => {
    const m = loadTexts({ 'observations.csv': 'period;unit;indicator;value;numerator;denominator\n2023;X;on_time_rate;70%;7;12\n' });
    expect(m.problems.find((p) => p.code === 'rate-mismatch')?.message).toBe('X on_time_rate 2023: printed 70% but 7 / 12 = 58,33%');
  });

  it('a note on a printed rate names it as printed, with its qualifier, though the figure shown is then the counts\' rate', () => {
    const m = loadTexts({ 'observations.csv': 'period;unit;indicator;value;numerator;denominator\n2023;X;on_time_rate;trên 99%;90;100\n2023;Y;on_time_rate;97,26%;815;838\n' });
    const notes = m.problems.filter((p) => p.code.startsWith('rate-'));
    expect(notes.map((p) => [p.code, p.line, p.message, p.figures])).toEqual([
      ['rate-mismatch', 2, 'X on_time_rate 2023: printed more than 99% but 90 / 100 = 90,00%', [{ unit: 'X', period: '2023', indicator: 'on_time_rate', dims: '' }]],
      ['rate-rounded', 3, 'Y on_time_rate 2023: printed 97,26% and 815 / 838 = 97,26%: rounded to two decimals', [{ unit: 'Y', period: '2023', indicator: 'on_time_rate', dims: '' }]],
    ]);
    expect([m.figure('X', 'on_time_rate', '2023')?.value, m.figure('X', 'on_time_rate', '2023')?.qualifier]).toEqual([90, '=']);
  });

  it('the service index must equal the sum of its six groups', () => {
    const m = loadTexts({ 'observations.csv': 'period;unit;indicator;value\n2023;X;service_index;80,5\n2023;X;service_index_transparency;18\n2023;X;service_index_progress;20\n2023;X;service_index_online;10\n2023;X;service_index_payment;8\n2023;X;service_index_satisfaction;15\n2023;X;service_index_digitization;10\n' });
    expect(m.problems.find((p) => p.code === 'index-sum-mismatch')?.message).toContain('81,00');
  });

  it('without a units file, units no list knows are listed side by side under one root that never sums, and the reader says so once', () => {
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2023,X,received,1\n2023,Y,received,2\n' });
    expect(m.tree.roots).toEqual(['_all']);
    expect(m.tree.children('_all')).toEqual(['X', 'Y']);
    expect(m.figure('_all', 'received', '2023')).toBeUndefined();
    expect(m.problems.filter((p) => p.code === 'flat-units')).toHaveLength(1);
  });
});

// A parent's sums are made by going through each child's rows once (aggregate.ts, ChildSums); a
// table with too many keys for that adds up by looking each child's figure up, as it all did
// before. Both ways give the same figures, bit for bit, and the same problems in the same order.
describe('adding up the children: through their rows, as by look-ups', () => {
  const limit = CHILD_SUMS.maxKeys;
  afterEach(() => { CHILD_SUMS.maxKeys = limit; });
  const everything = (m: Model) => ({
    figures: m.figures().map((f) => [f.unit, f.period.key, f.indicator, JSON.stringify(f.dims), f.value, f.qualifier, f.derived, f.numerator, f.denominator]),
    problems: m.problems.map(plainProblem),
  });
  const bothWays = (load: () => Model) => {
    const rows = everything(load());
    CHILD_SUMS.maxKeys = 0;
    const lookUps = everything(load());
    CHILD_SUMS.maxKeys = limit;
    expect(rows.figures.length).toBeGreaterThan(0);
    expect(rows).toEqual(lookUps);
    return rows;
  };

  it('on the seeds, the checks\' fixtures and a dataset under today\'s units', () => {
    for (const dir of ['seeds', 'checks/parts-exceed-total', 'checks/flow-mismatch', 'checks/rate-mismatch']) bothWays(() => loadFixture(join('fixtures', dir)));
    bothWays(() => loadFixture('fixtures/today', { today: '2025-07-01' }));
  });

  it('with "more than", "less than" and "about" among the parts, and a child that ended within a period', () => {
    const { figures } = bothWays(() => loadTexts({
      'units.csv': `code,name,type,parent,valid_from,valid_to
P,Tỉnh Thử,province,,,
A,Huyện A,district,P,,
B,Huyện B,district,P,,
C,Huyện C,district,P,,2023-06-30
`,
      'observations.csv': `period;unit;indicator;value
2023;A;received;hơn 100
2023;B;received;900
2023-07;A;received;hơn 10
2023-07;B;received;dưới 20
2024;A;received;gần 50
2024;B;received;40
2024;C;received;7
2025;A;received;hơn 5
2025;B;received;6
`,
    }));
    const at = (period: string) => figures.find((f) => f[0] === 'P' && f[1] === period && f[2] === 'received');
    // In 2023 C was a part for half the year and gave nothing: no sum. In July it had ended, and in
    // 2024 too: its 7 there is not a part.
    expect(at('2023')).toBeUndefined();
    expect(at('2023-07')?.slice(4, 6)).toEqual([30, '~']);
    expect(at('2024')?.slice(4, 6)).toEqual([90, '~']);
    expect(at('2025')?.slice(4, 6)).toEqual([11, '>']);
  });

  it('on a generated province of 20,000 rows, and under today\'s units', () => {
    const dir = mkdtempSync(join(tmpdir(), 'childsums-'));
    try {
      generate({ rows: 20_000, out: dir, seed: 3 });
      bothWays(() => loadFixture(dir));
      bothWays(() => loadFixture(dir, { today: '2025-07-01' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
