// The built-in units a dataset needs, as unit records: every unit it names, their ancestors up
// to "Cả nước", and every sibling at each level (so a province is never "the sum" of the one
// district that reported, and the national view lists every province). Units the dataset does
// not use are left out: a national commune file needs about 11,000 of them, a province's file a few
// hundred.
import type { UnitRecord } from '../types';
import { LAST_OLD_DAY, MERGER_DAY, NATIONAL_NAME, NATIONAL_ROOT, type Era, type PlaceUnit, type Reference } from './reference';
import { officialKey } from './placeName';

export interface BuiltinSelection {
  /** Records for the tree (with keys renamed where the dataset's own units use the same code). */
  units: UnitRecord[];
  /** Records that only today's view needs: the units in force today that took in those above. */
  todayUnits: UnitRecord[];
  /** Built-in key → the key the dataset uses for it. */
  keyOf: (builtinKey: string) => string;
}

export function nationalRoot(): UnitRecord {
  return { code: NATIONAL_ROOT, name: NATIONAL_NAME.vi, nameEn: NATIONAL_NAME.en, type: 'country', parent: null, validFrom: null, validTo: null, successor: null, builtin: true };
}

function eraTag(u: PlaceUnit): string {
  return u.eras.length === 2 ? 'vn' : u.eras[0];
}

/**
 * @param placed Keys of the built-in units the dataset names (rows, parents of its own units).
 * @param eras The eras its periods touch.
 * @param own The dataset's own units (a units file): built-in units that are the same unit
 *   (same code, level and name) take their code; other built-in keys that clash are renamed.
 */
export function selectBuiltinUnits(ref: Reference, placed: Iterable<string>, eras: ReadonlySet<Era>, own: readonly UnitRecord[] = []): BuiltinSelection {
  const ownCodes = new Set(own.map((u) => u.code));
  const same = new Map<string, string>();
  for (const u of own) {
    const b = sameBuiltin(ref, u);
    if (b) same.set(b.key, u.code);
  }
  const renamed = new Map<string, string>();
  const keyOf = (k: string): string => {
    const s = same.get(k);
    if (s !== undefined) return s;
    if (!ownCodes.has(k)) return k;
    let r = renamed.get(k);
    if (!r) {
      const u = ref.units.get(k);
      r = u ? `${u.code}.${eraTag(u)}` : `${k}.vn`;
      for (let n = 2; ownCodes.has(r); n++) r = `${r}~${n}`;
      renamed.set(k, r);
    }
    return r;
  };

  const chosen = new Set<string>();
  const inEras = (k: string) => ref.units.get(k)!.eras.some((e) => eras.has(e));
  const addWithFamily = (key: string) => {
    for (let u = ref.units.get(key); u; u = ref.units.get(u.parent)) {
      if (chosen.has(u.key) && chosen.has(`${u.key}\u0001kids`)) break;
      chosen.add(u.key);
      const parent = u.parent;
      if (!chosen.has(`${parent}\u0001kids`)) {
        chosen.add(`${parent}\u0001kids`);
        for (const s of ref.children(parent)) if (inEras(s)) chosen.add(s);
      }
    }
  };
  for (const k of placed) if (ref.units.has(k)) addWithFamily(k);
  const keys = [...chosen].filter((k) => !k.includes('\u0001'));

  const record = (u: PlaceUnit): UnitRecord => {
    const old = u.eras.length === 1 && u.eras[0] === 'pre2025';
    const next = old ? ref.successors(u.key) : [];
    // Provinces went wholly into one new province: their figures add up there today. A commune
    // split among several new ones is only marked (its parts' shares are not known).
    const whole = u.type === 'province' && next.length === 1 && next[0].relation === 'full' ? keyOf(next[0].key) : null;
    return {
      code: keyOf(u.key), name: u.name, nameEn: u.nameEn, type: u.type,
      parent: u.parent === NATIONAL_ROOT ? NATIONAL_ROOT : keyOf(u.parent),
      validFrom: u.eras.length === 1 && u.eras[0] === '2025' ? MERGER_DAY : null,
      validTo: old ? LAST_OLD_DAY : null,
      successor: whole,
      splitInto: next.length > 1 ? next.map((s) => ({ code: keyOf(s.key), name: ref.units.get(s.key)?.name ?? s.key })) : undefined,
      builtin: true,
      official: u.code,
    };
  };
  const units = keys.filter((k) => !same.has(k)).map((k) => record(ref.units.get(k)!));
  const hasRoot = units.some((u) => u.parent === NATIONAL_ROOT);
  if (hasRoot) units.unshift(nationalRoot());

  // Today's view: the new provinces that took in the old provinces here (own or built-in),
  // with all their predecessors, so a new province is summed only when every part is there.
  const oldProvinces = [...keys.filter((k) => ref.units.get(k)!.type === 'province' && !ref.units.get(k)!.eras.includes('2025')), ...same.keys()];
  const todayKeys = new Set<string>();
  for (const k of oldProvinces) {
    const u = ref.units.get(k);
    if (!u || u.type !== 'province' || u.eras.includes('2025')) continue;
    for (const s of ref.successors(k)) {
      if (!chosen.has(s.key)) todayKeys.add(s.key);
      for (const p of ref.predecessors(s.key)) if (!chosen.has(p) && !same.has(p)) todayKeys.add(p);
    }
  }
  const todayUnits = [...todayKeys].map((k) => record(ref.units.get(k)!));
  if (todayUnits.length > 0 && !hasRoot) todayUnits.unshift(nationalRoot());
  return { units, todayUnits, keyOf };
}

/** The built-in unit a dataset's own unit is (same code, level and name in its era), if any. */
export function sameBuiltin(ref: Reference, u: UnitRecord): PlaceUnit | null {
  if (u.type !== 'province' && u.type !== 'district' && u.type !== 'commune') return null;
  const eras: Era[] = u.validTo !== null && u.validTo < MERGER_DAY ? ['pre2025'] : u.validFrom !== null && u.validFrom >= MERGER_DAY ? ['2025'] : ['2025', 'pre2025'];
  for (const era of eras) {
    const b = ref.byCode(era, u.code);
    if (b && b.type === u.type && officialKey(b.name) === officialKey(u.name)) return b;
  }
  return null;
}
