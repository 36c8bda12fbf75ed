// Consistency checks between figures of the same unit, period and dimensions:
// dossier flow identities, the service index sum, and totals implied by printed rates.
import type { IndicatorRecord, Problem } from '../data/types';
import { formatVi } from '../data/formatVi';
import type { FigureTable } from './table';
import { impliedDenominator } from './printedRate';
import { SERVICE_INDEX_PARTS } from './catalogueCore';

/** total = Σ parts, checked where every figure is there, exact, and at least one was printed. */
const FLOW: { total: string; parts: string[] }[] = [
  { total: 'received', parts: ['resolved', 'pending'] },
  { total: 'received', parts: ['received_new', 'carried_over'] },
  { total: 'resolved', parts: ['resolved_in_time', 'resolved_late'] },
];

const where = (t: FigureTable, r: number) => t.placeOf(r) ?? { file: '', line: 1, column: 1 };

const dimsText = (t: FigureTable, r: number) => t.dimSets.values[t.dimsId[r]].key;

export function flowChecks(t: FigureTable, unitName: (c: string) => string): Problem[] {
  const problems: Problem[] = [];
  const id = (x: string) => t.indicators.find(x);
  for (const { total, parts } of FLOW) {
    const ti = id(total);
    const pi = parts.map(id);
    if (ti === undefined || pi.includes(undefined)) continue;
    // A row of the total's at a time, its parts found into one array (no arrays per row).
    const ps = new Array<number>(pi.length);
    for (const tr of t.rowsOfIndicator(ti)) {
      if (t.qualifier[tr] !== 0) continue;
      let whole = true;
      let printed = t.derived[tr] === 0;
      let sum = 0;
      for (let j = 0; j < pi.length && whole; j++) {
        const r = t.find(t.unit[tr], t.period[tr], pi[j]!, t.dimsId[tr]);
        if (r < 0 || t.qualifier[r] !== 0) whole = false;
        else { ps[j] = r; sum += t.value[r]; if (t.derived[r] === 0) printed = true; }
      }
      if (!whole || !printed || sum === t.value[tr]) continue;
      const all = [tr, ...ps];
      const at = where(t, all.find((r) => t.originFile[r] >= 0) ?? tr);
      const d = dimsText(t, tr);
      problems.push({ severity: 'warning', ...at, code: 'flow-mismatch', figures: all.map((x) => t.ref(x)), message: `${unitName(t.units.values[t.unit[tr]])} ${t.periods.values[t.period[tr]].key}${d ? ` (${d})` : ''}: ${total} ${formatVi(t.value[tr])} ≠ ${parts.map((p, i) => `${p} ${formatVi(t.value[ps[i]])}`).join(' + ')} = ${formatVi(sum)}` });
    }
  }
  const si = id('service_index');
  const gi = SERVICE_INDEX_PARTS.map(id);
  if (si !== undefined && !gi.includes(undefined)) {
    for (const r of t.rowsOfIndicator(si)) {
      const gs = gi.map((i) => t.find(t.unit[r], t.period[r], i!, t.dimsId[r]));
      if (gs.some((g) => g < 0)) continue;
      let sum = 0;
      for (const g of gs) sum += t.value[g];
      if (Math.abs(sum - t.value[r]) > 0.011) {
        problems.push({ severity: 'warning', ...where(t, r), code: 'index-sum-mismatch', figures: [r, ...gs].map((x) => t.ref(x)), message: `${unitName(t.units.values[t.unit[r]])} ${t.periods.values[t.period[r]].key}: service_index ${formatVi(t.value[r], 2)} but its six groups add up to ${formatVi(sum, 2)}` });
      }
    }
  }
  return problems;
}

/** A group of a composite score above its maximum (a service-index group of Decision 766/QĐ-TTg
 * scored 19 of 18): kept as printed, reported at the group's own cell. */
export function indexGroupChecks(t: FigureTable, catalogue: ReadonlyMap<string, IndicatorRecord>, unitName: (c: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const ind of catalogue.values()) {
    if (!ind.partOf || ind.max === null) continue;
    const i = t.indicators.find(ind.id);
    if (i === undefined) continue;
    for (const r of t.rowsOfIndicator(i)) {
      if (t.value[r] <= ind.max + 1e-9) continue;
      const d = dimsText(t, r);
      problems.push({ severity: 'warning', ...where(t, r), code: 'index-group-over-max', message: `${unitName(t.units.values[t.unit[r]])} ${t.periods.values[t.period[r]].key}${d ? ` (${d})` : ''}: ${ind.id} (${ind.nameVi}) ${formatVi(t.value[r], Math.max(0, t.publishedDecimals[r]))} is above its maximum of ${formatVi(ind.max)} (a group of ${ind.partOf})` });
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
export function impliedTotals(t: FigureTable, catalogue: ReadonlyMap<string, IndicatorRecord>, unitName: (c: string) => string): { totals: ImpliedTotal[]; problems: Problem[] } {
  const byGroup = new Map<string, { r: number; ind: IndicatorRecord }[]>();
  for (const ind of catalogue.values()) {
    if (ind.kind !== 'rate' || ind.denominator.length === 0) continue;
    const i = t.indicators.find(ind.id);
    if (i === undefined) continue;
    for (const r of t.rowsOfIndicator(i)) {
      if (t.derived[r] !== 0 || Number.isNaN(t.numerator[r]) || !Number.isNaN(t.denominator[r]) || Number.isNaN(t.published[r])) continue;
      const g = `${t.unit[r]}\u0001${t.period[r]}\u0001${t.dimsId[r]}\u0001${ind.denominator.join('+')}`;
      const list = byGroup.get(g);
      if (list) list.push({ r, ind }); else byGroup.set(g, [{ r, ind }]);
    }
  }
  const totals: ImpliedTotal[] = [];
  const problems: Problem[] = [];
  for (const unsorted of byGroup.values()) {
    // In the order the figures were read, as the checker reports them.
    const list = [...unsorted].sort((a, b) => a.r - b.r);
    const members = list.map(({ r, ind }) => ({ indicator: ind.id, printed: t.published[r], decimals: Math.max(0, t.publishedDecimals[r]), numerator: t.numerator[r], ...impliedDenominator(t.published[r], Math.max(0, t.publishedDecimals[r]), t.numerator[r]) }));
    const fits = members.filter((m) => m.min <= m.max);
    const min = Math.max(...fits.map((m) => m.min));
    const max = Math.min(...fits.map((m) => m.max));
    const r0 = list[0].r;
    const denominator = list[0].ind.denominator.join(' + ');
    const periodKey = t.periods.values[t.period[r0]].key;
    totals.push({ unit: t.units.values[t.unit[r0]], periodKey, dims: t.dimSets.values[t.dimsId[r0]].dims, denominator, min, max, members: members.map(({ indicator, printed, decimals, numerator, min: a, max: b }) => ({ indicator, printed, decimals, numerator, min: a, max: b })) });
    const name = unitName(t.units.values[t.unit[r0]]);
    const pct = (m: { printed: number; decimals: number; numerator: number }) => `${formatVi(m.printed, m.decimals)}% of ${formatVi(m.numerator)}`;
    const range = (a: number, b: number) => (a === b ? formatVi(a) : `${formatVi(a)}–${formatVi(b)}`);
    if (fits.length > 0 && min <= max) {
      const at = where(t, list.find(({ ind }) => fits.some((m) => m.indicator === ind.id))!.r);
      problems.push({ severity: 'info', ...at, code: 'implied-total', figures: list.map((x) => t.ref(x.r)), message: `${name} ${periodKey}: ${fits.map(pct).join(' and ')} imply one ${denominator} of ${range(min, max)}` });
    }
    for (const { r, ind } of list) {
      const m = members.find((x) => x.indicator === ind.id)!;
      const alone = m.min > m.max;
      const apart = !alone && fits.length > 1 && (m.max < min || m.min > max);
      if (!alone && !apart) continue;
      // A printed percentage that is the sum of other printed percentages was added, not computed.
      const others = list.filter((o) => o.r !== r && o.ind.numerator.every((n) => ind.numerator.includes(n)));
      const added = others.length > 1 && ind.numerator.every((n) => others.some((o) => o.ind.numerator.includes(n)))
        && Math.abs(others.reduce((s, o) => s + t.published[o.r], 0) - m.printed) < 1e-9;
      problems.push({
        severity: 'warning', ...where(t, r), code: 'implied-total-mismatch', figures: [t.ref(r)],
        message: `${name} ${ind.id} ${periodKey}: ${pct(m)} implies ${denominator} between ${formatVi(m.low, 1)} and ${formatVi(m.high, 1)}${alone ? ': no whole number fits' : `, not ${range(min, max)}`}${added ? `; it equals ${others.map((o) => `${formatVi(t.published[o.r], Math.max(0, t.publishedDecimals[o.r]))}%`).join(' + ')}: the percentages were added, not computed from the counts` : ''}`,
      });
    }
  }
  return { totals, problems };
}
