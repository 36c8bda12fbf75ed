// The columns a computed table hands over: what ARRAY_COLUMNS says of them is what they are, since a
// reopened dataset (app/reopen.ts) rebuilds each column from its bytes with that type, and the
// worker moves exactly those buffers (columnBuffers).
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read';
import { filesIn } from '../../test/helpers';
import { BUILTIN_INDICATORS } from './catalogue';
import { computeTable } from './model';
import { ARRAY_COLUMNS, FigureTable, columnBuffers, dimSet } from './table';
import { Observations } from '../data/observations';
import { TableBuilder } from './tableBuilder';

describe('ARRAY_COLUMNS', () => {
  it('names every typed-array column of a computed table, each with its own type, and columnBuffers gives their buffers', () => {
    const { computed, transfer } = computeTable(readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null }));
    const c = computed.columns as unknown as Record<string, unknown>;
    const typed = Object.keys(c).filter((k) => ArrayBuffer.isView(c[k]));
    expect(typed.sort()).toEqual(Object.keys(ARRAY_COLUMNS).sort());
    for (const k of typed) expect((c[k] as object).constructor, k).toBe(ARRAY_COLUMNS[k as keyof typeof ARRAY_COLUMNS]);
    expect(columnBuffers(computed.columns)).toEqual(transfer);
    expect(new Set(transfer).size).toBe(typed.length);
  });
});

describe('countOfUnit', () => {
  it('is how many rows rowsOfUnit lists, for every unit, on the table received and before and after its rows are listed', () => {
    const { computed } = computeTable(readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null }));
    const t = FigureTable.from(computed.columns);
    const units = t.units.values.map((_, u) => u);
    const counts = units.map((u) => t.countOfUnit(u));
    expect(counts.some((n) => n === 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(t.size);
    expect(units.map((u) => t.rowsOfUnit(u).length)).toEqual(counts);
    expect(units.map((u) => t.countOfUnit(u))).toEqual(counts);
    expect(t.countOfUnit(units.length + 5)).toBe(0);
  });
});

describe('rowsOfUnitIndicator and periodRun', () => {
  // Every unit, with every indicator and every period: what a scan of the unit's rows finds.
  for (const fixture of ['fixtures/seeds', 'fixtures/units/provinces-2026', 'fixtures/partitioned-levels']) {
    it(`are the unit's rows of the indicator, and of the period, as a scan of its rows finds them (${fixture})`, () => {
      const { computed } = computeTable(readDataset(filesIn(fixture), { catalogue: BUILTIN_INDICATORS, reference: null }));
      const t = FigureTable.from(computed.columns);
      let found = 0;
      for (let u = 0; u < t.units.size; u++) {
        const rows = t.rowsOfUnit(u);
        for (let i = 0; i < t.indicators.size; i++) {
          const want = rows.filter((r) => t.indicator[r] === i);
          expect([...t.rowsOfUnitIndicator(u, i)], `${t.units.values[u]} ${t.indicators.values[i]}`).toEqual(want);
          found += want.length;
        }
        for (let p = 0; p < t.periods.size; p++) {
          const run = t.periodRun(u, p)!;
          const want = rows.filter((r) => t.period[r] === p);
          expect(Array.from({ length: run.to - run.from }, (_, k) => run.from + k), `${t.units.values[u]} ${t.periods.values[p].key}`).toEqual(want);
        }
      }
      expect(found).toBe(t.size);
      // Asked again, the same rows (kept); a unit or an indicator the table does not have: none.
      expect([...t.rowsOfUnitIndicator(0, 0)]).toEqual(t.rowsOfUnit(0).filter((r) => t.indicator[r] === 0));
      expect(t.rowsOfUnitIndicator(t.units.size, 0).length).toBe(0);
      expect(t.rowsOfUnitIndicator(0, t.indicators.size).length).toBe(0);
      expect(t.periodRun(t.units.size, 0)).toEqual({ from: 0, to: 0 });
    });
  }

  it('while the table is built (rows not sorted yet): the rows of the indicator by a scan, and no period run', () => {
    const t = new TableBuilder(16, null);
    const [a, b] = [t.units.id('A'), t.units.id('B')];
    const p = t.periods.id({ key: '2025', start: '2025-01-01', end: '2025-12-31', kind: 'year' });
    const [x, y] = [t.indicators.id('x'), t.indicators.id('y')];
    const d = t.dimSets.id(dimSet({}));
    t.seal();
    for (const [u, i] of [[a, x], [b, x], [a, y], [a, x]] as const) t.setDerived(u, p, i, d, 1, '=', 'identity');
    expect([...t.rowsOfUnitIndicator(a, x)]).toEqual([0]);
    expect([...t.rowsOfUnitIndicator(a, y)]).toEqual([2]);
    expect([...t.rowsOfUnitIndicator(b, y)]).toEqual([]);
    expect(t.periodRun(a, p)).toBeNull();
  });
});

describe('figure', () => {
  it("builds a figure's rule text when it is first read, once: a KPI card reads it at every render", () => {
    const { computed } = computeTable(readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null }));
    const t = FigureTable.from(computed.columns);
    const built: number[] = [];
    const f = t.figure(0, (r) => { built.push(r); return `rule of ${r}`; });
    expect(built).toEqual([]);
    expect([f.rule, f.rule, f.rule]).toEqual(['rule of 0', 'rule of 0', 'rule of 0']);
    expect(built).toEqual([0]);
    // Another figure object of the same row builds its own.
    expect(t.figure(0, (r) => { built.push(r); return 'again'; }).rule).toBe('again');
    expect(built).toEqual([0, 0]);
  });
});

describe('placeOf', () => {
  it("is the origin's file, line and column without its printed text, the column 1 where not known, and null for a figure not read", () => {
    const { computed } = computeTable(readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null }));
    const t = FigureTable.from(computed.columns);
    let read = 0;
    let derived = 0;
    for (let r = 0; r < t.size; r++) {
      const o = t.origin(r);
      if (o === null) { derived++; expect(t.placeOf(r)).toBeNull(); continue; }
      read++;
      expect(t.placeOf(r)).toEqual({ file: o.file, line: o.line, column: o.column ?? 1 });
    }
    expect(read).toBeGreaterThan(0);
    expect(derived).toBeGreaterThan(0);
  });

  it('gives column 1 for a figure whose origin has no column (rows given as objects)', () => {
    const raw = readDataset(filesIn('fixtures/seeds'), { catalogue: BUILTIN_INDICATORS, reference: null });
    const rows = raw.observations.rows().map((o) => ({ ...o, origin: { file: o.origin.file, line: o.origin.line, printed: o.origin.printed } }));
    const { computed } = computeTable({ ...raw, observations: Observations.of(rows) });
    const t = FigureTable.from(computed.columns);
    const r = [...Array(t.size).keys()].find((k) => t.origin(k) !== null)!;
    expect(t.origin(r)!.column).toBeUndefined();
    expect(t.placeOf(r)).toEqual({ file: t.origin(r)!.file, line: t.origin(r)!.line, column: 1 });
  });
});

describe('TableBuilder.columns', () => {
  it('hands over the rows kept sorted by (unit, period, indicator, dimensions), whatever order they were added in, each row whole', () => {
    const t = new TableBuilder(16);
    for (const u of ['u0', 'u1', 'u2']) t.units.id(u);
    for (const p of ['2025-01', '2025-02']) t.periods.id({ kind: 'month', key: p } as never);
    for (const i of ['received', 'resolved', 'hidden#d']) t.indicators.id(i);
    t.dimSets.id(dimSet({}));
    t.dimSets.id(dimSet({ level: 'xa' }));
    t.seal();
    // Every key, added in a scrambled order; the value names the key (u p i d as digits).
    const keys: [number, number, number, number][] = [];
    for (let u = 0; u < 3; u++) for (let p = 0; p < 2; p++) for (let i = 0; i < 3; i++) for (let d = 0; d < 2; d++) keys.push([u, p, i, d]);
    const scrambled = keys.map((k, n) => [k, (n * 37) % keys.length] as const).sort((a, b) => a[1] - b[1]).map(([k]) => k);
    for (const [u, p, i, d] of scrambled) t.setDerived(u, p, i, d, u * 1000 + p * 100 + i * 10 + d, '=', 'published');
    const { columns } = t.columns((r) => t.indicator[r] !== 2);
    const kept = keys.filter(([, , i]) => i !== 2);
    expect(columns.size).toBe(kept.length);
    const got = Array.from({ length: columns.size }, (_, r) => [columns.unit[r], columns.period[r], columns.indicator[r], columns.dimsId[r], columns.value[r]]);
    expect(got).toEqual(kept.map(([u, p, i, d]) => [u, p, i, d, u * 1000 + p * 100 + i * 10 + d]));
  });
});
