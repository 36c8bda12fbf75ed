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

export function placeName(text: string): PlaceName {
  let f = fold(text).replace(COMMITTEE, '');
  let types: ReadonlySet<PlaceType> | null = null;
  let prefix = '';
  for (const [re, t] of PREFIXES) {
    const m = re.exec(f);
    if (m && m[0].length < f.length) {
      f = f.slice(m[0].length);
      types = t;
      const word = m[0].replace(/[.\s]+$/, '');
      prefix = SPELLED[word] ?? word;
      break;
    }
  }
  if (types === null) {
    for (const [re, t] of SUFFIXES) {
      const m = re.exec(f);
      if (m && m.index > 0) { f = f.slice(0, m.index); types = t; break; }
    }
  }
  const key = compact(f);
  return { key: ALIASES[key] ?? key, types, prefix };
}

/** The key an official name is indexed under (its own prefix stripped). */
export function officialKey(name: string): string {
  return placeName(name).key;
}
