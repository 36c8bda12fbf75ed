// A partitioned dataset's parts, placed among its units: each part under the unit of the tree its
// index names, and the built-in units under each part not read yet. A national summary names the
// provinces; their communes are in the provinces' own files, read on a drill. Their names are
// known from the built-in lists, so the unit picker can find a commune (and open its province's
// file) before that file comes.
import type { PartUnit, RawDataset } from '../types';
import { LAST_OLD_DAY, MERGER_DAY, type Era, type Reference } from './reference';
import { UnitLookup } from '../records';

/**
 * The dataset with each part's unit named as its tree names it. An index names a province by its
 * official code; a province of before 2025 whose code today's list took over is `08.pre2025` in
 * the tree (reference.ts), so a national summary of 2024 partitioned by code had the part `08`
 * under no unit, and a drill into Tuyên Quang never read it. A code that is a unit of the tree
 * stays; one that is the official code of one built-in unit of the tree, or that names one unit
 * of it as a row may (UnitLookup: its code without leading zeros, a unique name with or without
 * its prefix), becomes its key.
 */
export function partsAtTreeKeys(raw: RawDataset): RawDataset {
  if (raw.partitions.length === 0) return raw;
  const byOfficial = new Map<string, string[]>();
  for (const u of raw.units) {
    if (!u.builtin || !u.official) continue;
    const list = byOfficial.get(u.official);
    if (list) list.push(u.code); else byOfficial.set(u.official, [u.code]);
  }
  // A code, a code whose zeros were dropped, or a unique name, as rows name a unit of a units file.
  const units = new UnitLookup(raw.units);
  const keyOf = (unit: string) => {
    if (units.has(unit)) return unit;
    const official = byOfficial.get(unit);
    if (official?.length === 1) return official[0];
    return units.find(unit).unit?.code ?? unit;
  };
  return { ...raw, partitions: raw.partitions.map((p) => ({ ...p, unit: keyOf(p.unit) })) };
}

/** The dataset with each unread part's built-in units listed (`partitions[].units`): the units under
 * the part's unit in the eras the dataset's built-in units are of, in the lists' order, a parent
 * before its children. A part whose unit is not a built-in unit of the dataset lists none, and
 * units the dataset already has (or whose code one of its own units takes) are left out. */
export function withPartUnits(raw: RawDataset, ref: Reference): RawDataset {
  if (!raw.partitions.some((p) => !p.loaded)) return raw;
  const byCode = new Map(raw.units.map((u) => [u.code, u]));
  const eras = erasOf(raw);
  return {
    ...raw,
    partitions: raw.partitions.map((p) => {
      const at = byCode.get(p.unit);
      if (p.loaded || !at?.builtin || !ref.units.has(p.unit)) return p;
      const units: PartUnit[] = [];
      const visit = (key: string) => {
        for (const k of ref.children(key)) {
          const u = ref.units.get(k)!;
          if (u.type === 'province' || !u.eras.some((e) => eras.has(e)) || byCode.has(k)) continue;
          units.push({ code: k, name: u.name, nameEn: u.nameEn, type: u.type, parent: key });
          visit(k);
        }
      };
      visit(p.unit);
      return { ...p, units };
    }),
  };
}

/** The eras of the dataset's built-in units: a unit of one era says which; provinces that did not
 * change in 2025 (of both) leave both. */
function erasOf(raw: RawDataset): Set<Era> {
  const eras = new Set<Era>();
  for (const u of raw.units) {
    if (!u.builtin) continue;
    if (u.validTo === LAST_OLD_DAY) eras.add('pre2025');
    if (u.validFrom === MERGER_DAY) eras.add('2025');
  }
  return eras.size > 0 ? eras : new Set<Era>(['pre2025', '2025']);
}
