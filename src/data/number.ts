// Reading numbers as provinces print them: `133.555` (dot = thousands), `99,14%` (comma =
// decimal), `hơn 7.800`, `trên 32 triệu đồng`. The one real trap is a single separator followed
// by exactly three digits (`1.280`): it is a thousands mark in Vietnamese and a decimal mark in
// English. We resolve it from the file's style, then from the indicator's range, and otherwise
// refuse: a figure is never guessed silently.
import type { IndicatorKind, PrintedNumber, Qualifier } from './types';
import { fold } from './text';

export type NumberStyle = 'vi' | 'en' | 'unknown';

export type NumberResult =
  | { ok: true; number: PrintedNumber }
  | { ok: false; code: 'empty' | 'not-a-number' | 'ambiguous-number'; message: string };

export interface ParseNumberOptions {
  kind: IndicatorKind;
  style: NumberStyle;
  /** Upper bound of a score (default 100); rates are always 0–100. */
  max?: number | null;
}

type Mark = '.' | ',';

/** How the digits-and-separators core of a figure reads, before any style is applied. */
type Scan =
  | { kind: 'int'; int: string }
  | { kind: 'decimal'; int: string; frac: string; mark: Mark }
  | { kind: 'grouped'; int: string; mark: Mark } // several thousands marks, no decimal
  | { kind: 'ambiguous'; int: string; frac: string; mark: Mark } // `1.280`, `1,280`
  | { kind: 'invalid' };

/** Group of 1–3 digits then groups of exactly 3, joined by `sep`. */
const grouped = (sep: string) => `\\d{1,3}(?:\\${sep}\\d{3})`;
const SPACE_GROUPED = /^(\d{1,3}(?: \d{3})+)(?:([.,])(\d+))?$/;
const VI_FULL = new RegExp(`^(${grouped('.')}+),(\\d+)$`);
const EN_FULL = new RegExp(`^(${grouped(',')}+)\\.(\\d+)$`);
const VI_GROUPED = new RegExp(`^${grouped('.')}{2,}$`);
const EN_GROUPED = new RegExp(`^${grouped(',')}{2,}$`);

function scanDigits(core: string): Scan {
  if (/^\d+$/.test(core)) return { kind: 'int', int: core };
  let m: RegExpExecArray | null;
  // Spaces only ever group thousands, so any other mark is then the decimal one.
  if ((m = SPACE_GROUPED.exec(core))) {
    const int = m[1].replace(/ /g, '');
    return m[2] ? { kind: 'decimal', int, frac: m[3], mark: m[2] as Mark } : { kind: 'int', int };
  }
  if ((m = VI_FULL.exec(core))) return { kind: 'decimal', int: m[1].replace(/\./g, ''), frac: m[2], mark: ',' };
  if ((m = EN_FULL.exec(core))) return { kind: 'decimal', int: m[1].replace(/,/g, ''), frac: m[2], mark: '.' };
  if (VI_GROUPED.test(core)) return { kind: 'grouped', int: core.replace(/\./g, ''), mark: '.' };
  if (EN_GROUPED.test(core)) return { kind: 'grouped', int: core.replace(/,/g, ''), mark: ',' };
  if ((m = /^(\d*)([.,])(\d+)$/.exec(core))) {
    const [, int, mark, frac] = m;
    // Only "1–3 digits, not starting with 0, then exactly 3" can be a thousands group.
    const ambiguous = frac.length === 3 && int.length >= 1 && int.length <= 3 && int[0] !== '0';
    return { kind: ambiguous ? 'ambiguous' : 'decimal', int: int || '0', frac, mark: mark as Mark };
  }
  return { kind: 'invalid' };
}

/** The style a scanned figure proves, if any. */
function evidence(scan: Scan): NumberStyle {
  if (scan.kind === 'decimal') return scan.mark === ',' ? 'vi' : 'en';
  // `1.234.567` can only be Vietnamese thousands, `1,234,567` only English.
  if (scan.kind === 'grouped') return scan.mark === '.' ? 'vi' : 'en';
  return 'unknown';
}

/** NFC, and non-breaking / thin spaces (Excel and Word exports) as plain spaces. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u2007\u2009\u202f\u200a]+/g, ' ').trim();
}

/**
 * Style of a file's numbers from its value cells: 'vi' if cells show a decimal comma (`99,14`,
 * `1.234,5`, `0,5`) and no cell shows an English decimal point; 'en' if cells show a decimal point
 * with other than exactly 3 digits after it (`80.1`, `99.14`) or `1,234.5`, and none show vi
 * evidence; 'unknown' when there is no evidence or both. `133.555` and `1,280` alone are NOT
 * evidence (could be either). Repeated groups (`1.234.567`, `1,234,567`) also count as evidence.
 */
export function detectNumberStyle(cells: Iterable<string>): NumberStyle {
  let vi = false;
  let en = false;
  // A file repeats its figures' shapes (`97,26` on many rows): each text is weighed once.
  const seen = new Set<string>();
  for (const cell of cells) {
    // Digits alone are no evidence of either style.
    if (typeof cell !== 'string' || PLAIN_DIGITS.test(cell) || seen.has(cell)) continue;
    seen.add(cell);
    for (const token of clean(cell).match(/\d[\d., ]*/g) ?? []) {
      const e = evidence(scanDigits(token.replace(/[., ]+$/, '')));
      if (e === 'vi') vi = true;
      else if (e === 'en') en = true;
    }
    if (vi && en) return 'unknown';
  }
  return vi ? 'vi' : en ? 'en' : 'unknown';
}

// Words and marks, folded (lower case, no diacritics, đ → d). Longest first so that
// `more than` wins over `more` and `approx.` over `approx`.
const QUALIFIERS: [string, Qualifier][] = (
  [
    ['>=', '>'], ['>', '>'], ['≥', '>'], ['hon', '>'], ['tren', '>'], ['over', '>'], ['more than', '>'],
    ['it nhat', '>'], ['toi thieu', '>'], ['at least', '>'],
    ['<=', '<'], ['<', '<'], ['≤', '<'], ['duoi', '<'], ['it hon', '<'], ['under', '<'], ['less than', '<'],
    ['toi da', '<'], ['at most', '<'],
    ['~', '~'], ['≈', '~'], ['gan', '~'], ['khoang', '~'], ['xap xi', '~'], ['chung', '~'],
    ['about', '~'], ['approx.', '~'], ['approx', '~'], ['approximately', '~'], ['around', '~'],
    ['nearly', '~'], ['almost', '~'],
    ['=', '='],
  ] as [string, Qualifier][]
).sort((a, b) => b[0].length - a[0].length);
/** Words that say nothing about the figure: `đạt 99%`, `là 5`, `ở mức 80`. */
const FILLERS = ['dat', 'la', 'o muc', 'muc', 'chi', 'con', 'co', 'tong so', 'tong cong', 'tong', ':'].sort(
  (a, b) => b.length - a.length,
);
/** Words after the figure: `99% trở lên` is "99% or more". */
const SUFFIX_QUALIFIERS: [string, Qualifier][] = [['tro len', '>'], ['tro xuong', '<']];
const MULTIPLIERS: [string, number][] = [['nghin', 3], ['ngan', 3], ['trieu', 6], ['ty', 9], ['ti', 9]];
const UNITS = ['dong', 'd', 'vnd', 'ho so', 'thu tuc', 'tthc', 'dich vu', 'diem', 'luot', '%'].sort(
  (a, b) => b.length - a.length,
);

/** Whether `word` starts at `at` and is not the beginning of a longer word. */
function wordAt(s: string, at: number, word: string): boolean {
  if (!s.startsWith(word, at)) return false;
  if (!/[a-z0-9]$/.test(word)) return true;
  return !/[a-z0-9]/.test(s.charAt(at + word.length));
}

/** Read a run of known words; returns the ones met, or the first unknown remainder. */
function readWords(s: string, vocab: string[]): { words: string[]; rest: string } {
  const words: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ') {
      i++;
      continue;
    }
    const w = vocab.find((v) => wordAt(s, i, v));
    if (!w) return { words, rest: s.slice(i) };
    words.push(w);
    i += w.length;
  }
  return { words, rest: '' };
}

const ALL_PREFIX = [...QUALIFIERS.map(([w]) => w), ...FILLERS].sort((a, b) => b.length - a.length);
const ALL_SUFFIX = [
  ...SUFFIX_QUALIFIERS.map(([w]) => w),
  ...MULTIPLIERS.map(([w]) => w),
  ...UNITS,
].sort((a, b) => b.length - a.length);

const fail = (code: 'empty' | 'not-a-number' | 'ambiguous-number', message: string): NumberResult => ({
  ok: false,
  code,
  message,
});

/** Exact decimal value from digit strings: `Number('1234.5e6')` avoids 1234.5 * 1e6 drift. */
function valueOf(negative: boolean, int: string, frac: string, exp: number): number {
  const v = Number(`${int || '0'}.${frac || '0'}e${exp}`);
  return negative && v !== 0 ? -v : v;
}

/** A cell of digits only: most cells of large files. It reads one way in every style and kind. */
const PLAIN_DIGITS = /^\d{1,15}$/;

/** A mark followed by exactly three digits: where a figure can hold one, its reading may be the
 * file's style's to say (`1.280`); anywhere else it cannot. */
const MAY_NEED_STYLE = /[.,]\d{3}(?!\d)/;

/**
 * Whether parsePrintedNumber may read a text differently by the file's number style. Only a single
 * mark followed by exactly three digits is read by the style (scanDigits' `ambiguous`), and such a
 * text always has a mark followed by three digits and no fourth: where it has none, its reading
 * is the same in any style, and the reader need not scan the file's numbers for it (read.ts).
 */
export function styleMatters(text: string): boolean {
  return MAY_NEED_STYLE.test(text);
}

export function parsePrintedNumber(text: string, opts: ParseNumberOptions): NumberResult {
  if (typeof text === 'string' && PLAIN_DIGITS.test(text)) return { ok: true, number: { value: Number(text), qualifier: '=', decimals: 0, percent: false } };
  // A file prints the same figures many times (`97,26%` on many rows): each is read once.
  const key = `${opts.kind}\u0001${opts.style}\u0001${opts.max ?? ''}\u0001${text}`;
  let r = parsed.get(key);
  if (!r) {
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(key, (r = parse(typeof text === 'string' ? text : String(text ?? ''), opts)));
  }
  return r;
}

/** What parsePrintedNumber gave for a text and options (its results are never changed). */
const parsed = new Map<string, NumberResult>();
const PARSED_LIMIT = 50_000;

function parse(text: string, opts: ParseNumberOptions): NumberResult {
  const cell = clean(text);
  const q = JSON.stringify(cell);
  if (cell === '') return fail('empty', 'The cell is empty');
  // A lone dash is how printed tables say "no figure"; it is not zero.
  if (/^[-–—−]+$/.test(cell)) return fail('empty', `${q} is a dash: no figure was published`);
  const f = fold(cell);
  const nan = (why: string) => fail('not-a-number', `${q} is not a number${why ? ` (${why})` : ''}`);

  const m = /^(.*?)([+\-−]?)(\d[\d., ]*)(.*)$/.exec(f);
  if (!m) return nan('it has no digits');
  const [, prefixRaw, sign] = m;
  // The number ends at its last digit; a trailing separator belongs to what follows.
  const core = m[3].replace(/[., ]+$/, '');
  const after = (m[3].slice(core.length) + m[4]).trim();

  // Before the number: qualifier words and marks, mixed with filler.
  const pre = readWords(prefixRaw.trim(), ALL_PREFIX);
  if (pre.rest) return nan(`unexpected "${pre.rest.trim()}" before the number`);
  // After it: %, a multiplier, unit words, `trở lên`.
  const post = readWords(after, ALL_SUFFIX);
  if (post.rest) return nan(`unexpected "${post.rest.trim()}"`);

  const qualifiers = new Set<Qualifier>();
  for (const w of pre.words) {
    const hit = QUALIFIERS.find(([k]) => k === w);
    if (hit && hit[1] !== '=') qualifiers.add(hit[1]);
  }
  let exp = 0;
  let seenMultiplier = false;
  let seenUnit = false;
  for (const w of post.words) {
    const sq = SUFFIX_QUALIFIERS.find(([k]) => k === w);
    const mul = MULTIPLIERS.find(([k]) => k === w);
    if (sq) qualifiers.add(sq[1]);
    else if (mul) {
      if (seenMultiplier || seenUnit) return nan(`misplaced "${w}"`);
      seenMultiplier = true;
      exp = mul[1];
    } else if (w !== '%') seenUnit = true;
  }
  if (qualifiers.size > 1) return nan(`it says both ${[...qualifiers].join(' and ')}`);
  const qualifier: Qualifier = qualifiers.size ? [...qualifiers][0] : '=';
  const percent = f.includes('%');
  const negative = sign === '-' || sign === '−';

  const scan = scanDigits(core);
  if (scan.kind === 'invalid') return nan('the digits are not grouped in threes');

  let int: string;
  let frac: string;
  if (scan.kind === 'int' || scan.kind === 'grouped') {
    int = scan.int;
    frac = '';
  } else if (scan.kind === 'decimal') {
    ({ int, frac } = scan);
  } else {
    const asThousands = { int: scan.int + scan.frac, frac: '' };
    const asDecimal = { int: scan.int, frac: scan.frac };
    const styleSaysDecimal = (opts.style === 'vi' && scan.mark === ',') || (opts.style === 'en' && scan.mark === '.');
    if ((opts.kind === 'count' || opts.kind === 'amount') && styleSaysDecimal && exp === 0) {
      // The file writes decimals with this mark elsewhere (80.1), yet a count is whole: 2.000
      // could be two thousand or two. Say so rather than read it as 2.
      const t = valueOf(negative, asThousands.int, '', 0);
      const d = valueOf(negative, asDecimal.int, asDecimal.frac, 0);
      return fail('ambiguous-number', `${q} could be ${t} or ${d}: elsewhere this file writes decimals with "${scan.mark}", but a ${opts.kind} is a whole number; write ${t} without a separator`);
    }
    if (opts.style === 'vi') ({ int, frac } = scan.mark === '.' ? asThousands : asDecimal);
    else if (opts.style === 'en') ({ int, frac } = scan.mark === ',' ? asThousands : asDecimal);
    else if (opts.kind === 'count' || opts.kind === 'amount') ({ int, frac } = asThousands); // whole by nature
    else {
      // A rate or score has a range; keep the one reading that falls inside it.
      const max = opts.kind === 'rate' ? 100 : (opts.max ?? 100);
      const readings = [asThousands, asDecimal];
      const inRange = readings.filter((r) => {
        const v = valueOf(negative, r.int, r.frac, exp);
        return v >= 0 && v <= max;
      });
      if (inRange.length !== 1) {
        const t = valueOf(negative, asThousands.int, '', exp);
        const d = valueOf(negative, asDecimal.int, asDecimal.frac, exp);
        return fail(
          'ambiguous-number',
          `${q} could be ${t} or ${d}: the file does not show which decimal mark it uses; write ${t} or ${formatVi(d, decimalsOf(d))}`,
        );
      }
      ({ int, frac } = inRange[0]);
    }
  }

  const value = valueOf(negative, int, frac, exp);
  if (!Number.isFinite(value)) return nan('it is too large');
  // With a multiplier, `1,5 tỷ` is a whole number of đồng: no decimals left.
  const decimals = exp && Number.isInteger(value) ? 0 : Math.max(0, frac.length - exp);
  return { ok: true, number: { value, qualifier, decimals, percent } };
}

// Formatting lives in its own module, so the page's first screen does not carry the parser.
import { decimalsOf, formatVi } from './formatVi';
export { formatVi };
