// Placing the units a file names among Vietnam's built-in units: by official code (the era
// from the row's period, since codes were reused in 2025) or by name (prefix optional, any
// tone-mark style, abbreviations, former names). A name that fits several units is settled by
// the row's parent column, then by the province and the level the rest of the file is about;
// what is still ambiguous is an error listing the candidates — never a guess.
import type { Problem } from '../types';
import { editDistance, fold } from '../text';
import { quote } from '../rowContext';
import { compact, placeName, placeSpelling, type PlaceType } from './placeName';
import { codeType, ERAS, MERGER_DAY, NATIONAL_ROOT, type Era, type PlaceUnit, type Reference } from './reference';

/** A unit named in a cell: what was written, the row's parent hint, and the eras its period touches. */
export interface Mention {
  text: string;
  /** The row's parent column (a province or district, by code or name), '' when none. */
  parent: string;
  eras: readonly Era[];
  file: string;
  line: number;
  column: number;
  /** Further rows that name the unit the same way, three numbers each (index, line, column): each
   * weighs in the file's context and gets the mention's problem at its own line. */
  more?: readonly number[];
}

export interface Placement {
  /** The built-in unit's key, or null when it could not be placed. */
  key: string | null;
}

export interface PlaceResult {
  keys: (string | null)[];
  /** One problem per mention that could not be placed, and info where a choice was explained. */
  problems: Problem[];
  /** Mentions no built-in unit answers to, with the nearest names as a hint ('' when none). */
  unknown: { index: number; hint: string }[];
}

interface Candidates {
  units: PlaceUnit[];
  byCode: boolean;
  bare: boolean;
}

const eraWords = (eras: readonly Era[]) => (eras.length === 2 ? 'before and after 1/7/2025' : eras[0] === 'pre2025' ? 'before 1/7/2025' : 'from 1/7/2025');

export function describeUnit(ref: Reference, u: PlaceUnit): string {
  const p = ref.provinceOf(u.key);
  const era = u.eras.length === 2 ? '' : u.eras[0] === 'pre2025' ? ', until 30/6/2025' : '';
  return `${u.name} (${u.code}${p && p.key !== u.key ? `, ${p.name}` : ''}${era})`;
}

function uniq(units: PlaceUnit[]): PlaceUnit[] {
  return [...new Map(units.map((u) => [u.key, u])).values()];
}

/** Every built-in unit the text could mean in the eras, before any context is used. */
export function candidatesFor(ref: Reference, text: string, eras: readonly Era[]): Candidates {
  const t = text.trim();
  if (/^\d{1,5}$/.test(t)) {
    const exact = codeType(t);
    const units = eras.flatMap((era) => (exact ? [ref.byCode(era, t)].filter((u): u is PlaceUnit => !!u) : ref.byDigits(era, t)));
    return { units: uniq(units), byCode: true, bare: true };
  }
  const pn = placeName(t);
  const find = (key: string, types: ReadonlySet<PlaceType> | null) => uniq(eras.flatMap((era) => ref.byName(era, key).filter((u) => !types || types.has(u.type))));
  let units = find(pn.key, pn.types);
  // The same prefix as the official name first: "Thành phố Bắc Ninh" is the city, not the
  // province, "Phường Hòa Bình" not "Xã Hòa Bình".
  if (units.length > 1 && pn.prefix) {
    const same = units.filter((u) => placeName(u.name).prefix === pn.prefix);
    if (same.length > 0) units = same;
  }
  // A name that only looks prefixed ("Tịnh Biên" is not "Tỉnh Biên").
  if (units.length === 0 && pn.types) units = find(compact(fold(t)), null);
  return { units, byCode: false, bare: pn.types === null };
}

function ancestors(ref: Reference, key: string): Set<string> {
  const out = new Set<string>();
  for (let u = ref.units.get(key); u; u = ref.units.get(u.parent)) out.add(u.key);
  return out;
}

interface FileContext {
  provinces: Set<string>;
  types: Map<PlaceType, number>;
}

function dominantType(ctx: FileContext): PlaceType | null {
  const total = [...ctx.types.values()].reduce((s, n) => s + n, 0);
  for (const [t, n] of ctx.types) if (n * 2 > total) return t;
  return null;
}

/** Nearest names in the eras (edit distance on the keys), with their provinces. */
export function nearestUnits(ref: Reference, text: string, eras: readonly Era[], limit = 3): PlaceUnit[] {
  const { key, types } = placeName(text);
  if (!key) return [];
  const scored: { u: PlaceUnit; d: number }[] = [];
  const seen = new Set<string>();
  for (const u of ref.units.values()) {
    if (seen.has(u.key) || !u.eras.some((e) => eras.includes(e)) || (types && !types.has(u.type))) continue;
    seen.add(u.key);
    const k = placeName(u.name).key;
    if (Math.abs(k.length - key.length) > 3) continue;
    const d = editDistance(key, k);
    if (d <= Math.max(2, Math.ceil(key.length / 3))) scored.push({ u, d: d + (u.type === 'province' ? 0 : 0.5) });
  }
  return scored.sort((a, b) => a.d - b.d || a.u.name.localeCompare(b.u.name, 'vi')).slice(0, limit).map((s) => s.u);
}

/** The value at a key of a map, made (and kept) the first time. */
function at<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/** How many unknown names get "nearest" hints (each scans every built-in name). */
const SUGGESTION_LIMIT = 50;

/**
 * Places every mention. Mentions are grouped by what they say, so a file repeating a unit on
 * every row costs one look-up per unit.
 */
export function placeMentions(ref: Reference, mentions: readonly Mention[]): PlaceResult {
  // Memos keyed by the eras array itself (erasOf gives one per set of eras) and then by text:
  // a million mentions build no key strings.
  const memo = new Map<readonly Era[], Map<string, Candidates>>();
  const cands = (text: string, eras: readonly Era[]) => {
    const byText = at(memo, eras, () => new Map<string, Candidates>());
    let c = byText.get(text);
    if (!c) byText.set(text, (c = candidatesFor(ref, text, eras)));
    return c;
  };
  const parentKeys = new Map<readonly Era[], Map<string, Set<string>>>();
  const withParent = (m: Mention): Candidates => {
    const c = cands(m.text, m.eras);
    if (m.parent === '' || c.units.length <= 1) return c;
    const byParent = at(parentKeys, m.eras, () => new Map<string, Set<string>>());
    let ps = byParent.get(m.parent);
    if (!ps) byParent.set(m.parent, (ps = new Set(cands(m.parent, m.eras).units.map((u) => u.key))));
    const units = c.units.filter((u) => [...ancestors(ref, u.key)].some((a) => a !== u.key && ps!.has(a)));
    return units.length > 0 ? { ...c, units } : c;
  };

  // Pass 1: what each file says unambiguously is its context; what the whole dataset says is
  // the context of a file that says nothing of its own (a units file's parents, say).
  const contexts = new Map<string, FileContext>();
  const everywhere: FileContext = { provinces: new Set(), types: new Map() };
  const firstPass = mentions.map((m) => withParent(m));
  firstPass.forEach((c, i) => {
    if (c.units.length !== 1) return;
    const file = mentions[i].file;
    let ctx = contexts.get(file);
    if (!ctx) contexts.set(file, (ctx = { provinces: new Set(), types: new Map() }));
    const u = c.units[0];
    const p = ref.provinceOf(u.key);
    const rows = 1 + (mentions[i].more?.length ?? 0) / 3;
    for (const x of [ctx, everywhere]) {
      if (p) x.provinces.add(p.key);
      x.types.set(u.type, (x.types.get(u.type) ?? 0) + rows);
    }
  });

  const keys: (string | null)[] = [];
  const problems: Problem[] = [];
  const unknown: PlaceResult['unknown'] = [];
  const hinted = new Map<string, string>();
  type Settled = { key: string | null; problem: Omit<Problem, 'file' | 'line' | 'column'> | null };
  // By file, eras, parent, then text.
  const settled = new Map<string, Map<readonly Era[], Map<string, Map<string, Settled>>>>();

  mentions.forEach((m, i) => {
    const byText = at(at(at(settled, m.file, () => new Map()), m.eras, () => new Map()), m.parent, () => new Map<string, Settled>());
    let s = byText.get(m.text);
    if (!s) byText.set(m.text, (s = settle(ref, m, firstPass[i], contexts.get(m.file) ?? everywhere)));
    if (s.key === null && s.problem === null) {
      const hk = `${m.eras.join('+')}\u0001${m.text}`;
      if (!hinted.has(hk)) hinted.set(hk, hinted.size < SUGGESTION_LIMIT ? hint(ref, m) : '');
      unknown.push({ index: i, hint: hinted.get(hk)! });
      keys.push(null);
      return;
    }
    keys.push(s.key);
    if (s.problem) {
      problems.push({ ...s.problem, file: m.file, line: m.line, column: m.column });
      const more = m.more ?? [];
      for (let k = 0; k < more.length; k += 3) problems.push({ ...s.problem, file: m.file, line: more[k + 1], column: more[k + 2] });
    }
  });
  return { keys, problems, unknown };
}

function hint(ref: Reference, m: Mention): string {
  const near = nearestUnits(ref, m.text, m.eras);
  return near.length ? `nearest: ${near.map((u) => describeUnit(ref, u)).join('; ')}` : '';
}

function settle(ref: Reference, m: Mention, c: Candidates, ctx: FileContext | undefined): { key: string | null; problem: Omit<Problem, 'file' | 'line' | 'column'> | null } {
  let units = c.units;
  if (units.length === 0) return { key: null, problem: null };
  const narrow = (keep: (u: PlaceUnit) => boolean) => {
    const next = units.filter(keep);
    if (next.length > 0) units = next;
  };
  // The level most of the file is at, then the provinces it is about.
  const dominant = ctx ? dominantType(ctx) : null;
  if (units.length > 1 && dominant) narrow((u) => u.type === dominant);
  if (units.length > 1 && ctx && ctx.provinces.size > 0) narrow((u) => u.type !== 'province' && ctx.provinces.has(ref.provinceOf(u.key)?.key ?? ''));
  // A bare name that is a province's name means the province ("Bắc Ninh", not its city).
  if (units.length > 1 && c.bare && !c.byCode && units.filter((u) => u.type === 'province').length >= 1) narrow((u) => u.type === 'province');
  // Still several: a name spelt as one of them, marks and all, is that one. "Xã Văn Lang" and "Xã
  // Văn Lăng" are two communes of Thái Nguyên that no parent column tells apart (8 such pairs from
  // 1/7/2025, 22 before): their rows were refused as naming two units.
  if (units.length > 1 && !c.byCode) {
    const spelt = placeSpelling(m.text);
    narrow((u) => placeSpelling(u.name) === spelt);
  }
  if (units.length === 1) return { key: units[0].key, problem: null };

  // Several eras: one unit before 1/7/2025 and another after, for a period that spans the day.
  const inEra = (era: Era) => units.filter((u) => u.eras.includes(era));
  if (m.eras.length === 2 && inEra('pre2025').length >= 1 && inEra('2025').length >= 1) {
    const [before, after] = [inEra('pre2025'), inEra('2025')];
    if (c.byCode) {
      return {
        key: null,
        problem: {
          severity: 'error', code: 'unit-era-conflict',
          message: `code ${m.text} names ${before.map((u) => describeUnit(ref, u)).join(' or ')} before ${fmt(MERGER_DAY)} and ${after.map((u) => describeUnit(ref, u)).join(' or ')} from then, and this period spans that day: write the unit's name, split the period at 30/6/2025, or add a units.csv`,
        },
      };
    }
    if (after.length === 1) {
      return {
        key: after[0].key,
        problem: { severity: 'info', code: 'unit-era', message: `${quote(m.text)} is read as ${describeUnit(ref, after[0])}, the unit of that name at the end of this period (before ${fmt(MERGER_DAY)} it named ${before.map((u) => describeUnit(ref, u)).join(' or ')})` },
      };
    }
  }
  const list = units.slice(0, 12).map((u) => describeUnit(ref, u)).join('; ');
  return {
    key: null,
    problem: {
      severity: 'error', code: 'ambiguous-unit',
      message: `${quote(m.text)} ${eraWords(m.eras) === 'before and after 1/7/2025' ? '' : `(${eraWords(m.eras)}) `}names ${units.length} units: ${list}${units.length > 12 ? '; …' : ''} — add a parent column (the province or district) or use the unit's code`,
    },
  };
}

const fmt = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** The eras to try for a row without a readable period: both. */
export const ANY_ERA: readonly Era[] = ERAS;

export { NATIONAL_ROOT };
