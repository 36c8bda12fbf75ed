// Consistency checks between figures of the same unit, period and dimensions:
// dossier flow identities, the service index sum, and totals implied by printed rates.
import type { IndicatorRecord, Problem } from '../data/types';
import { formatVi } from '../data/number';
import type { Figure } from './figure';
import { dimsKey } from './figure';
import type { FigureStore } from './store';
import { impliedDenominator } from './printedRate';
import { SERVICE_INDEX_PARTS } from './catalogue';
import { isHidden } from './rates';

/** total = Σ parts, checked where every figure is there, exact, and at least one was printed. */
const FLOW: { total: string; parts: string[] }[] = [
  { total: 'received', parts: ['resolved', 'pending'] },
  { total: 'received', parts: ['received_new', 'carried_over'] },
  { total: 'resolved', parts: ['resolved_in_time', 'resolved_late'] },
];

function groups(store: FigureStore): Map<string, Map<string, Figure>> {
  const out = new Map<string, Map<string, Figure>>();
  for (const f of store.all()) {
    if (isHidden(f.indicator)) continue;
    const g = `${f.unit}\u0001${f.period.key}\u0001${dimsKey(f.dims)}`;
    if (!out.has(g)) out.set(g, new Map());
    out.get(g)!.set(f.indicator, f);
  }
  return out;
}

const where = (f: Figure) => f.origin ?? { file: '', line: 1, column: 1 };

export function flowChecks(store: FigureStore, unitName: (c: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const by of groups(store).values()) {
    for (const { total, parts } of FLOW) {
      const t = by.get(total);
      const ps = parts.map((p) => by.get(p));
      if (!t || ps.some((p) => !p)) continue;
      const all = [t, ...(ps as Figure[])];
      if (all.some((f) => f.qualifier !== '=') || all.every((f) => f.derived !== 'published')) continue;
      const sum = (ps as Figure[]).reduce((s, p) => s + p.value, 0);
      if (sum === t.value) continue;
      const at = where(all.find((f) => f.origin) ?? t);
      problems.push({ severity: 'warning', file: at.file, line: at.line, column: at.column ?? 1, code: 'flow-mismatch', message: `${unitName(t.unit)} ${t.period.key}${dimsKey(t.dims) ? ` (${dimsKey(t.dims)})` : ''}: ${total} ${formatVi(t.value)} ≠ ${parts.map((p, i) => `${p} ${formatVi(ps[i]!.value)}`).join(' + ')} = ${formatVi(sum)}` });
    }
    const index = by.get('service_index');
    const groupsOf = SERVICE_INDEX_PARTS.map((p) => by.get(p));
    if (index && groupsOf.every(Boolean)) {
      const sum = (groupsOf as Figure[]).reduce((s, p) => s + p.value, 0);
      if (Math.abs(sum - index.value) > 0.011) {
        const at = where(index);
        problems.push({ severity: 'warning', file: at.file, line: at.line, column: at.column ?? 1, code: 'index-sum-mismatch', message: `${unitName(index.unit)} ${index.period.key}: service_index ${formatVi(index.value, 2)} but its six groups add up to ${formatVi(sum, 2)}` });
      }
    }
  }
  return problems;
}

export interface ImpliedTotal {
  unit: string;
  periodKey: string;
  dims: Readonly<Record<string, string>>;
  /** The count the rates share as denominator, e.g. `procedures_total`. */
  denominator: string;
  /** Whole numbers every printed rate allows; min > max when they disagree. */
  min: number;
  max: number;
  members: { indicator: string; printed: number; decimals: number; numerator: number; min: number; max: number }[];
}

/**
 * Rates printed with a numerator but no denominator ("1.293 dịch vụ, chiếm 70,9%") each allow
 * a narrow range of totals. Rates over the same denominator must share one total.
 */
export function impliedTotals(store: FigureStore, catalogue: ReadonlyMap<string, IndicatorRecord>, unitName: (c: string) => string): { totals: ImpliedTotal[]; problems: Problem[] } {
  const byGroup = new Map<string, { f: Figure; ind: IndicatorRecord }[]>();
  for (const f of store.all()) {
    if (f.derived !== 'published' || f.numerator === null || f.denominator !== null || f.published === null) continue;
    const ind = catalogue.get(f.indicator);
    if (!ind || ind.kind !== 'rate' || ind.denominator.length === 0) continue;
    const g = `${f.unit}\u0001${f.period.key}\u0001${dimsKey(f.dims)}\u0001${ind.denominator.join('+')}`;
    byGroup.set(g, [...(byGroup.get(g) ?? []), { f, ind }]);
  }
  const totals: ImpliedTotal[] = [];
  const problems: Problem[] = [];
  for (const list of byGroup.values()) {
    const members = list.map(({ f }) => ({ indicator: f.indicator, printed: f.published!, decimals: f.publishedDecimals ?? 0, numerator: f.numerator!, ...impliedDenominator(f.published!, f.publishedDecimals ?? 0, f.numerator!) }));
    const fits = members.filter((m) => m.min <= m.max);
    const min = Math.max(...fits.map((m) => m.min));
    const max = Math.min(...fits.map((m) => m.max));
    const f0 = list[0].f;
    const denominator = list[0].ind.denominator.join(' + ');
    totals.push({ unit: f0.unit, periodKey: f0.period.key, dims: f0.dims, denominator, min, max, members: members.map(({ indicator, printed, decimals, numerator, min: a, max: b }) => ({ indicator, printed, decimals, numerator, min: a, max: b })) });
    const name = unitName(f0.unit);
    const pct = (m: { printed: number; decimals: number; numerator: number }) => `${formatVi(m.printed, m.decimals)}% of ${formatVi(m.numerator)}`;
    const range = (a: number, b: number) => (a === b ? formatVi(a) : `${formatVi(a)}–${formatVi(b)}`);
    if (fits.length > 0 && min <= max) {
      const at = where(list.find(({ f }) => fits.some((m) => m.indicator === f.indicator))!.f);
      problems.push({ severity: 'info', file: at.file, line: at.line, column: at.column ?? 1, code: 'implied-total', message: `${name} ${f0.period.key}: ${fits.map(pct).join(' and ')} imply one ${denominator} of ${range(min, max)}` });
    }
    for (const { f, ind } of list) {
      const m = members.find((x) => x.indicator === f.indicator)!;
      const alone = m.min > m.max;
      const apart = !alone && fits.length > 1 && (m.max < min || m.min > max);
      if (!alone && !apart) continue;
      // A printed percentage that is the sum of other printed percentages was added, not computed.
      const others = list.filter((o) => o.f !== f && o.ind.numerator.every((n) => ind.numerator.includes(n)));
      const added = others.length > 1 && ind.numerator.every((n) => others.some((o) => o.ind.numerator.includes(n)))
        && Math.abs(others.reduce((s, o) => s + o.f.published!, 0) - m.printed) < 1e-9;
      const at = where(f);
      problems.push({
        severity: 'warning', file: at.file, line: at.line, column: at.column ?? 1, code: 'implied-total-mismatch',
        message: `${name} ${f.indicator} ${f0.period.key}: ${pct(m)} implies ${denominator} between ${formatVi(m.low, 1)} and ${formatVi(m.high, 1)}${alone ? ': no whole number fits' : `, not ${range(min, max)}`}${added ? `; it equals ${others.map((o) => `${formatVi(o.f.published!, o.f.publishedDecimals ?? 0)}%`).join(' + ')}: the percentages were added, not computed from the counts` : ''}`,
      });
    }
  }
  return { totals, problems };
}
