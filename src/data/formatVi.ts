// Vietnamese number formatting for messages and rule texts (the parser is number.ts).

/** Significant decimals of a value (up to `max`), for writing it back unambiguously: 99.6 → 1,
 * 99.75 → 2, 20000 → 0. */
export function decimalsOf(v: number, max = 10): number {
  for (let d = 0; d < max; d++) if (Number(v.toFixed(d)) === v) return d;
  return max;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = formatters.get(key);
  if (!f) {
    // Intl rounds the decimal value correctly (1.005 → 1.01), unlike toFixed. German writes
    // numbers as Vietnamese does ('.' between thousands, ',' before decimals): Intl's own text
    // is the answer, where cutting an English one apart and grouping it by a pattern took as long
    // again as Intl itself (100 ms for 220,000 numbers: a million rows' rate notes).
    f = new Intl.NumberFormat('de-DE', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Vietnamese formatting for messages: formatVi(133555) = '133.555', formatVi(99.14, 2) = '99,14',
 * formatVi(82.5806, 2) = '82,58', formatVi(-1234.5, 1) = '-1.234,5'. Without `decimals`: integers
 * as integers, others with up to 2 decimals, trailing zeros dropped.
 */
export function formatVi(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Fast path for whole numbers (most figures): rule texts format millions of them.
  if (!decimals && Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    let out = '';
    for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? '.' : '') + digits[i];
    return value < 0 ? `-${out}` : out;
  }
  const d = decimals === undefined ? null : Math.min(20, Math.max(0, Math.floor(decimals)));
  const s = d === null ? formatter(0, Number.isInteger(value) ? 0 : 2).format(value) : formatter(d, d).format(value);
  // No "-0" for a value that rounds to zero.
  return s.charCodeAt(0) === 45 && /^-0(,0*)?$/.test(s) ? s.slice(1) : s;
}
