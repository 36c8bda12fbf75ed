// Does a printed percentage agree with the counts printed beside it? Provinces round,
// truncate (94,85% for 94,857…), or print a figure that is simply different; we say which.
import type { Qualifier, Severity } from '../data/types';
import { formatVi } from '../data/formatVi';

export type Agreement = 'exact' | 'rounded' | 'truncated' | 'qualified' | 'mismatch';

export interface RateComparison {
  agreement: Agreement;
  severity: Severity | null;
  code: string | null;
  message: string | null;
}

const WORDS = ['whole numbers', 'one decimal', 'two decimals', 'three decimals'];
const decimalsWord = (d: number) => WORDS[d] ?? `${d} decimals`;

function roundTo(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f + 1e-9) / f;
}
function truncTo(x: number, d: number): number {
  const f = 10 ** d;
  return Math.floor(x * f + 1e-9) / f;
}
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Compare a printed rate (with the decimals it was printed with) to numerator / denominator. */
export function comparePrintedRate(printed: number, decimals: number, qualifier: Qualifier, numerator: number, denominator: number): RateComparison {
  const computed = (numerator / denominator) * 100;
  if (same(computed, printed)) return { agreement: 'exact', severity: null, code: null, message: null };
  const counts = `${formatVi(numerator)} / ${formatVi(denominator)} = ${formatVi(computed, 2)}%`;
  const shown = `${formatVi(printed, decimals)}%`;
  if (qualifier !== '=') {
    const ok = qualifier === '>' ? computed >= printed : qualifier === '<' ? computed <= printed : Math.abs(computed - printed) <= 1;
    const word = qualifier === '>' ? 'more than' : qualifier === '<' ? 'less than' : 'about';
    return ok
      ? { agreement: 'qualified', severity: null, code: null, message: null }
      : { agreement: 'mismatch', severity: 'warning', code: 'rate-mismatch', message: `printed ${word} ${shown} but ${counts}` };
  }
  if (same(roundTo(computed, decimals), printed)) {
    return { agreement: 'rounded', severity: 'info', code: 'rate-rounded', message: `printed ${shown} and ${counts}: rounded to ${decimalsWord(decimals)}` };
  }
  if (same(truncTo(computed, decimals), printed)) {
    return { agreement: 'truncated', severity: 'info', code: 'rate-truncated', message: `printed ${shown} and ${counts} (${formatVi(computed, decimals + 2)}…): truncated to ${decimalsWord(decimals)}, not rounded` };
  }
  return { agreement: 'mismatch', severity: 'warning', code: 'rate-mismatch', message: `printed ${shown} but ${counts}` };
}

/** The whole-number denominators a printed rate allows for a known numerator, as [min, max] (possibly empty: min > max). */
export function impliedDenominator(printed: number, decimals: number, numerator: number): { min: number; max: number; low: number; high: number } {
  const half = 0.5 * 10 ** -decimals;
  // Rounded printing: printed - half ≤ rate < printed + half. (Truncation widens the low side; we test rounding, the common case.)
  const lowRate = Math.max(printed - half, 0) / 100;
  const highRate = (printed + half) / 100;
  const low = numerator / highRate; // exclusive
  const high = lowRate > 0 ? numerator / lowRate : Infinity;
  return { min: Math.floor(low) + 1, max: Math.floor(high), low, high };
}
