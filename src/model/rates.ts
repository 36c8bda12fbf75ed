// Rates from counts. Each rate's numerator and denominator are carried as a hidden pair of
// counts (`on_time_rate#n`, `on_time_rate#d`) so that they add up the tree and across
// dimensions exactly like counts: a rate is always Σnumerator / Σdenominator, never an average.
import type { IndicatorRecord, Problem } from '../data/types';
import { formatVi } from '../data/number';
import type { Figure } from './figure';
import { figureKey, keyOfFigure, sumQualifier } from './figure';
import type { FigureStore } from './store';
import { comparePrintedRate } from './printedRate';

export const pairId = (rate: string, part: 'n' | 'd') => `${rate}#${part}`;
export const isHidden = (indicator: string) => indicator.includes('#');

function pairFigure(f: Figure, indicator: string, value: number, rule: string, qualifier: Figure['qualifier']): Figure {
  return { ...f, indicator, value, qualifier, numerator: null, denominator: null, derived: 'published', published: null, publishedDecimals: null, rule };
}

/** Step 1: pairs where a rate's counts are known (printed beside it, or from count figures). */
export function seedPairs(store: FigureStore, rates: IndicatorRecord[], problems: Problem[], unitName: (c: string) => string): void {
  for (const r of rates) {
    const fromCounts = new Map<string, { n: number; d: number; f: Figure; rule: string; q: Figure['qualifier'] }>();
    if (r.numerator.length > 0 && r.denominator.length > 0) {
      for (const f of store.ofIndicator(r.denominator[0])) {
        const get = (id: string) => store.find(f.unit, f.period.key, id, f.dims);
        const nums = r.numerator.map(get);
        const dens = r.denominator.map(get);
        if (nums.some((x) => !x) || dens.some((x) => !x)) continue;
        const ns = nums as Figure[];
        const ds = dens as Figure[];
        const n = ns.reduce((s, x) => s + x.value, 0);
        const d = ds.reduce((s, x) => s + x.value, 0);
        const rule = `${r.numerator.join(' + ')} / ${r.denominator.join(' + ')} = ${formatVi(n)} / ${formatVi(d)}`;
        fromCounts.set(figureKey(f.unit, f.period.key, r.id, f.dims), { n, d, f, rule, q: sumQualifier([...ns, ...ds].map((x) => x.qualifier)) });
      }
    }
    // Rates printed with their counts (or with a numerator whose denominator is a known count).
    for (const f of store.ofIndicator(r.id)) {
      if (f.derived !== 'published') continue;
      const key = keyOfFigure(f);
      const counted = fromCounts.get(key);
      let d = f.denominator;
      if (f.numerator !== null && d === null && r.denominator.length > 0) {
        const dens = r.denominator.map((id) => store.find(f.unit, f.period.key, id, f.dims));
        if (dens.every(Boolean)) d = (dens as Figure[]).reduce((s, x) => s + x.value, 0);
      }
      if (f.numerator === null || d === null) continue;
      if (counted && (counted.n !== f.numerator || counted.d !== d) && f.origin) {
        problems.push({ severity: 'warning', file: f.origin.file, line: f.origin.line, column: f.origin.column ?? 1, code: 'rate-counts-disagree', message: `${unitName(f.unit)} ${r.id} ${f.period.key}: the counts beside the rate are ${formatVi(f.numerator)} / ${formatVi(d)} but the count figures give ${counted.rule}; the counts beside the rate are used` });
      }
      fromCounts.set(key, { n: f.numerator, d, f, rule: `${formatVi(f.numerator)} / ${formatVi(d)}`, q: '=' });
    }
    for (const { n, d, f, rule, q } of fromCounts.values()) {
      const at = { ...f, indicator: r.id };
      store.set(pairFigure(at, pairId(r.id, 'n'), n, rule, q));
      store.set(pairFigure(at, pairId(r.id, 'd'), d, rule, q));
    }
  }
}

/** Step 3 (after the pairs were added up): the rate at every key that has a pair. */
export function ratesFromPairs(store: FigureStore, rates: IndicatorRecord[], problems: Problem[], unitName: (c: string) => string): void {
  for (const r of rates) for (const dFig of store.ofIndicator(pairId(r.id, 'd'))) {
    const id = r.id;
    const nFig = store.find(dFig.unit, dFig.period.key, pairId(id, 'n'), dFig.dims);
    if (!nFig || dFig.value <= 0) continue;
    const value = (nFig.value / dFig.value) * 100;
    const qualifier = sumQualifier([nFig.qualifier, dFig.qualifier]);
    const printed = store.find(dFig.unit, dFig.period.key, id, dFig.dims);
    const how = dFig.rule;
    if (printed && printed.derived === 'published') {
      const cmp = comparePrintedRate(printed.value, printed.publishedDecimals ?? 0, printed.qualifier, nFig.value, dFig.value);
      if (cmp.severity && printed.origin) {
        problems.push({ severity: cmp.severity, file: printed.origin.file, line: printed.origin.line, column: printed.origin.column ?? 1, code: cmp.code!, message: `${unitName(printed.unit)} ${id} ${printed.period.key}: ${cmp.message}` });
      }
      store.set({ ...printed, value, qualifier: cmp.agreement === 'qualified' ? printed.qualifier : qualifier, numerator: nFig.value, denominator: dFig.value, rule: `${r.numerator.join(' + ') || 'numerator'} / ${r.denominator.join(' + ') || 'denominator'}: ${how}` });
    } else if (!printed) {
      store.set({
        unit: dFig.unit, period: dFig.period, indicator: id, dims: dFig.dims, value, qualifier,
        numerator: nFig.value, denominator: dFig.value, derived: 'rate', published: null, publishedDecimals: null,
        origin: null, source: '', note: '',
        rule: `${r.numerator.join(' + ') || 'numerator'} / ${r.denominator.join(' + ') || 'denominator'}: ${formatVi(nFig.value)} / ${formatVi(dFig.value)}${dFig.derived === 'published' ? '' : ` (${dFig.rule})`}`,
      });
    }
  }
}
