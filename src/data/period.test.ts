import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePeriods, parsePeriod, periodContains, periodFromDays, periodLabel, previousPeriod } from './period';
import type { Period } from './types';

/** The parsed period, failing the test with the parser's message if there is none. */
function period(text: string): Period {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(`expected a period for ${JSON.stringify(text)}, got: ${r.message}`);
  return r.period;
}
const key = (text: string) => period(text).key;

describe('periodFromDays: the shortest exact key', () => {
  it.each([
    ['2022-01-01', '2022-12-31', '2022', 'year'],
    ['2022-01-01', '2022-06-30', '2022-H1', 'half'],
    ['2022-07-01', '2022-12-31', '2022-H2', 'half'],
    ['2023-01-01', '2023-03-31', '2023-Q1', 'quarter'],
    ['2023-04-01', '2023-06-30', '2023-Q2', 'quarter'],
    ['2023-07-01', '2023-09-30', '2023-Q3', 'quarter'],
    ['2023-10-01', '2023-12-31', '2023-Q4', 'quarter'],
    ['2024-07-01', '2024-07-31', '2024-07', 'month'],
    ['2024-02-01', '2024-02-29', '2024-02', 'month'],
    ['2022-05-31', '2022-05-31', '2022-05-31', 'day'],
    ['2020-07-01', '2023-06-30', '2020-07-01/2023-06-30', 'range'],
    ['2023-02-01', '2023-04-30', '2023-02-01/2023-04-30', 'range'], // three months, not a quarter
    ['2023-02-01', '2023-02-28', '2023-02', 'month'],
    ['2023-02-01', '2023-02-27', '2023-02-01/2023-02-27', 'range'],
    ['2021-01-01', '2025-12-31', '2021-01-01/2025-12-31', 'range'],
  ])('%s … %s → %s (%s)', (start, end, k, kind) => {
    expect(periodFromDays(start, end)).toEqual({ start, end, key: k, kind });
  });

  it.each([
    ['2023-02-29', '2023-03-01'],
    ['2023-13-01', '2023-12-31'],
    ['2023-06-30', '2023-06-01'],
    ['31/5/2022', '31/5/2022'],
  ])('refuses %s … %s', (start, end) => {
    expect(() => periodFromDays(start, end)).toThrow(RangeError);
  });
});

describe('parsePeriod', () => {
  describe('canonical keys', () => {
    it.each([
      ['2022', '2022'],
      ['2022-H1', '2022-H1'],
      ['2022-H2', '2022-H2'],
      ['2023-Q1', '2023-Q1'],
      ['2023-Q2', '2023-Q2'],
      ['2023-Q3', '2023-Q3'],
      ['2023-Q4', '2023-Q4'],
      ['2024-07', '2024-07'],
      ['2022-05-31', '2022-05-31'],
      ['2020-07-01/2023-06-30', '2020-07-01/2023-06-30'],
      ['2022-01-01/2022-03-31', '2022-Q1'], // a non-canonical range still gets its shortest key
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('years', () => {
    it.each([
      ['Năm 2022', '2022'],
      ['năm 2022', '2022'],
      ['NĂM 2022', '2022'],
      ['nam 2022', '2022'],
      ['Trong năm 2022', '2022'],
      ['Cả năm 2022', '2022'],
      ['Year 2022', '2022'],
      ['  năm   2022 ', '2022'],
      ['giai đoạn 2021-2025', '2021-01-01/2025-12-31'],
      ['2021-2025', '2021-01-01/2025-12-31'],
      ['2021 – 2025', '2021-01-01/2025-12-31'],
      ['2021 — 2025', '2021-01-01/2025-12-31'],
      ['2021 đến 2025', '2021-01-01/2025-12-31'],
      ['từ năm 2021 đến năm 2025', '2021-01-01/2025-12-31'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('halves', () => {
    it.each([
      ['6 tháng đầu năm 2024', '2024-H1'],
      ['6 tháng năm 2024', '2024-H1'],
      ['6 tháng đầu 2024', '2024-H1'],
      ['6 THÁNG ĐẦU NĂM 2024', '2024-H1'],
      ['6 tháng cuối năm 2024', '2024-H2'],
      ['H1/2024', '2024-H1'],
      ['H1 2024', '2024-H1'],
      ['H2/2024', '2024-H2'],
      ['h2 2024', '2024-H2'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('quarters', () => {
    it.each([
      ['Quý I/2023', '2023-Q1'],
      ['Quý 1/2023', '2023-Q1'],
      ['quý 1 năm 2023', '2023-Q1'],
      ['quý I năm 2023', '2023-Q1'],
      ['Q1/2023', '2023-Q1'],
      ['Q1 2023', '2023-Q1'],
      ['Q1-2023', '2023-Q1'],
      ['Quý II/2023', '2023-Q2'],
      ['Quý III/2023', '2023-Q3'],
      ['Quý IV/2023', '2023-Q4'],
      ['quy iv/2023', '2023-Q4'],
      ['Quý 4/2023', '2023-Q4'],
      ['Quý I / 2023', '2023-Q1'],
      ['Trong quý I/2023', '2023-Q1'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('first N months of a year', () => {
    it.each([
      ['9 tháng đầu năm 2020', '2020-01-01/2020-09-30'],
      ['9 tháng năm 2022', '2022-01-01/2022-09-30'],
      ['5 tháng đầu năm 2022', '2022-01-01/2022-05-31'],
      ['3 tháng đầu năm 2022', '2022-Q1'],
      ['6 tháng đầu năm 2022', '2022-H1'],
      ['12 tháng năm 2022', '2022'],
      ['2 tháng đầu năm 2024', '2024-01-01/2024-02-29'],
      ['1 tháng đầu năm 2024', '2024-01'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('months', () => {
    it.each([
      ['Tháng 7/2024', '2024-07'],
      ['tháng 7 năm 2024', '2024-07'],
      ['T7/2024', '2024-07'],
      ['t7/2024', '2024-07'],
      ['07/2024', '2024-07'],
      ['7/2024', '2024-07'],
      ['Tháng 07-2024', '2024-07'],
      ['7.2024', '2024-07'],
      ['Tháng 12/2024', '2024-12'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('"up to" forms: from 1 January to the date', () => {
    it.each([
      ['tính đến ngày 31/5/2022', '2022-01-01/2022-05-31'],
      ['Tính đến ngày 31/5/2022', '2022-01-01/2022-05-31'],
      ['đến ngày 31/5/2022', '2022-01-01/2022-05-31'],
      ['tính đến 31/5/2022', '2022-01-01/2022-05-31'],
      ['đến hết quý I/2022', '2022-Q1'],
      ['Đến hết quý I/2022', '2022-Q1'],
      ['đến hết quý II/2022', '2022-H1'],
      ['tính đến tháng 9 năm 2020', '2020-01-01/2020-09-30'],
      ['đến hết tháng 9/2020', '2020-01-01/2020-09-30'],
      ['lũy kế đến 31/5/2022', '2022-01-01/2022-05-31'],
      ['luỹ kế đến 31/5/2022', '2022-01-01/2022-05-31'],
      ['tính đến ngày 19/5/2022', '2022-01-01/2022-05-19'],
      ['từ đầu năm đến 31/5/2022', '2022-01-01/2022-05-31'],
      ['đến ngày 31/12/2022', '2022'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('day ranges', () => {
    it.each([
      ['15/12/2022 - 14/3/2023', '2022-12-15/2023-03-14'],
      ['15/12/2022-14/3/2023', '2022-12-15/2023-03-14'],
      ['từ ngày 01/7/2020 đến 30/6/2023', '2020-07-01/2023-06-30'],
      ['Từ ngày 01/7/2020 đến ngày 30/6/2023', '2020-07-01/2023-06-30'],
      ['từ 01/7/2020 đến 30/6/2023', '2020-07-01/2023-06-30'],
      ['Từ ngày 1/1 đến 31/7/2024', '2024-01-01/2024-07-31'],
      ['từ 15/12 đến 14/3/2023', '2022-12-15/2023-03-14'], // start after the end's date: the year before
      ['01/7/2020–30/6/2023', '2020-07-01/2023-06-30'],
      ['01/7/2020 – 30/6/2023', '2020-07-01/2023-06-30'],
      ['01.7.2020 - 30.6.2023', '2020-07-01/2023-06-30'],
      ['01-7-2020 - 30-6-2023', '2020-07-01/2023-06-30'],
      ['2020-07-01 / 2023-06-30', '2020-07-01/2023-06-30'],
      ['giai đoạn từ ngày 01/7/2020 đến 30/6/2023', '2020-07-01/2023-06-30'],
      ['từ 1/1/2024 đến 30/6/2024', '2024-H1'],
      ['từ tháng 5/2022 đến tháng 4/2023', '2022-05-01/2023-04-30'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  describe('one day', () => {
    it.each([
      ['31/5/2022', '2022-05-31'],
      ['ngày 31/5/2022', '2022-05-31'],
      ['Ngày 31/05/2022', '2022-05-31'],
      ['2022-05-31', '2022-05-31'],
      ['31.5.2022', '2022-05-31'],
      ['31-5-2022', '2022-05-31'],
      ['ngày 31 tháng 5 năm 2022', '2022-05-31'],
      ['29/2/2024', '2024-02-29'],
    ])('%j → %s', (text, k) => expect(key(text)).toBe(k));
  });

  it('stores the first and last day and the kind', () => {
    expect(period('Quý I/2023')).toEqual({ start: '2023-01-01', end: '2023-03-31', kind: 'quarter', key: '2023-Q1' });
    expect(period('từ ngày 01/7/2020 đến 30/6/2023')).toEqual({
      start: '2020-07-01',
      end: '2023-06-30',
      kind: 'range',
      key: '2020-07-01/2023-06-30',
    });
  });

  it('reads decomposed (NFD) text and non-breaking spaces', () => {
    expect(key('Quý I/2023'.normalize('NFD'))).toBe('2023-Q1');
    expect(key('Tháng\u00a07/2024')).toBe('2024-07');
  });

  describe('rejections, each quoting the text and saying what is wrong', () => {
    it.each([
      ['31/2/2023', /"31\/2\/2023".*28 days/],
      ['29/2/2023', /does not exist/],
      ['13/2023', /no month 13/],
      ['Tháng 13/2023', /no month 13/],
      ['2023-13', /no month 13/],
      ['1/13/2023', /no month 13/],
      ['30/6/2023 - 1/7/2020', /ends .* before it starts/],
      ['2025-2021', /ends .* before it starts/],
      ['1800', /year 1800 is outside 1900–2100/],
      ['Năm 2101', /outside 1900–2100/],
      ['Quý V/2023', /no quarter V/],
      ['Quý 5/2023', /no quarter 5/],
      ['H3/2024', /no half 3/],
      ['13 tháng đầu năm 2022', /13 months/],
      ['Quý I', /"Quý I".*no year/],
      ['năm ngoái', /"năm ngoái".*no year/],
      ['31/5', /no year/],
      ['abc', /"abc" is not a period/],
      ['FY2022', /"FY2022" is not a period/],
      ['2022-Q1-extra', /not a period/],
      ['từ năm 2021', /not a period/],
    ])('%j', (text, message) => {
      const r = parsePeriod(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    });

    it.each(['', '   ', '\u00a0'])('empty text %j', (text) => {
      expect(parsePeriod(text)).toEqual({ ok: false, message: 'The period is empty' });
    });
  });
});

describe('periodLabel', () => {
  it.each([
    ['2022', 'Năm 2022', '2022'],
    ['2022-H1', '6 tháng đầu năm 2022', 'H1 2022'],
    ['2022-H2', '6 tháng cuối năm 2022', 'H2 2022'],
    ['2023-Q1', 'Quý I/2023', 'Q1 2023'],
    ['2023-Q4', 'Quý IV/2023', 'Q4 2023'],
    ['2024-07', 'Tháng 7/2024', '07/2024'],
    ['2022-05-31', '31/05/2022', '31/05/2022'],
    ['2020-07-01/2023-06-30', '01/07/2020 – 30/06/2023', '01/07/2020 – 30/06/2023'],
  ])('%s → %j / %j', (k, vi, en) => {
    const p = period(k);
    expect(periodLabel(p, 'vi')).toBe(vi);
    expect(periodLabel(p, 'en')).toBe(en);
  });

  it('a Vietnamese label reads back as the same period', () => {
    for (const k of ['2022', '2022-H1', '2022-H2', '2023-Q3', '2024-07', '2022-05-31', '2020-07-01/2023-06-30']) {
      expect(key(periodLabel(period(k), 'vi'))).toBe(k);
    }
  });
});

describe('previousPeriod', () => {
  it.each([
    ['2022', '2021'],
    ['2022-H1', '2021-H2'],
    ['2022-H2', '2022-H1'],
    ['2023-Q1', '2022-Q4'],
    ['2023-Q3', '2023-Q2'],
    ['2024-01', '2023-12'],
    ['2024-07', '2024-06'],
    ['2024-03-01', '2024-02-29'],
    ['2023-01-01', '2022-12-31'],
    // Year to date → the same months of last year.
    ['2020-01-01/2020-09-30', '2019-01-01/2019-09-30'],
    ['2022-01-01/2022-05-19', '2021-01-01/2021-05-19'],
    ['2024-01-01/2024-02-29', '2023-01-01/2023-02-28'],
    ['2023-01-01/2023-02-28', '2022-01-01/2022-02-28'],
    ['2025-01-01/2025-02-28', '2024-01-01/2024-02-29'], // month end stays month end
    // Equal length in days, ending the day before.
    ['2022-12-15/2023-03-14', '2022-09-16/2022-12-14'],
    ['2022-05-10/2022-05-19', '2022-04-30/2022-05-09'],
    // Whole months → as many months before (not an awkward day count).
    ['2020-07-01/2023-06-30', '2017-07-01/2020-06-30'],
    ['2021-01-01/2025-12-31', '2016-01-01/2020-12-31'],
    ['2023-02-01/2023-04-30', '2022-11-01/2023-01-31'],
  ])('%s → %s', (k, prev) => {
    expect(previousPeriod(period(k)).key).toBe(prev);
  });

  it('keeps the kind for calendar periods', () => {
    for (const k of ['2022', '2022-H1', '2023-Q1', '2024-07', '2022-05-31']) {
      const p = period(k);
      expect(previousPeriod(p).kind).toBe(p.kind);
    }
  });

  it('a range ends the day before it starts, when not a year-to-date', () => {
    const p = period('15/12/2022 - 14/3/2023');
    const prev = previousPeriod(p);
    expect(comparePeriods(prev, p)).toBeLessThan(0);
    expect(prev.end).toBe('2022-12-14');
  });
});

describe('periodContains and comparePeriods', () => {
  it('contains', () => {
    expect(periodContains(period('2023'), period('Quý I/2023'))).toBe(true);
    expect(periodContains(period('2023'), period('2023'))).toBe(true);
    expect(periodContains(period('2023-H1'), period('2023-Q2'))).toBe(true);
    expect(periodContains(period('2023-H1'), period('2023-Q3'))).toBe(false);
    expect(periodContains(period('Quý I/2023'), period('2023'))).toBe(false);
    expect(periodContains(period('01/7/2020 - 30/6/2023'), period('2022'))).toBe(true);
    expect(periodContains(period('01/7/2020 - 30/6/2023'), period('2020'))).toBe(false);
  });

  it('orders by end, then start', () => {
    const sorted = ['2022-H2', '2023-Q1', '2022', '2022-12', '2022-05-31', '2021-01-01/2023-03-31']
      .map(period)
      .sort(comparePeriods)
      .map((p) => p.key);
    expect(sorted).toEqual(['2022-05-31', '2022', '2022-H2', '2022-12', '2021-01-01/2023-03-31', '2023-Q1']);
    expect(comparePeriods(period('2022'), period('Năm 2022'))).toBe(0);
  });
});

describe('properties', () => {
  const DAY = 86_400_000;
  const MIN = Date.UTC(1900, 0, 1) / DAY;
  const MAX = Date.UTC(2100, 11, 31) / DAY;
  const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
  const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  /** Any two days, in order. */
  const anyPair = fc
    .tuple(fc.integer({ min: MIN, max: MAX }), fc.integer({ min: MIN, max: MAX }))
    .map(([a, b]) => (a <= b ? [isoOf(a), isoOf(b)] : [isoOf(b), isoOf(a)]));
  /** Calendar-aligned pairs, so that year, half, quarter and month keys come up often. */
  const alignedPair = fc
    .record({
      y1: fc.integer({ min: 1900, max: 2100 }),
      m1: fc.integer({ min: 1, max: 12 }),
      years: fc.integer({ min: 0, max: 3 }),
      months: fc.integer({ min: 0, max: 11 }),
    })
    .map(({ y1, m1, years, months }) => {
      const endIndex = Math.min((y1 + years) * 12 + (m1 - 1) + months, 2100 * 12 + 11);
      const y2 = Math.floor(endIndex / 12);
      const m2 = (endIndex % 12) + 1;
      const start = `${y1}-${String(m1).padStart(2, '0')}-01`;
      const end = `${y2}-${String(m2).padStart(2, '0')}-${String(lastOfMonth(y2, m2)).padStart(2, '0')}`;
      return [start, end];
    });

  it('parsePeriod(periodFromDays(a, b).key) gives back a and b', () => {
    fc.assert(
      fc.property(fc.oneof(anyPair, alignedPair), ([a, b]) => {
        const p = periodFromDays(a, b);
        const back = parsePeriod(p.key);
        expect(back).toEqual({ ok: true, period: p });
      }),
      { numRuns: 2000 },
    );
  });

  it('the Vietnamese label reads back too', () => {
    fc.assert(
      fc.property(fc.oneof(anyPair, alignedPair), ([a, b]) => {
        const p = periodFromDays(a, b);
        expect(parsePeriod(periodLabel(p, 'vi'))).toEqual({ ok: true, period: p });
      }),
    );
  });

  it('previousPeriod ends before the period starts', () => {
    fc.assert(
      fc.property(fc.oneof(anyPair, alignedPair), ([a, b]) => {
        const p = periodFromDays(a, b);
        const prev = previousPeriod(p);
        expect(prev.end < p.start).toBe(true);
        expect(prev.start <= prev.end).toBe(true);
      }),
    );
  });

  const periodish = fc
    .array(
      fc.constantFrom('quý', 'I', 'V', '/', '2023', '13', 'tháng', ' ', '-', '–', 'đến', 'hết', 'từ', 'ngày', '31', '29', '2', '0', '9', 'năm', 'h1', 'q', '.', 'tính'),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(''));

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), periodish), (text) => {
        const r = parsePeriod(text);
        if (r.ok) expect(r.period.start <= r.period.end).toBe(true);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
