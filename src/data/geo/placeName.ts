// A place name as people write it, reduced to a key that matches the official list:
// `TP. Hồ Chí Minh`, `Thành phố Hồ Chí Minh`, `HCM` and `Ho Chi Minh City` meet at `hochiminh`;
// `Thừa Thiên - Huế` at `hue`; `Hoà Bình` and `Hòa Bình` at `hoabinh`; `Phường 01` at `1`.
// The prefix (or an English suffix) says which level the writer meant, when given.
import { fold } from '../text';

export type PlaceType = 'province' | 'district' | 'commune';

export interface PlaceName {
  /** Letters and digits only, without diacritics, prefix, leading zeros or spacing. */
  key: string;
  /** The levels the prefix allows; null when the name had none (a bare name). */
  types: ReadonlySet<PlaceType> | null;
  /** The prefix as written, spelled out (`tp.` → `thanh pho`), '' when none. */
  prefix: string;
}

const P = new Set<PlaceType>(['province']);
const PD = new Set<PlaceType>(['province', 'district']);
const D = new Set<PlaceType>(['district']);
const C = new Set<PlaceType>(['commune']);

// Longest first, so `thi xa` is not read as `xa`. A word needs a space after it (`Quảng` does
// not start with `quan`); an abbreviation may end with a dot instead (`TP.HCM`, `TX.`).
const PREFIXES: [RegExp, ReadonlySet<PlaceType>][] = [
  [/^thanh pho truc thuoc trung uong\s+/, P],
  [/^(tinh|thu do)\s+/, P],
  [/^(thanh pho\s+|tp\.\s*|tp\s+)/, PD],
  [/^(thi xa\s+|tx\.\s*|tx\s+|quan\s+|huyen\s+)/, D],
  [/^(thi tran\s+|tt\.\s*|tt\s+|dac khu\s+|phuong\s+|xa\s+)/, C],
];
// "UBND tỉnh …", "Ủy ban nhân dân huyện …" name the unit's people's committee: the unit itself.
const COMMITTEE = /^(ubnd|uy ban nhan dan)\s+/;

const SUFFIXES: [RegExp, ReadonlySet<PlaceType>][] = [
  [/\s+(province)$/, P],
  [/\s+(city)$/, PD],
  [/\s+(district|town)$/, D],
  [/\s+(ward|commune|township|special administrative region|special zone)$/, C],
];

/** Abbreviations and former names of provinces, as compact keys. */
const ALIASES: Record<string, string> = {
  hcm: 'hochiminh', tphcm: 'hochiminh', hcmc: 'hochiminh', tphochiminh: 'hochiminh',
  brvt: 'bariavungtau',
  // Tỉnh Thừa Thiên Huế became Thành phố Huế on 2025-01-01.
  thuathienhue: 'hue', tthue: 'hue',
  daclac: 'daklak', daclak: 'daklak', dacnong: 'daknong',
};

export function compact(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, '').replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');
}

const SPELLED: Record<string, string> = { tp: 'thanh pho', tx: 'thi xa', tt: 'thi tran' };

/** A name folded, with where its prefix ends and where an English suffix starts. */
interface Cut {
  folded: string;
  from: number;
  to: number;
  types: ReadonlySet<PlaceType> | null;
  prefix: string;
}

function cutName(text: string): Cut {
  const folded = fold(text);
  const committee = COMMITTEE.exec(folded);
  let from = committee ? committee[0].length : 0;
  let to = folded.length;
  const f = folded.slice(from);
  let types: ReadonlySet<PlaceType> | null = null;
  let prefix = '';
  for (const [re, t] of PREFIXES) {
    const m = re.exec(f);
    if (m && m[0].length < f.length) {
      from += m[0].length;
      types = t;
      const word = m[0].replace(/[.\s]+$/, '');
      prefix = SPELLED[word] ?? word;
      break;
    }
  }
  if (types === null) {
    for (const [re, t] of SUFFIXES) {
      const m = re.exec(f);
      if (m && m.index > 0) { to = from + m.index; types = t; break; }
    }
  }
  return { folded, from, to, types, prefix };
}

export function placeName(text: string): PlaceName {
  const c = cutName(text);
  const key = compact(c.folded.slice(c.from, c.to));
  return { key: ALIASES[key] ?? key, types: c.types, prefix: c.prefix };
}

const isMark = (c: number) => c >= 0x300 && c <= 0x36f;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A name as spelt, which its key forgets: its letters with their marks, without its prefix, case
 * or spacing, each word's tone mark put at the word's end — `Hoà` and `Hòa` are one name written
 * in two styles, `Văn Lang` and `Văn Lăng` two names (two communes of Thái Nguyên).
 */
export function placeSpelling(text: string): string {
  const c = cutName(text);
  // The text as fold makes it, keeping its marks: less them (and with đ as d), it is c.folded.
  const soft = text.normalize('NFD').toLowerCase().replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
  let from = -1;
  let to = soft.length;
  for (let i = 0, n = 0; i <= soft.length; i++) {
    if (i < soft.length && isMark(soft.charCodeAt(i))) continue;
    if (n === c.from && from < 0) from = i;
    if (n === c.to) { to = i; break; }
    n++;
  }
  const words = soft.slice(Math.max(0, from), to).split(/[^a-z0-9đ\u0300-\u036f]+/);
  const spelt = words.map((w) => w.replace(TONES, '') + (w.match(TONES) ?? []).sort().join('')).join('');
  return spelt.replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');
}

/** The key an official name is indexed under (its own prefix stripped). */
export function officialKey(name: string): string {
  return placeName(name).key;
}
