// Rows that name a unit the same way one after another are one pending unit with their rows
// (PendingUnit.more), placed once: the units, rows, dropped rows and problems are exactly those of
// placing every row on its own, whatever the names, parents, periods and files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinReference } from './nodeReference';
import { placeUnits } from './placeUnits';
import { readDataset } from '../read';
import { BUILTIN_INDICATORS } from '../../model/catalogue';
import type { PendingUnit, RawDataset } from '../types';

const ref = builtinReference();
const enc = (s: string) => new TextEncoder().encode(s);

/** Each row of a pending unit on its own, as the reader made them before they were grouped. */
function oneByOne(pending: readonly PendingUnit[]): PendingUnit[] {
  return pending.flatMap(({ more, ...p }) => {
    const rows = [p];
    for (let k = 0; k < (more?.length ?? 0); k += 3) rows.push({ ...p, index: more![k], line: more![k + 1], column: more![k + 2] });
    return rows;
  });
}

/** What placing gives. */
function placed(raw: RawDataset, pending: PendingUnit[]) {
  const r = placeUnits({ ...raw, pendingUnits: pending }, ref);
  return {
    units: r.units, observations: r.observations.rows().map((o) => `${o.unit} ${o.origin.line}`), targets: r.targets.map((t) => `${t.unit} ${t.origin.line}`),
    problems: r.problems, todayUnits: r.todayUnits,
  };
}

const read = (files: Record<string, string>) => readDataset(Object.entries(files).map(([name, text]) => ({ name, content: enc(text) })), { catalogue: BUILTIN_INDICATORS, reference: 'defer' });

// Codes of both eras, names (whole, bare, ambiguous, misspelt), and units no list knows.
const UNITS = ['01', '91', '905', '27', '26', 'Bắc Ninh', 'Hoà Bình', 'Huyện Châu Thành', 'Thành phố Long Xuyên', 'Phường 1', 'Quang Nnih', 'Xã Không Có Thật', 'Sở Nội vụ', 'Tỉnh An Giang'];
const PARENTS = ['', '', 'An Giang', '91', 'Thành phố Vũng Tàu'];
const PERIODS = ['2024', '2025-06', '2025-07', 'Quý I/2026'];

const run = fc.record({ unit: fc.constantFrom(...UNITS), parent: fc.constantFrom(...PARENTS), period: fc.constantFrom(...PERIODS), times: fc.integer({ min: 1, max: 4 }) });

function csv(runs: { unit: string; parent: string; period: string; times: number }[], target = false): string {
  const lines = [target ? 'plan,period,unit,indicator,op,value' : 'period,unit,parent,indicator,value'];
  let n = 0;
  for (const r of runs) {
    for (let k = 0; k < r.times; k++) lines.push(target ? `KH,${r.period},"${r.unit}",on_time_rate,>=,95` : `${r.period},"${r.unit}",${r.parent},received,${++n}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('rows naming a unit the same way, one after another', () => {
  it('are one pending unit that holds the others\' rows', () => {
    const raw = read({ 'o.csv': 'period,unit,indicator,value\n2024,Bắc Ninh,received,1\n2024,Bắc Ninh,resolved,1\n2024,Bắc Ninh,pending,0\n2025-07,Bắc Ninh,received,2\n2024,Bắc Ninh,received_new,1\n' });
    // Another period (another era) starts another; so does the same unit after it.
    expect(raw.pendingUnits.map((p) => [p.text, p.start, p.index, p.line, p.more ?? []])).toEqual([
      ['Bắc Ninh', '2024-01-01', 0, 2, [1, 3, 2, 2, 4, 2]],
      ['Bắc Ninh', '2025-07-01', 3, 5, []],
      ['Bắc Ninh', '2024-01-01', 4, 6, []],
    ]);
  });

  it('are placed as each row on its own would be: the same units, rows, dropped rows and problems', () => {
    fc.assert(fc.property(
      fc.array(run, { minLength: 1, maxLength: 30 }), fc.array(run, { maxLength: 6 }), fc.boolean(), fc.array(run, { maxLength: 8 }),
      (obs, targets, withUnitsFile, other) => {
        const files: Record<string, string> = { 'o.csv': csv(obs), 'z.csv': csv(other) };
        if (targets.length) files['targets.csv'] = csv(targets, true);
        // A units file: names it does not hold are then errors, not a flat list.
        if (withUnitsFile) files['units.csv'] = 'code,name,type,parent\nSNV,Sở Nội vụ,department,\n';
        const raw = read(files);
        expect(placed(raw, raw.pendingUnits)).toEqual(placed(raw, oneByOne(raw.pendingUnits)));
      },
    ), { numRuns: 50 });
  });

  it('a name the list cannot tell apart is reported at each of its rows', () => {
    const raw = read({ 'o.csv': 'period,unit,indicator,value\n2024,Huyện Châu Thành,received,1\n2024,Huyện Châu Thành,resolved,1\n2024,Huyện Châu Thành,pending,0\n' });
    expect(raw.pendingUnits).toHaveLength(1);
    const r = placeUnits(raw, ref);
    expect(r.problems.filter((p) => p.code === 'ambiguous-unit').map((p) => p.line)).toEqual([2, 3, 4]);
    expect(r.observations.rows()).toEqual([]);
  });
});
