// Does a printed percentage agree with the counts printed beside it? Provinces round,
// truncate (94,85% for 94,857…), or print a figure that is simply different; we say which.
import type { Qualifier, Severity } from '../data/types';
import { formatVi } from '../data/formatVi';

export type Agreement = 'exact' | 'rounded' | 'truncated' | 'qualified' | 'mismatch';

/** How a printed rate agrees with its counts, and the check's code and severity where it does not. */
export interface RateComparison {
  agreement: Agreement;
  severity: Severity | null;
  code: string | null;
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

const EXACT: RateComparison = { agreement: 'exact', severity: null, code: null };
const QUALIFIED: RateComparison = { agreement: 'qualified', severity: null, code: null };
const MISMATCH: RateComparison = { agreement: 'mismatch', severity: 'warning', code: 'rate-mismatch' };
const ROUNDED: RateComparison = { agreement: 'rounded', severity: 'info', code: 'rate-rounded' };
const TRUNCATED: RateComparison = { agreement: 'truncated', severity: 'info', code: 'rate-truncated' };

/** How a printed rate (with the decimals it was printed with) agrees with numerator / denominator, without its message. */
export function rateAgreement(printed: number, decimals: number, qualifier: Qualifier, numerator: number, denominator: number): RateComparison {
  const computed = (numerator / denominator) * 100;
  if (same(computed, printed)) return EXACT;
  if (qualifier !== '=') {
    const ok = qualifier === '>' ? computed >= printed : qualifier === '<' ? computed <= printed : Math.abs(computed - printed) <= 1;
    return ok ? QUALIFIED : MISMATCH;
  }
  if (same(roundTo(computed, decimals), printed)) return ROUNDED;
  if (same(truncTo(computed, decimals), printed)) return TRUNCATED;
  return MISMATCH;
}

/** What the check says of a printed rate that does not equal its counts (null where it does, or agrees with its qualifier). */
export function rateMessage(printed: number, decimals: number, qualifier: Qualifier, numerator: number, denominator: number): string | null {
  const { agreement } = rateAgreement(printed, decimals, qualifier, numerator, denominator);
  if (agreement === 'exact' || agreement === 'qualified') return null;
  const computed = (numerator / denominator) * 100;
  const counts = `${formatVi(numerator)} / ${formatVi(denominator)} = ${formatVi(computed, 2)}%`;
  const shown = `${formatVi(printed, decimals)}%`;
  if (qualifier !== '=') return `printed ${qualifier === '>' ? 'more than' : qualifier === '<' ? 'less than' : 'about'} ${shown} but ${counts}`;
  if (agreement === 'rounded') return `printed ${shown} and ${counts}: rounded to ${decimalsWord(decimals)}`;
  if (agreement === 'truncated') return `printed ${shown} and ${counts} (${formatVi(computed, decimals + 2)}…): truncated to ${decimalsWord(decimals)}, not rounded`;
  return `printed ${shown} but ${counts}`;
}

/**
 * A printed rate's note, written when read (a deferred problem's writer): numbers printed, decimals,
 * numerator, denominator; texts qualifier, unit name, rate id, period key.
 */
export const PRINTED_RATE_NOTE = 'printed-rate';
export function printedRateNote(nums: readonly number[], texts: readonly string[]): string {
  return `${texts[1]} ${texts[2]} ${texts[3]}: ${rateMessage(nums[0], nums[1], texts[0] as Qualifier, nums[2], nums[3])}`;
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
