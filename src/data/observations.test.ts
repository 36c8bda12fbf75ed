// The observations read, as columns: a row goes in and comes out the same; placing gives a table
// with its own units and shares the rest; dropping rows keeps the others in order.
import { describe, expect, it } from 'vitest';
import { Observations } from './observations';
import { detached } from './text';
import { parsePeriod } from './period';
import { readDataset } from './read';
import { placeUnits } from './geo/placeUnits';
import { builtinReference } from './geo/nodeReference';
import { BUILTIN_INDICATORS } from '../model/catalogue';
import type { Observation, Period } from './types';

const period = (text: string): Period => { const p = parsePeriod(text); if (!p.ok) throw new Error(text); return p.period; };

const rate: Observation = {
  unit: 'Xã Đông', period: period('2025-07'), indicator: 'on_time_rate', dims: { level: 'xa' }, value: 97.26, qualifier: '>', decimals: 2,
  numerator: 1001, denominator: 1029, source: 'Báo cáo 12/BC-UBND', note: 'ước', origin: { file: 'o.csv', line: 4, column: 5, printed: 'trên 97,26%' },
};
const count: Observation = {
  unit: '01', period: period('2025'), indicator: 'received', dims: {}, value: 1234, qualifier: '=', decimals: 0,
  numerator: null, denominator: null, source: '', note: '', origin: { file: 'x.xlsx [observations]', line: 9, printed: '1.234' },
};

describe('Observations', () => {
  it('gives back each row as it was added: counts left out are null, a column not known is left out', () => {
    const obs = Observations.of([rate, count]);
    expect(obs.length).toBe(2);
    expect(obs.at(0)).toEqual(rate);
    expect(obs.at(1)).toEqual(count);
    expect(obs.rows()).toEqual([rate, count]);
    expect(obs.numerator[1]).toBeNaN();
  });

  it('keeps a printed text only where it is not the value\'s own digits, and gives back every one as printed', () => {
    const texts: [string, number][] = [['1103', 1103], ['0', 0], ['01103', 1103], ['1.103', 1103], ['1103', 1104], [' 1103', 1103], ['1234567890123456', 1234567890123456], ['', 0]];
    const obs = Observations.of(texts.map(([printed, value]) => ({ ...count, value, origin: { ...count.origin, printed } })));
    expect(obs.printedText.map((t) => t === null)).toEqual([true, true, false, false, false, false, false, false]);
    expect(texts.map((_, k) => obs.at(k).origin.printed)).toEqual(texts.map(([printed]) => printed));
    expect(obs.without(new Set([0])).at(0).origin.printed).toBe('0');
  });

  it('makes room beyond its capacity, and gives back what it did not use', () => {
    const obs = new Observations(1);
    for (let i = 0; i < 5; i++) obs.push({ ...count, value: i, origin: { ...count.origin, line: i + 2 } });
    expect(obs.value.length).toBeGreaterThan(5);
    obs.trim();
    expect(obs.value.length).toBe(5);
    expect(Array.from(obs.value)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(obs.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('with other units, shares every other column and leaves its own units as they were', () => {
    const obs = Observations.of([rate, count]);
    const placed = obs.withUnits(['27904', '01']);
    expect(placed.at(0)).toEqual({ ...rate, unit: '27904' });
    expect(placed.value).toBe(obs.value);
    expect(obs.unit).toEqual(['Xã Đông', '01']);
    expect(() => obs.withUnits(['01'])).toThrow(/1 units for 2 rows/);
  });

  it('without some rows, keeps the others in order (and is itself when none is dropped)', () => {
    const obs = Observations.of([rate, count, { ...rate, value: 50 }]);
    expect(obs.without(new Set())).toBe(obs);
    expect(obs.without(new Set([1])).rows()).toEqual([rate, { ...rate, value: 50 }]);
    expect(obs.without(new Set([0, 2])).rows()).toEqual([count]);
  });
});

describe('reading and placing', () => {
  const read = () => readDataset([{ name: 'o.csv', content: new TextEncoder().encode('period,unit,indicator,value,source\n2024,Tỉnh Bắc Ninh,received,1,Báo cáo số 12/BC-UBND tỉnh\n2024,Tỉnh Bắc Ninh,resolved,1,Báo cáo số 12/BC-UBND tỉnh\n') }], { catalogue: BUILTIN_INDICATORS, reference: 'defer' });

  it('rows naming a unit or a source the same way share one string', () => {
    const raw = read();
    expect(raw.observations.unit).toEqual(['Tỉnh Bắc Ninh', 'Tỉnh Bắc Ninh']);
    expect(raw.observations.source[0]).toBe(raw.observations.source[1]);
  });

  it('placing the units does not change the dataset placed', () => {
    const raw = read();
    const placed = placeUnits(raw, builtinReference());
    expect(placed.observations.unit).toEqual(['27', '27']);
    expect(raw.observations.unit).toEqual(['Tỉnh Bắc Ninh', 'Tỉnh Bắc Ninh']);
  });
});

describe('detached', () => {
  it('is the same text', () => {
    const line = 'period,unit\n2024,Thành phố Hồ Chí Minh\n';
    const cell = line.split('\n')[1].split(',')[1];
    expect(detached(cell)).toBe('Thành phố Hồ Chí Minh');
    expect(detached('ngắn')).toBe('ngắn');
  });
});
