// Periods as reports print them (`Quý I/2023`, `9 tháng đầu năm 2020`, `từ 01/7/2020 đến
// 30/6/2023`, `tính đến ngày 31/5/2022`), stored as first and last day with the shortest exact key.
// Everything goes through periodFromDays, so `3 tháng đầu năm 2022` and `2022-Q1` are one period.
import type { Period, PeriodKind } from './types';
import { fold } from './text';

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---- ISO days -------------------------------------------------------------------------------

const pad2 = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
const lastDay = (y: number, m: number) => iso(y, m, daysInMonth(y, m));

function splitIso(day: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? [y, mo, d] : null;
}
function ymd(day: string): [number, number, number] {
  const p = splitIso(day);
  if (!p) throw new RangeError(`not an ISO day: ${day}`);
  return p;
}

// Day arithmetic through UTC dates; setUTCFullYear keeps years below 100 literal.
function dayNumber(day: string): number {
  const [y, m, d] = ymd(day);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / 86_400_000);
}
function fromDayNumber(n: number): string {
  const t = new Date(n * 86_400_000);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
const addDays = (day: string, n: number) => fromDayNumber(dayNumber(day) + n);
const dmy = (day: string) => {
  const [y, m, d] = ymd(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
};

// ---- Building and describing ---------------------------------------------------------------

/**
 * Build from first/last ISO day; the key is the shortest exact form: whole year → '2022';
 * Jan–Jun / Jul–Dec → '2022-H1'/'2022-H2'; a calendar quarter → '2023-Q1'; a calendar month →
 * '2024-07'; one day → '2022-05-31'; else '2020-07-01/2023-06-30'. kind accordingly.
 * Throws a RangeError on days that are not real ISO days or an end before the start
 * (parsePeriod checks both first, so it never throws).
 */
export function periodFromDays(start: string, end: string): Period {
  const [ys, ms, ds] = ymd(start);
  const [ye, me, de] = ymd(end);
  if (end < start) throw new RangeError(`period ends (${end}) before it starts (${start})`);
  const make = (kind: PeriodKind, key: string): Period => ({ start, end, kind, key });
  const y = String(ys).padStart(4, '0');
  if (start === end) return make('day', start);
  if (ys === ye && ds === 1 && de === daysInMonth(ye, me)) {
    if (ms === 1 && me === 12) return make('year', y);
    if (ms === 1 && me === 6) return make('half', `${y}-H1`);
    if (ms === 7 && me === 12) return make('half', `${y}-H2`);
    if (ms % 3 === 1 && me === ms + 2) return make('quarter', `${y}-Q${(ms + 2) / 3}`);
    if (ms === me) return make('month', `${y}-${pad2(ms)}`);
  }
  return make('range', `${start}/${end}`);
}

/** vi: 'Năm 2022', 'Quý I/2023', 'Tháng 7/2024'…; en: '2022', 'Q1 2023', '07/2024'…; days always dd/mm/yyyy. */
export function periodLabel(p: Period, lang: 'vi' | 'en'): string {
  const [y, m] = ymd(p.start);
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'year':
      return vi ? `Năm ${y}` : String(y);
    case 'half':
      if (vi) return m === 1 ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
      return `${m === 1 ? 'H1' : 'H2'} ${y}`;
    case 'quarter': {
      const q = (m + 2) / 3;
      return vi ? `Quý ${ROMAN[q]}/${y}` : `Q${q} ${y}`;
    }
    case 'month':
      return vi ? `Tháng ${m}/${y}` : `${pad2(m)}/${y}`;
    case 'day':
      return dmy(p.start);
    default: {
      // The first N months of a year, as reports say it: "9 tháng đầu năm 2020".
      const [ey, em, ed] = ymd(p.end);
      const monthEnd = ed === new Date(Date.UTC(ey, em, 0)).getUTCDate();
      if (ey === y && m === 1 && ymd(p.start)[2] === 1 && monthEnd && em < 12) {
        return vi ? `${em} tháng đầu năm ${y}` : `January–${MONTHS_EN[em - 1]} ${y}`;
      }
      return `${dmy(p.start)} – ${dmy(p.end)}`;
    }
  }
}

/**
 * The period of the same kind just before. A range that starts on 1 January and stays in one
 * year (a year-to-date figure) → the same months of the previous year; a range of whole months
 * → as many months ending the month before; any other range → as many days ending the day before.
 */
export function previousPeriod(p: Period): Period {
  const [ys, ms, ds] = ymd(p.start);
  const [ye, me, de] = ymd(p.end);
  switch (p.kind) {
    case 'year':
      return periodFromDays(iso(ys - 1, 1, 1), iso(ys - 1, 12, 31));
    case 'half':
      return ms === 1 ? periodFromDays(iso(ys - 1, 7, 1), iso(ys - 1, 12, 31)) : periodFromDays(iso(ys, 1, 1), iso(ys, 6, 30));
    case 'quarter':
    case 'month': {
      return monthsBefore(ys, ms, p.kind === 'quarter' ? 3 : 1);
    }
    case 'day': {
      const d = addDays(p.start, -1);
      return periodFromDays(d, d);
    }
  }
  const monthEnd = de === daysInMonth(ye, me);
  if (ms === 1 && ds === 1 && ys === ye) {
    // Year to date: compare with the same stretch of last year (29 Feb → 28 Feb).
    const d = monthEnd ? daysInMonth(ye - 1, me) : Math.min(de, daysInMonth(ye - 1, me));
    return periodFromDays(iso(ys - 1, 1, 1), iso(ye - 1, me, d));
  }
  if (ds === 1 && monthEnd) return monthsBefore(ys, ms, (ye - ys) * 12 + me - ms + 1);
  const length = dayNumber(p.end) - dayNumber(p.start) + 1;
  return periodFromDays(addDays(p.start, -length), addDays(p.start, -1));
}

/** The `n` whole months ending just before month `m` of year `y`. */
function monthsBefore(y: number, m: number, n: number): Period {
  const first = y * 12 + (m - 1) - n;
  const last = first + n - 1;
  const sy = Math.floor(first / 12);
  const ey = Math.floor(last / 12);
  return periodFromDays(iso(sy, (first % 12) + 1, 1), lastDay(ey, (last % 12) + 1));
}

export function periodContains(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** By end, then start (ISO days compare as strings). */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return 0;
}

// ---- Parsing -------------------------------------------------------------------------------

/** What one piece of text reads as: a span of days, a day or month without its year, or why not. */
type Piece =
  | { t: 'span'; start: string; end: string }
  | { t: 'yearless'; month: number; day: number | null }
  | { t: 'error'; why: string }
  | null; // not this shape at all

const span = (start: string, end: string): Piece => ({ t: 'span', start, end });
const err = (why: string): Piece => ({ t: 'error', why });

function yearError(y: number): Piece {
  return y < MIN_YEAR || y > MAX_YEAR ? err(`year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}`) : null;
}
function monthError(m: number): Piece {
  return m < 1 || m > 12 ? err(`there is no month ${m}`) : null;
}

function yearPiece(y: number): Piece {
  return yearError(y) ?? span(iso(y, 1, 1), iso(y, 12, 31));
}
function monthPiece(y: number, m: number): Piece {
  return yearError(y) ?? monthError(m) ?? span(iso(y, m, 1), lastDay(y, m));
}
function dayPiece(y: number, m: number, d: number): Piece {
  const bad = yearError(y) ?? monthError(m);
  if (bad) return bad;
  if (d < 1 || d > daysInMonth(y, m)) {
    return err(`${pad2(d)}/${pad2(m)}/${y} does not exist (${MONTHS_EN[m - 1]} ${y} has ${daysInMonth(y, m)} days)`);
  }
  return span(iso(y, m, d), iso(y, m, d));
}
/** First or last `n` months of year `y`: `9 tháng đầu năm 2020`, `6 tháng cuối năm 2024`. */
function monthsPiece(y: number, n: number, last: boolean): Piece {
  if (n < 1 || n > 12) return err(`${n} months is not part of one year (1 to 12)`);
  return yearError(y) ?? (last ? span(iso(y, 13 - n, 1), iso(y, 12, 31)) : span(iso(y, 1, 1), lastDay(y, n)));
}
function quarterPiece(y: number, q: string): Piece {
  const n = /^\d+$/.test(q) ? Number(q) : ROMAN.indexOf(q.toUpperCase());
  if (!(n >= 1 && n <= 4)) return err(`there is no quarter ${q.toUpperCase()} (quarters are I–IV)`);
  return yearError(y) ?? span(iso(y, 3 * n - 2, 1), lastDay(y, 3 * n));
}
function halfPiece(y: number, h: number): Piece {
  if (h !== 1 && h !== 2) return err(`there is no half ${h} (H1 or H2)`);
  return monthsPiece(y, 6, h === 2);
}

type Rule = [RegExp, (m: string[]) => Piece];
const n = Number;
// Text is folded (lower case, no diacritics, đ → d) and has no spaces around `/ - .`.
// SEP is what may stand between a quarter or month and its year.
const SEP = '(?:[/.-]| nam | )';
const RULES: Rule[] = [
  // Years: `2022`, `năm 2022`, `year 2022`.
  [/^(?:(?:nam|year) ?)?(\d{4})$/, (m) => yearPiece(n(m[1]))],
  // Halves: `2022-H1`, `H1/2024`, `H1 2024`.
  [/^(\d{4})-h(\d)$/, (m) => halfPiece(n(m[1]), n(m[2]))],
  [/^h(\d)(?:[/-]| )(\d{4})$/, (m) => halfPiece(n(m[2]), n(m[1]))],
  // First / last N months: `9 tháng đầu năm 2020`, `6 tháng năm 2024`, `6 tháng cuối năm 2024`.
  [/^(\d{1,2}) ?thang (?:(dau|cuoi) )?(?:nam ?)?(\d{4})$/, (m) => monthsPiece(n(m[3]), n(m[1]), m[2] === 'cuoi')],
  // Quarters: `2023-Q1`, `Quý I/2023`, `quý 1 năm 2023`, `Q1-2023`.
  [/^(\d{4})-q(\d)$/, (m) => quarterPiece(n(m[1]), m[2])],
  [new RegExp(`^(?:quy|q) ?([ivxlcdm]+|\\d+)${SEP}(\\d{4})$`), (m) => quarterPiece(n(m[2]), m[1])],
  // Months: `2024-07`, `Tháng 7/2024`, `tháng 7 năm 2024`, `T7/2024`, `07/2024`.
  [/^(\d{4})-(\d{1,2})$/, (m) => monthPiece(n(m[1]), n(m[2]))],
  [new RegExp(`^(?:thang|t) ?(\\d{1,2})${SEP}(\\d{4})$`), (m) => monthPiece(n(m[2]), n(m[1]))],
  [/^(\d{1,2})[/.-](\d{4})$/, (m) => monthPiece(n(m[2]), n(m[1]))],
  // Days: `31/5/2022`, `ngày 31.5.2022`, `2022-05-31`, `ngày 31 tháng 5 năm 2022`.
  [/^(?:ngay ?)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/, (m) => dayPiece(n(m[4]), n(m[3]), n(m[1]))],
  [/^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/, (m) => dayPiece(n(m[1]), n(m[3]), n(m[4]))],
  [/^(?:ngay ?)?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/, (m) => dayPiece(n(m[3]), n(m[2]), n(m[1]))],
  // Without a year, only meaningful as the start of a range: `từ ngày 1/1 đến 31/7/2024`.
  [/^(?:ngay ?)?(\d{1,2})[/.-](\d{1,2})$/, (m) => yearlessPiece(n(m[2]), n(m[1]))],
  [/^(?:ngay ?)?(\d{1,2}) thang (\d{1,2})$/, (m) => yearlessPiece(n(m[2]), n(m[1]))],
  [/^thang ?(\d{1,2})$/, (m) => yearlessPiece(n(m[1]), null)],
];

function yearlessPiece(month: number, day: number | null): Piece {
  const bad = monthError(month);
  if (bad) return bad;
  // 29 February is checked once the year is known.
  if (day !== null && (day < 1 || day > daysInMonth(2000, month))) {
    return err(`${pad2(day)}/${pad2(month)} does not exist`);
  }
  return { t: 'yearless', month, day };
}

/** One period on its own: a year, half, quarter, month, first N months or a day. */
function piece(text: string): Piece {
  for (const [re, build] of RULES) {
    const m = re.exec(text);
    if (m) return build(m);
  }
  return null;
}

/** Give a yearless start the end's year, or the year before when that would start after the end. */
function withYear(p: Piece, endDay: string): Piece {
  if (!p || p.t !== 'yearless') return p;
  const y = ymd(endDay)[0];
  const startIn = (year: number) => (p.day === null ? monthPiece(year, p.month) : dayPiece(year, p.month, p.day));
  const same = startIn(y);
  if (same?.t !== 'span' || same.start <= endDay) return same; // 29/2 needs the end's year to be leap
  return startIn(y - 1);
}

/** `A đến B`, `A - B`, `A–B`, `ISO/ISO`: the first split where both sides are periods. */
function range(text: string): Piece {
  let firstError: Piece = null;
  const seps = [' den ', ' toi ', '-', '/'];
  for (let i = 1; i < text.length - 1; i++) {
    const sep = seps.find((s) => text.startsWith(s, i));
    if (!sep) continue;
    const leftText = text.slice(0, i).replace(/^tu (?:ngay )?/, '');
    const rightText = text.slice(i + sep.length).replace(/^(?:het |cuoi )/, '');
    // `/` separates only the canonical ISO form; elsewhere it is inside dates.
    const isoDay = /^\d{4}-\d{1,2}-\d{1,2}$/;
    if (sep === '/' && !(isoDay.test(leftText) && isoDay.test(rightText))) continue;
    const right = piece(rightText);
    if (!right) continue;
    if (right.t === 'yearless') {
      firstError ??= err(`the end "${rightText}" has no year`);
      continue;
    }
    if (right.t === 'error') {
      if (piece(leftText)) firstError ??= right;
      continue;
    }
    const left = withYear(piece(leftText), right.end);
    if (!left) continue;
    if (left.t !== 'span') {
      firstError ??= left;
      continue;
    }
    if (right.end < left.start) {
      firstError ??= err(`it ends (${dmy(right.end)}) before it starts (${dmy(left.start)})`);
      continue;
    }
    return span(left.start, right.end);
  }
  return firstError;
}

/** `tính đến ngày 31/5/2022`, `đến hết quý I/2022`, `lũy kế đến …`: from 1 January to that end. */
function upTo(text: string): Piece {
  const m = /^(?:(?:tinh|luy ke) )?(?:(?:tinh )?tu dau nam )?(?:den|toi) (?:het |cuoi )?(.+)$/.exec(text);
  if (!m) return null;
  const p = piece(m[1]);
  if (!p) return null;
  if (p.t === 'yearless') return err('it has no year');
  if (p.t === 'error') return p;
  return span(`${p.end.slice(0, 4)}-01-01`, p.end);
}

function normalize(text: string): string {
  return fold(text)
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/ ?([/.\-]) ?/g, '$1')
    .replace(/[.,;:]+$/, '')
    .replace(/^(?:(?:trong|ca|giai doan|thoi ky|luy ke) )+/, '')
    .trim();
}

const EXAMPLES = '2022, 2022-H1, Quý I/2023, Tháng 7/2024, 9 tháng đầu năm 2020, 31/5/2022 or 01/7/2020 - 30/6/2023';

export function parsePeriod(text: string): PeriodResult {
  try {
    const raw = typeof text === 'string' ? text.normalize('NFC').trim() : '';
    const q = JSON.stringify(raw);
    if (!raw) return { ok: false, message: 'The period is empty' };
    const s = normalize(raw);
    const one = piece(s);
    // A text that has the shape of one period but is invalid (`31/2/2023`) says so; only
    // otherwise is it read as "up to" or as a range.
    const found = one?.t === 'span' || one?.t === 'error' ? one : (upTo(s) ?? range(s) ?? one);
    if (found?.t === 'span') return { ok: true, period: periodFromDays(found.start, found.end) };
    if (found?.t === 'error') return { ok: false, message: `${q} is not a valid period: ${found.why}` };
    const looksLikePeriod = /\d|\b(?:quy|thang|nam|ngay|year|q[1-4]|h[12])\b/.test(s);
    if (found?.t === 'yearless' || (looksLikePeriod && !/\d{4}/.test(s))) {
      return { ok: false, message: `${q} is not a period: it has no year` };
    }
    return { ok: false, message: `${q} is not a period this reader knows; write e.g. ${EXAMPLES}` };
  } catch (e) {
    // Unreachable by design; a message is still better than a crash on a user's file.
    return { ok: false, message: `${JSON.stringify(String(text))} could not be read as a period (${String(e)})` };
  }
}
