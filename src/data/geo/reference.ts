// Vietnam's built-in units (public/reference): the 2025 list, the pre-2025 list and the
// crosswalk between them, indexed by era, code and name.
//
// Codes were reused in 2025 (24 was Bắc Giang and is now Bắc Ninh), so a code alone is not a
// unit. Each built-in unit gets a key: today's units keep their code; a pre-2025 unit keeps its
// code unless today's list uses it, then it is `<code>.pre2025`. The 11 provinces whose
// territory did not change keep one key across both eras, so their history is one series.
import { officialKey, placeName, type PlaceType } from './placeName';

export type Era = 'pre2025' | '2025';
export const ERAS: readonly Era[] = ['pre2025', '2025'];
/** The first day of today's units. */
export const MERGER_DAY = '2025-07-01';
export const LAST_OLD_DAY = '2025-06-30';
/** The national root every built-in province hangs under. */
export const NATIONAL_ROOT = 'VN';
export const NATIONAL_NAME = { vi: 'Cả nước', en: 'Viet Nam' } as const;
export const OLD_SUFFIX = '.pre2025';

export interface PlaceUnit {
  key: string;
  /** Official code, zero-padded as printed in the lists (`01`, `001`, `00004`). */
  code: string;
  name: string;
  nameEn: string;
  type: PlaceType;
  /** Key of the parent; NATIONAL_ROOT for provinces. */
  parent: string;
  eras: readonly Era[];
}

export interface Successor {
  key: string;
  relation: 'full' | 'partial';
}

export interface ReferenceTexts {
  units2025: string;
  unitsPre2025: string;
  crosswalk: string;
}

export interface Reference {
  units: ReadonlyMap<string, PlaceUnit>;
  children(key: string): readonly string[];
  /** A unit by its exact official code in an era. */
  byCode(era: Era, code: string): PlaceUnit | undefined;
  /** Units whose code is these digits once zero-padded (a spreadsheet dropped the zeros). */
  byDigits(era: Era, digits: string): PlaceUnit[];
  /** Units whose official name (or English name) has this key. */
  byName(era: Era, key: string): PlaceUnit[];
  /** Where a pre-2025 unit went on 2025-07-01. */
  successors(key: string): readonly Successor[];
  /** The pre-2025 units that went (wholly or in part) into a unit of today. */
  predecessors(key: string): readonly string[];
  /** The unit's province (itself for a province), or null for the root. */
  provinceOf(key: string): PlaceUnit | null;
}

function rows(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  return lines.slice(1).map((l) => l.split(','));
}

const WIDTH: Record<PlaceType, number> = { province: 2, district: 3, commune: 5 };

export function parseReference(texts: ReferenceTexts): Reference {
  const newRows = rows(texts.units2025).map(([code, name, type, parent, , nameEn]) => ({ code, name, type: type as PlaceType, parent, nameEn }));
  const oldRows = rows(texts.unitsPre2025).map(([code, name, type, parent, , , nameEn]) => ({ code, name, type: type as PlaceType, parent, nameEn }));
  const cross = rows(texts.crosswalk).map(([oldCode, oldType, newCode, newType, relation]) => ({ oldCode, oldType, newCode, newType, relation: relation as Successor['relation'] }));

  // Provinces whose territory did not change: one old province, wholly into the same code.
  const intoNew = new Map<string, number>();
  for (const c of cross) if (c.oldType === 'province') intoNew.set(c.newCode, (intoNew.get(c.newCode) ?? 0) + 1);
  const unchanged = new Set(cross.filter((c) => c.oldType === 'province' && c.newCode === c.oldCode && c.relation === 'full' && intoNew.get(c.newCode) === 1).map((c) => c.oldCode));

  const newCodes = new Set(newRows.map((r) => r.code));
  const oldKey = (code: string, type: PlaceType) => (type === 'province' && unchanged.has(code)) || !newCodes.has(code) ? code : `${code}${OLD_SUFFIX}`;

  const units = new Map<string, PlaceUnit>();
  const codeIndex: Record<Era, Map<string, PlaceUnit>> = { pre2025: new Map(), '2025': new Map() };
  for (const r of newRows) {
    const u: PlaceUnit = { key: r.code, code: r.code, name: r.name, nameEn: r.nameEn, type: r.type, parent: r.parent || NATIONAL_ROOT, eras: unchanged.has(r.code) && r.type === 'province' ? ERAS : ['2025'] };
    units.set(u.key, u);
    codeIndex['2025'].set(r.code, u);
  }
  const oldByCode = new Map(oldRows.map((r) => [r.code, r]));
  for (const r of oldRows) {
    const key = oldKey(r.code, r.type);
    if (units.has(key)) { codeIndex.pre2025.set(r.code, units.get(key)!); continue; } // an unchanged province
    const parentRow = r.parent ? oldByCode.get(r.parent) : undefined;
    const u: PlaceUnit = { key, code: r.code, name: r.name, nameEn: r.nameEn, type: r.type, parent: parentRow ? oldKey(parentRow.code, parentRow.type) : NATIONAL_ROOT, eras: ['pre2025'] };
    units.set(key, u);
    codeIndex.pre2025.set(r.code, u);
  }

  const kids = new Map<string, string[]>();
  for (const u of units.values()) {
    const list = kids.get(u.parent);
    if (list) list.push(u.key); else kids.set(u.parent, [u.key]);
  }

  const digitIndex: Record<Era, Map<string, PlaceUnit[]>> = { pre2025: new Map(), '2025': new Map() };
  const push = (m: Map<string, PlaceUnit[]>, k: string, u: PlaceUnit) => {
    const list = m.get(k);
    if (!list) m.set(k, [u]);
    else if (!list.includes(u)) list.push(u);
  };
  for (const era of ERAS) for (const [code, u] of codeIndex[era]) push(digitIndex[era], code.replace(/^0+(?=\d)/, ''), u);
  // Names are indexed on the first look-up by name: a dataset named by codes never pays for it.
  const oldNames = new Map(oldRows.map((r) => [oldKey(r.code, r.type), r]));
  let nameIndex: Record<Era, Map<string, PlaceUnit[]>> | null = null;
  const names = () => {
    if (nameIndex) return nameIndex;
    nameIndex = { pre2025: new Map(), '2025': new Map() };
    for (const era of ERAS) {
      for (const u of codeIndex[era].values()) {
        // An unchanged province answers to its pre-2025 spelling too (`Hoà Bình` / `Hòa Bình`).
        const written = era === 'pre2025' && u.eras.length === 2 ? [u.name, oldNames.get(u.key)?.name ?? u.name] : [u.name];
        for (const n of written) push(nameIndex[era], officialKey(n), u);
        // English names ("Ho Chi Minh City") are how international tables write provinces and districts.
        if (u.type !== 'commune') {
          const en = placeName(u.nameEn).key;
          if (en) push(nameIndex[era], en, u);
        }
      }
    }
    return nameIndex;
  };

  const successors = new Map<string, Successor[]>();
  const predecessors = new Map<string, string[]>();
  for (const c of cross) {
    const from = oldKey(c.oldCode, c.oldType as PlaceType);
    const to = c.newCode;
    if (!units.has(from) || !units.has(to)) continue;
    const next = successors.get(from);
    if (next) next.push({ key: to, relation: c.relation }); else successors.set(from, [{ key: to, relation: c.relation }]);
    const prev = predecessors.get(to);
    if (prev) prev.push(from); else predecessors.set(to, [from]);
  }

  const provinceOf = (key: string): PlaceUnit | null => {
    let u = units.get(key);
    while (u && u.type !== 'province') u = units.get(u.parent);
    return u ?? null;
  };

  return {
    units,
    children: (key) => kids.get(key) ?? [],
    byCode: (era, code) => codeIndex[era].get(code),
    byDigits: (era, digits) => digitIndex[era].get(digits.replace(/^0+(?=\d)/, '')) ?? [],
    byName: (era, key) => names()[era].get(key) ?? [],
    successors: (key) => successors.get(key) ?? [],
    predecessors: (key) => predecessors.get(key) ?? [],
    provinceOf,
  };
}

/** The official code width of each level, for telling `24` (a province) from `024` (a district). */
export function codeType(code: string): PlaceType | null {
  const t = (Object.keys(WIDTH) as PlaceType[]).find((k) => WIDTH[k] === code.length);
  return t ?? null;
}

/** The eras a period touches: before 2025-07-01, from it, or both. */
const PRE: readonly Era[] = ['pre2025'];
const NOW: readonly Era[] = ['2025'];
const BOTH: readonly Era[] = ['pre2025', '2025'];

/** The eras a period touches (the same array for the same eras: placing memoises on it). */
export function erasOf(start: string, end: string): readonly Era[] {
  if (end < MERGER_DAY) return PRE;
  if (start >= MERGER_DAY) return NOW;
  return BOTH;
}

/** Names of the files in public/reference. */
export const REFERENCE_FILES = {
  units2025: 'units-2025.csv',
  unitsPre2025: 'units-pre2025.csv',
  crosswalk: 'crosswalk-2025.csv',
} as const;
