// A national summary's parts not read yet list the built-in units they will bring: a province's
// communes under today's units, its districts and communes before 2025; none for a part read, or
// for a part whose unit is the dataset's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset, type ReadOptions } from '../read';
import { placeUnits } from './placeUnits';
import { builtinReference } from './nodeReference';
import { partsAtTreeKeys, withPartUnits } from './partUnits';
import { BUILTIN_INDICATORS } from '../../model/catalogue';
import { DIMENSION_VALUES_FOR_READING } from '../../model/dimensionAliases';
import type { RawDataset } from '../types';
import { loadPartitioned } from '../../../test/helpers';

const OPTIONS: ReadOptions = { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: 'defer' };
const enc = (text: string) => new TextEncoder().encode(text);

/** A summary of these files, its parts one per province, those in `loaded` read. */
function summary(files: Record<string, string>, parts: string[], loaded: string[] = []): RawDataset {
  const raw = readDataset(Object.entries(files).map(([name, text]) => ({ name, content: enc(text) })), OPTIONS);
  const withParts = { ...raw, partitions: parts.map((unit) => ({ unit, files: [`provinces/${unit}.csv`], loaded: loaded.includes(unit) })) };
  return withPartUnits(partsAtTreeKeys(placeUnits(withParts, builtinReference())), builtinReference());
}

const units2025 = readFileSync(new URL('../../../public/reference/units-2025.csv', import.meta.url), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(','));
const PROVINCES = units2025.filter((r) => r[2] === 'province').map((r) => r[0]);

describe('withPartUnits', () => {
  it("lists each unread province's communes under today's units: 3,321 in the 34 provinces, Bắc Ninh's 99 with Xã Xuân Lương", () => {
    const rows = PROVINCES.map((p) => `2026-Q1,${p},received,10,tinh`).join('\n');
    const raw = summary({ 'summary.csv': `period,unit,indicator,value,level\n${rows}\n` }, PROVINCES);
    expect(PROVINCES).toHaveLength(34);
    expect(raw.partitions.flatMap((p) => p.units ?? [])).toHaveLength(3321);
    const bacNinh = raw.partitions.find((p) => p.unit === '24')!.units!;
    expect(bacNinh).toHaveLength(99);
    expect(bacNinh.find((u) => u.code === '07246')).toEqual({ code: '07246', name: 'Xã Xuân Lương', nameEn: 'Xuan Luong Commune', type: 'commune', parent: '24' });
    expect(new Set(bacNinh.map((u) => u.type))).toEqual(new Set(['commune']));
  });

  it("before 2025 a province's districts come before their communes: 696 districts and 10,035 communes in the 63 provinces", () => {
    const ref = builtinReference();
    const old = [...ref.units.values()].filter((u) => u.type === 'province' && u.eras.includes('pre2025')).map((u) => u.key);
    expect(old).toHaveLength(63);
    const rows = old.map((k) => `2024,${ref.units.get(k)!.code},received,10`).join('\n');
    const raw = summary({ 'summary.csv': `period,unit,indicator,value\n${rows}\n` }, old);
    const all = raw.partitions.flatMap((p) => p.units ?? []);
    expect(all.filter((u) => u.type === 'district')).toHaveLength(696);
    expect(all.filter((u) => u.type === 'commune')).toHaveLength(10035);
    for (const p of raw.partitions) {
      const seen = new Set([p.unit]);
      for (const u of p.units!) { expect(seen.has(u.parent)).toBe(true); seen.add(u.code); }
    }
  });

  it('lists nothing for a part read, and leaves out units the dataset already has', () => {
    const raw = summary({ 'summary.csv': 'period,unit,indicator,value\n2026-Q1,24,received,10\n2026-Q1,91,received,5\n2026-Q1,07246,received,3\n' }, ['24', '91'], ['91']);
    expect(raw.partitions.find((p) => p.unit === '91')!.units).toBeUndefined();
    const bacNinh = raw.partitions.find((p) => p.unit === '24')!.units!;
    // Bắc Ninh's communes are in the tree already (a commune named brings its siblings).
    expect(bacNinh).toEqual([]);
  });

  it("lists nothing under a part whose unit is the dataset's own (a units file), not a built-in unit", () => {
    const raw = summary({
      'units.csv': 'code,name,type,parent\nT,Tỉnh Thử,province,\nX1,Xã Một,commune,T\n',
      'summary.csv': 'period,unit,indicator,value\n2026-Q1,T,received,10\n',
    }, ['T']);
    expect(raw.partitions[0].units).toBeUndefined();
  });

  it("names a part of a 2024 summary by the tree's key where today's list took its code: Tuyên Quang's 08 is 08.pre2025, with its 7 districts and 137 communes", () => {
    const loadPre = loadPartitioned('fixtures/partitioned-pre2025');
    expect(loadPre.tree.units.has('08.pre2025')).toBe(true);
    expect(loadPre.raw.partitions.map((p) => [p.unit, p.units?.filter((u) => u.type === 'district').length, p.units?.filter((u) => u.type === 'commune').length]))
      .toEqual([['08.pre2025', 7, 137], ['27', 8, 121]]);
  });

  it("names a part given by its unit's name, with or without the prefix, where one unit of the tree has it", () => {
    const raw = summary({ 'summary.csv': 'period,unit,indicator,value\n2026-Q1,24,received,10\n2026-Q1,91,received,5\n2026-Q1,01,received,7\n' }, ['Bắc Ninh', 'Tỉnh An Giang', 'ha noi']);
    expect(raw.partitions.map((p) => p.unit)).toEqual(['24', '91', '01']);
    expect(raw.partitions[0].units).toHaveLength(99);
  });

  it('keeps a part whose code is a unit of the tree, and one no built-in unit of the tree has as its code', () => {
    // Both eras: 08 is today's Tuyên Quang, in the tree, and stays.
    const both = summary({ 'summary.csv': 'period,unit,indicator,value\n2024,08,received,10\n2026-Q1,08,received,12\n' }, ['08', '99']);
    expect(both.partitions.map((p) => p.unit)).toEqual(['08', '99']);
  });
});
