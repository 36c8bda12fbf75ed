import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectNumberStyle, formatVi, parsePrintedNumber, styleMatters, type NumberResult, type NumberStyle } from './number';
import type { IndicatorKind, PrintedNumber } from './types';

const count = { kind: 'count', style: 'unknown' } as const;
const rate = { kind: 'rate', style: 'unknown' } as const;

/** The parsed number, failing the test with the parser's message if there is none. */
function num(r: NumberResult): PrintedNumber {
  if (!r.ok) throw new Error(`expected a number, got ${r.code}: ${r.message}`);
  return r.number;
}

describe('empty and not-a-number', () => {
  it.each(['', '   ', '\u00a0', '\t'])('%j is empty', (text) => {
    const r = parsePrintedNumber(text, count);
    expect(r).toMatchObject({ ok: false, code: 'empty' });
  });

  it('a lone dash is a missing figure, not zero', () => {
    expect(parsePrintedNumber('-', count)).toMatchObject({ ok: false, code: 'empty' });
  });

  it.each(['12a', 'abc', 'năm ngoái', '5/10', '1.2.3', '12 3', '100.', '12 hồ sơ abc', 'từ 5 đến 10'])(
    '%j is not a number, and the message quotes it',
    (text) => {
      const r = parsePrintedNumber(text, count);
      expect(r).toMatchObject({ ok: false, code: 'not-a-number' });
      if (!r.ok) expect(r.message).toContain(`"${text}"`);
    },
  );

  it('names the cell in the message', () => {
    const r = parsePrintedNumber('12a', count);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^"12a" is not a number/);
  });
});

describe('seed figures', () => {
  it.each<[string, IndicatorKind, PrintedNumber]>([
    ['133.555', 'count', { value: 133555, qualifier: '=', decimals: 0, percent: false }],
    ['132.410', 'count', { value: 132410, qualifier: '=', decimals: 0, percent: false }],
    ['99,14%', 'rate', { value: 99.14, qualifier: '=', decimals: 2, percent: true }],
    ['hơn 7.800', 'count', { value: 7800, qualifier: '>', decimals: 0, percent: false }],
    ['gần 92%', 'rate', { value: 92, qualifier: '~', decimals: 0, percent: true }],
    ['trên 99%', 'rate', { value: 99, qualifier: '>', decimals: 0, percent: true }],
    ['trên 32 triệu đồng', 'amount', { value: 32_000_000, qualifier: '>', decimals: 0, percent: false }],
    ['70,9%', 'rate', { value: 70.9, qualifier: '=', decimals: 1, percent: true }],
    ['3,84%', 'rate', { value: 3.84, qualifier: '=', decimals: 2, percent: true }],
    ['94,85%', 'rate', { value: 94.85, qualifier: '=', decimals: 2, percent: true }],
    ['80.1', 'score', { value: 80.1, qualifier: '=', decimals: 1, percent: false }],
  ])('%j (%s)', (text, kind, expected) => {
    expect(num(parsePrintedNumber(text, { kind, style: 'unknown' }))).toEqual(expected);
  });
});

describe('normalisation', () => {
  it.each([
    ['  133.555  ', 133555],
    ['133\u00a0555', 133555], // non-breaking space as thousands
    ['133\u202f555', 133555], // narrow no-break space
    ['133\u2009555', 133555], // thin space
    ['hơn\u00a07.800', 7800],
  ])('%j → %d', (text, value) => {
    expect(num(parsePrintedNumber(text, count)).value).toBe(value);
  });

  it('decomposed (NFD) Vietnamese reads like composed text', () => {
    expect(num(parsePrintedNumber('trên 32 triệu đồng'.normalize('NFD'), count))).toMatchObject({
      value: 32_000_000,
      qualifier: '>',
    });
  });
});

describe('qualifiers before the number', () => {
  it.each([
    ['hơn 5', '>'], ['Hơn 5', '>'], ['HƠN 5', '>'], ['hon 5', '>'], ['trên 5', '>'], ['> 5', '>'], ['>5', '>'],
    ['>= 5', '>'], ['≥5', '>'], ['over 5', '>'], ['more than 5', '>'], ['đạt hơn 5', '>'], ['đạt trên 5', '>'],
    ['dưới 5', '<'], ['< 5', '<'], ['≤ 5', '<'], ['<=5', '<'], ['under 5', '<'], ['less than 5', '<'],
    ['gần 5', '~'], ['khoảng 5', '~'], ['xấp xỉ 5', '~'], ['chừng 5', '~'], ['~5', '~'], ['≈ 5', '~'],
    ['about 5', '~'], ['approx. 5', '~'], ['nearly 5', '~'], ['almost 5', '~'], ['đạt khoảng 5', '~'],
    ['đạt 5', '='], ['là 5', '='], ['5', '='], ['= 5', '='],
  ])('%j → %s', (text, qualifier) => {
    expect(num(parsePrintedNumber(text, count))).toMatchObject({ value: 5, qualifier });
  });

  it('`đạt 99%` is exactly 99', () => {
    expect(num(parsePrintedNumber('đạt 99%', rate))).toEqual({ value: 99, qualifier: '=', decimals: 0, percent: true });
  });

  it('`trở lên` after the figure means at least', () => {
    expect(num(parsePrintedNumber('99% trở lên', rate))).toMatchObject({ value: 99, qualifier: '>' });
  });

  it('contradictory qualifiers are refused rather than picked', () => {
    expect(parsePrintedNumber('hơn khoảng 5', count)).toMatchObject({ ok: false, code: 'not-a-number' });
  });
});

describe('after the number: percent, multipliers, units', () => {
  it.each([
    ['94,85%', 94.85, 2, true],
    ['94,85 %', 94.85, 2, true],
    ['5 nghìn', 5000, 0, false],
    ['5 ngàn', 5000, 0, false],
    ['1,5 triệu', 1_500_000, 0, false],
    ['2 tỷ đồng', 2e9, 0, false],
    ['2 tỉ', 2e9, 0, false],
    ['1,25 tỷ VNĐ', 1.25e9, 0, false],
    ['0,0000005 triệu', 0.5, 1, false],
    ['12 hồ sơ', 12, 0, false],
    ['12 thủ tục', 12, 0, false],
    ['12 TTHC', 12, 0, false],
    ['12 dịch vụ', 12, 0, false],
    ['80 điểm', 80, 0, false],
    ['12 lượt', 12, 0, false],
    ['500 đ', 500, 0, false],
    ['500đ', 500, 0, false],
    ['500 VND', 500, 0, false],
  ])('%j → %d (decimals %d, percent %s)', (text, value, decimals, percent) => {
    expect(num(parsePrintedNumber(text, count))).toEqual({ value, qualifier: '=', decimals, percent });
  });

  it('the multiplied value is exact, not 1.1 * 1e6 drift', () => {
    expect(num(parsePrintedNumber('1,1 triệu', count)).value).toBe(1_100_000);
  });

  it.each(['5 triệu nghìn', '5 đồng triệu', '12 tyx', '12 dongs'])('%j is refused', (text) => {
    expect(parsePrintedNumber(text, count)).toMatchObject({ ok: false, code: 'not-a-number' });
  });
});

describe('signs', () => {
  it.each([
    ['-5', -5],
    ['−5', -5], // U+2212 minus
    ['+5', 5],
    ['-1.234,5', -1234.5],
    ['-0', 0],
  ])('%j → %d', (text, value) => {
    expect(num(parsePrintedNumber(text, count)).value).toBe(value);
  });
  it('-0 reads as plain 0', () => {
    expect(Object.is(num(parsePrintedNumber('-0', count)).value, 0)).toBe(true);
  });
});

describe('unambiguous separators', () => {
  it.each<[string, number, number]>([
    ['1.234,5', 1234.5, 1],
    ['1,234.5', 1234.5, 1],
    ['1.234.567', 1234567, 0],
    ['1,234,567', 1234567, 0],
    ['1.234.567,89', 1234567.89, 2],
    ['99,14', 99.14, 2],
    ['99.14', 99.14, 2],
    ['80.1', 80.1, 1],
    ['0,5', 0.5, 1],
    ['0.125', 0.125, 3],
    ['0,125', 0.125, 3],
    ['1234.567', 1234.567, 3], // four digits before: a thousands group cannot be that long
    ['12,3456', 12.3456, 4],
    ['133 555', 133555, 0],
    ['1 234 567', 1234567, 0],
    ['1 234,5', 1234.5, 1],
    ['100', 100, 0],
  ])('%j → %d with %d decimals, in any style', (text, value, decimals) => {
    for (const style of ['vi', 'en', 'unknown'] as const) {
      for (const kind of ['count', 'rate', 'amount', 'score'] as const) {
        expect(num(parsePrintedNumber(text, { kind, style })), `${style} ${kind}`).toMatchObject({ value, decimals });
      }
    }
  });
});

describe('ambiguous separators (one mark, three digits after)', () => {
  it('the file style decides first, even when the figure is out of range', () => {
    // Range checks belong to validation, not to the parser, once the style is known.
    expect(num(parsePrintedNumber('1.280', { kind: 'rate', style: 'vi' }))).toMatchObject({ value: 1280, decimals: 0 });
    expect(num(parsePrintedNumber('1.280', { kind: 'rate', style: 'en' }))).toMatchObject({ value: 1.28, decimals: 3 });
    expect(num(parsePrintedNumber('1,280', { kind: 'rate', style: 'vi' }))).toMatchObject({ value: 1.28, decimals: 3 });
    expect(num(parsePrintedNumber('1,280', { kind: 'count', style: 'en' }))).toMatchObject({ value: 1280, decimals: 0 });
  });

  it('a count written like a decimal of the file\'s style is ambiguous, not read as a fraction or as 2', () => {
    // One "80.1" makes the file English-style; "2.000" dossiers is then two thousand or two.
    for (const [text, style] of [['1.280', 'en'], ['2.000', 'en'], ['1,280', 'vi']] as const) {
      const r = parsePrintedNumber(text, { kind: 'count', style });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.code).toBe('ambiguous-number');
    }
    expect(num(parsePrintedNumber('1,500 triệu', { kind: 'amount', style: 'vi' }))).toMatchObject({ value: 1_500_000 });
  });

  it.each(['count', 'amount'] as const)('unknown style: a %s is whole, so the mark groups thousands', (kind) => {
    expect(num(parsePrintedNumber('1.280', { kind, style: 'unknown' }))).toMatchObject({ value: 1280, decimals: 0 });
    expect(num(parsePrintedNumber('1,280', { kind, style: 'unknown' }))).toMatchObject({ value: 1280, decimals: 0 });
    expect(num(parsePrintedNumber('133.555', { kind, style: 'unknown' })).value).toBe(133555);
  });

  it('unknown style: a rate takes the only reading inside 0–100', () => {
    expect(num(parsePrintedNumber('1.280', rate))).toMatchObject({ value: 1.28, decimals: 3 });
    expect(num(parsePrintedNumber('1,280', rate))).toMatchObject({ value: 1.28, decimals: 3 });
    expect(num(parsePrintedNumber('100.000', rate))).toMatchObject({ value: 100, decimals: 3 });
  });

  it('unknown style: a score uses its max (100 when null)', () => {
    expect(num(parsePrintedNumber('1.280', { kind: 'score', style: 'unknown', max: null })).value).toBe(1.28);
    expect(num(parsePrintedNumber('1.280', { kind: 'score', style: 'unknown', max: 18 })).value).toBe(1.28);
  });

  it('fails when both readings fit, naming both', () => {
    const r = parsePrintedNumber('1.280', { kind: 'score', style: 'unknown', max: 5000 });
    expect(r).toEqual({
      ok: false,
      code: 'ambiguous-number',
      message: '"1.280" could be 1280 or 1.28: the file does not show which decimal mark it uses; write 1280 or 1,28',
    });
  });

  it('fails when neither reading fits', () => {
    const r = parsePrintedNumber('-1.280', rate);
    expect(r).toMatchObject({ ok: false, code: 'ambiguous-number' });
    if (!r.ok) expect(r.message).toContain('-1280 or -1.28');
  });

  it.each(['0.280', '1234.567', '12,5'])('%j is not ambiguous', (text) => {
    expect(parsePrintedNumber(text, { kind: 'score', style: 'unknown', max: 5000 }).ok).toBe(true);
  });
});

describe('detectNumberStyle', () => {
  it.each<[string[], string]>([
    [['99,14'], 'vi'],
    [['1.234,5'], 'vi'],
    [['0,5'], 'vi'],
    [['133.555', '99,14%', 'hơn 7.800'], 'vi'],
    [['1.234.567'], 'vi'],
    [['80.1'], 'en'],
    [['99.14'], 'en'],
    [['1,234.5'], 'en'],
    [['0.125'], 'en'],
    [['1,234,567'], 'en'],
    [['1,280', '80.1'], 'en'],
    [['133.555'], 'unknown'],
    [['1,280'], 'unknown'],
    [['133.555', '1,280', '100', ''], 'unknown'],
    [[], 'unknown'],
    [['99,14', '80.1'], 'unknown'],
    [['1.234,5', '1,234.5'], 'unknown'],
    [['abc', 'năm 2022'], 'unknown'],
  ])('%j → %s', (cells, style) => {
    expect(detectNumberStyle(cells)).toBe(style);
  });

  it('takes any iterable, e.g. a generator', () => {
    function* cells() {
      yield '1.280';
      yield 'gần 92,5%';
    }
    expect(detectNumberStyle(cells())).toBe('vi');
  });
});

describe('formatVi', () => {
  it.each<[number, number | undefined, string]>([
    [133555, undefined, '133.555'],
    [99.14, 2, '99,14'],
    [82.5806, 2, '82,58'],
    [-1234.5, 1, '-1.234,5'],
    [1234567, undefined, '1.234.567'],
    [999, undefined, '999'],
    [0, undefined, '0'],
    [2.5, undefined, '2,5'],
    [2.506, undefined, '2,51'],
    [2.5, 2, '2,50'],
    [1.005, 2, '1,01'], // decimal rounding, not binary toFixed
    [-0.001, 2, '0,00'],
    [99.999, 0, '100'],
  ])('formatVi(%d, %s) = %j', (value, decimals, expected) => {
    expect(formatVi(value, decimals)).toBe(expected);
  });

  // The text formatVi gave before it took Intl's German text as it is: English digits, cut apart
  // and written with '.' between thousands and ',' before decimals.
  const before = (value: number, decimals?: number): string => {
    if (!Number.isFinite(value)) return String(value);
    const d = decimals === undefined ? null : Math.min(20, Math.max(0, Math.floor(decimals)));
    const opts = d === null ? { minimumFractionDigits: 0, maximumFractionDigits: Number.isInteger(value) ? 0 : 2 } : { minimumFractionDigits: d, maximumFractionDigits: d };
    let s = new Intl.NumberFormat('en-US', { useGrouping: false, ...opts }).format(value);
    if (/^-0(\.0*)?$/.test(s)) s = s.slice(1);
    const negative = s.startsWith('-');
    const [int, frac] = (negative ? s.slice(1) : s).split('.');
    return `${negative ? '-' : ''}${int.replace(/\B(?=(\d{3})+$)/g, '.')}${frac ? `,${frac}` : ''}`;
  };

  it('writes every number as before, whatever its size, sign and decimals (property)', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.constantFrom(1.005, 2.675, 0.125, -0.004, -0, 0, 5e-7, -5e-7, 1e21, -1e21, 123456789.125, Number.MAX_VALUE, Number.MIN_VALUE),
    );
    const decimals = fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined });
    fc.assert(fc.property(value, decimals, (v, d) => { expect(formatVi(v, d)).toBe(before(v, d)); }), { numRuns: 20_000 });
  });
});

describe('properties', () => {
  it('a whole number formatted the Vietnamese way reads back as a count', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.maxSafeNat()), (n) => {
        const r = parsePrintedNumber(formatVi(n), count);
        expect(num(r).value).toBe(n);
      }),
    );
  });

  it('a number with 2 decimals round-trips through formatVi(x, 2) in the vi style', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const x = cents / 100;
        const r = num(parsePrintedNumber(formatVi(x, 2), { kind: 'amount', style: 'vi' }));
        expect(r.value).toBe(x);
        expect(r.decimals).toBe(2);
      }),
    );
  });

  const kinds = fc.constantFrom<IndicatorKind>('count', 'rate', 'amount', 'score');
  const styles = fc.constantFrom<NumberStyle>('vi', 'en', 'unknown');
  const numberish = fc
    .array(fc.constantFrom('1', '0', '280', '.', ',', ' ', '%', '-', 'hơn', 'triệu', 'đ', '\u00a0', '−', 'gần', 'x'), { maxLength: 12 })
    .map((parts) => parts.join(''));

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), numberish),
        kinds,
        styles,
        fc.option(fc.integer({ min: 0, max: 10_000 })),
        (text, kind, style, max) => {
          const r = parsePrintedNumber(text, { kind, style, max });
          expect(typeof r.ok).toBe('boolean');
          if (r.ok) expect(Number.isFinite(r.number.value)).toBe(true);
          else expect(r.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('detectNumberStyle never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), numberish)), (cells) => {
        expect(['vi', 'en', 'unknown']).toContain(detectNumberStyle(cells));
      }),
    );
  });
});

describe('styleMatters', () => {
  it('says which figures the file\'s style may read', () => {
    expect(['1.280', '1,280', '133.555 hồ sơ', 'hơn 7.800', '1.234.567', '1,5 triệu 1.000'].map(styleMatters)).toEqual([true, true, true, true, true, true]);
    expect(['1280', '99,14%', '90.31', '1.2345', '0,5', '1 280', '-'].map(styleMatters)).toEqual([false, false, false, false, false, false, false]);
  });

  it('a figure it passes over reads the same in every style, for every kind (property)', () => {
    const piece = fc.constantFrom('1', '2', '0', '9', '12', '128', '1234', '.', ',', ' ', '%', 'hơn ', 'khoảng ', ' triệu', ' hồ sơ', '-', '\u00a0', '.5', ',25');
    const kinds: IndicatorKind[] = ['count', 'rate', 'amount', 'score'];
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }).map((a) => a.join('')), fc.constantFrom(...kinds), (text, kind) => {
      if (styleMatters(text)) return;
      const [vi, en, unknown] = (['vi', 'en', 'unknown'] as NumberStyle[]).map((style) => parsePrintedNumber(text, { kind, style, max: null }));
      expect(en).toEqual(vi);
      expect(unknown).toEqual(vi);
    }), { numRuns: 3000 });
  });
});
