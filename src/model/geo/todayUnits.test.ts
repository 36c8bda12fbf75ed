// Under today's units (`--today`): pre-2025 figures add up under the 34 provinces — counts
// summed and rates Σnumerator/Σdenominator, exactly — while scores and rates without counts are
// never combined, and the checker says which units it moved and where.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadFixture, loadTexts } from '../../../test/helpers';

const CODES = 'fixtures/units/codes-across-2025';

describe('codes across the 2025 change', () => {
  it('as published: 24 in 2023 is Bắc Giang, 24 in 2026 the new Bắc Ninh; nothing is moved or summed across', () => {
    const m = loadFixture(CODES);
    expect(m.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(m.unitName('24.pre2025')).toBe('Tỉnh Bắc Giang');
    expect(m.figure('24.pre2025', 'received', '2023')?.value).toBe(12_000);
    expect(m.unitName('24')).toBe('Tỉnh Bắc Ninh');
    expect(m.figure('24', 'received', '2026-Q1')?.value).toBe(9_000);
    expect(m.figure('24', 'received', '2023')).toBeUndefined();
    expect(m.tree.path('259')).toEqual(['VN', '27', '259']);
    expect(m.problems.some((p) => p.code === 'unit-moved')).toBe(false);
  });

  it('today: old Bắc Giang + old Bắc Ninh (through its 8 districts) add up under the new Bắc Ninh', () => {
    const m = loadFixture(CODES, { today: '2026-12-01' });
    expect(m.tree.path('259')).toEqual(['VN', '24', '27', '259']);
    const received = m.figure('24', 'received', '2023')!;
    expect(received.value).toBe(27_000);
    expect(received.derived).toBe('unit-total');
    expect(m.figure('24', 'resolved', '2023')?.value).toBe(26_690);
    const rate = m.figure('24', 'resolution_rate', '2023')!;
    expect([rate.numerator, rate.denominator]).toEqual([26_690, 27_000]);
    expect(rate.value).toBeCloseTo((26_690 / 27_000) * 100, 10);
  });

  it('today: old Kiên Giang (91) + old An Giang (89) add up under the new An Giang (91)', () => {
    const m = loadFixture(CODES, { today: '2026-12-01' });
    expect(m.tree.children('91')).toEqual(expect.arrayContaining(['89', '91.pre2025']));
    expect(m.figure('91', 'received', '2023')?.value).toBe(50_000);
    expect(m.figure('91', 'resolution_rate', '2023')?.value).toBeCloseTo(96.8, 10);
    // The new province's own figure of today stays its own.
    expect(m.figure('91', 'received', '2026-Q1')?.value).toBe(11_000);
  });

  it('today: scores are never combined; they stay under the old provinces', () => {
    const m = loadFixture(CODES, { today: '2026-12-01' });
    expect(m.figure('24', 'par_index', '2023')).toBeUndefined();
    expect(m.figure('24.pre2025', 'par_index', '2023')?.value).toBe(87.5);
    expect(m.figure('27', 'par_index', '2023')?.value).toBe(86.5);
  });

  it('today: the checker names each old unit it moved and where, once, at a row that names it', () => {
    const m = loadFixture(CODES, { today: '2026-12-01' });
    const moved = m.problems.filter((p) => p.code === 'unit-moved');
    expect(moved.map((p) => p.line)).toEqual([2, 5, 22, 24]);
    expect(moved[0].message).toBe('Tỉnh Bắc Giang (24.pre2025) ended on 30/6/2025: under today\'s units its figures count under Tỉnh Bắc Ninh (24)');
    // The national total needs all 34 provinces: it is not made from four.
    expect(m.figure('VN', 'received', '2023')).toBeUndefined();
  });
});

describe('the seeds under today\'s units', () => {
  it('Quế Võ\'s figures appear under the new Bắc Ninh; the old provinces are not summed without Bắc Giang', () => {
    const m = loadFixture('fixtures/seeds', { today: '2026-12-01' });
    expect(m.tree.path('259')).toEqual(['VN', '24', '27', '259']);
    expect(m.unitName('24')).toBe('Tỉnh Bắc Ninh');
    expect(m.tree.children('24')).toEqual(expect.arrayContaining(['24.pre2025', '27']));
    expect(m.figure('259', 'received', '2020-07-01/2023-06-30', { level: 'huyen' })?.value).toBe(133_555);
    expect(m.figure('24', 'received', '2020-07-01/2023-06-30', { level: 'huyen' })).toBeUndefined();
    // The seeds' own Kiên Giang keeps its code 91; today's An Giang, which took it in, is 91.2025.
    expect(m.tree.path('907')).toEqual(['VN', '91.2025', '91', '907']);
    expect(m.unitName('91.2025')).toBe('Tỉnh An Giang');
  });

  it('without the switch the seeds are as they were: their own five provinces at the top', () => {
    const m = loadFixture('fixtures/seeds');
    expect(m.tree.roots.sort()).toEqual(['06', '27', '74', '89', '91']);
    expect(m.tree.units.has('VN')).toBe(false);
  });
});

describe('split communes under today\'s units', () => {
  it('an old commune split among new ones is marked and its figures are added to none of them', () => {
    // 00007 Phường Cống Vị (Ba Đình) was split between Phường Ngọc Hà (00008) and Phường Giảng Võ (00025).
    const m = loadTexts({ 'observations.csv': 'period,unit,indicator,value\n2024,00007,received,100\n' }, { today: '2026-12-01' });
    const split = m.problems.find((p) => p.code === 'unit-split')!;
    expect(split).toMatchObject({ severity: 'info', line: 2 });
    expect(split.message).toMatch(/was split on 1\/7\/2025 among .*\(00008\).*\(00025\)/);
    expect(m.figure('00008', 'received', '2024')).toBeUndefined();
    expect(m.figure('00025', 'received', '2024')).toBeUndefined();
  });
});

describe('the note on units found among the built-in ones', () => {
  it('counts them as the checker\'s messages write numbers (formatVi), one unit or many', () => {
    const note = (dir: string) => loadFixture(dir).problems.find((p) => p.code === 'builtin-units')?.message;
    expect(note('fixtures/units/provinces-by-name')).toBe("no units file: 63 units found among Vietnam's built-in units, by official code or name");
    const rows = (codes: string[]) => ({ 'observations.csv': ['period,unit,indicator,value', ...codes.map((c) => `2025-09,${c},received,1`)].join('\n') });
    const text = (files: Record<string, string>) => loadTexts(files).problems.find((p) => p.code === 'builtin-units')?.message;
    expect(text(rows(['01', 'Phòng Nội vụ']))).toBe("no units file: 1 unit found among Vietnam's built-in units, by official code or name; 1 is not, and is listed side by side without sums");
    // The communes of the built-in list by code: more than a thousand, grouped.
    const communes = readFileSync('public/reference/units-2025.csv', 'utf8').split('\n').filter((l) => l.includes(',commune,')).map((l) => l.split(',')[0]);
    expect(communes.length).toBeGreaterThan(3000);
    expect(text(rows([...communes.slice(0, 1234), 'Phòng Nội vụ', 'Phòng Tư pháp']))).toBe("no units file: 1.234 units found among Vietnam's built-in units, by official code or name; 2 are not, and are listed side by side without sums");
  });
});
