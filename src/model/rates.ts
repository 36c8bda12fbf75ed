// Rates from counts. Each rate's numerator and denominator are carried as a hidden pair of
// counts (`on_time_rate#n`, `on_time_rate#d`) so that they add up the tree and across
// dimensions exactly like counts: a rate is always Σnumerator / Σdenominator, never an average.
import type { FigureRef, IndicatorRecord, Problem } from '../data/types';
import { formatVi } from '../data/formatVi';
import { QUALIFIERS, type FigureTable } from './table';
import { Grows } from '../data/grows';
import type { TableBuilder } from './tableBuilder';
import { qualifierOfBits, sumQualifierOf } from './aggregate';
import { PRINTED_RATE_NOTE, printedRateNote, rateAgreement } from './printedRate';
import { DeferredProblem, type DeferredParts } from '../data/deferredProblem';

const NO_NUMS: readonly number[] = [];
const NO_TEXTS: readonly string[] = [];

export const pairId = (rate: string, part: 'n' | 'd') => `${rate}#${part}`;
export const isHidden = (indicator: string) => indicator.includes('#');

const nameOf = (t: FigureTable, r: number) => t.units.values[t.unit[r]];

/** Step 1: pairs where a rate's counts are known (printed beside it, or from count figures). */
export function seedPairs(t: TableBuilder, rates: IndicatorRecord[], problems: Problem[], unitName: (c: string) => string): void {
  for (const rate of rates) {
    const ri = t.indicators.find(rate.id);
    const ni = t.indicators.find(pairId(rate.id, 'n'));
    const di = t.indicators.find(pairId(rate.id, 'd'));
    if (ri === undefined || ni === undefined || di === undefined) continue;
    const numIds = rate.numerator.map((id) => t.indicators.find(id));
    const denIds = rate.denominator.map((id) => t.indicators.find(id));
    const known = numIds.length > 0 && denIds.length > 0 && ![...numIds, ...denIds].includes(undefined);
    const denominators = known ? t.rowsOfIndicator(denIds[0]!) : [];
    const printedRates = t.rowsOfIndicator(ri);
    // The pairs are written into the table as they are found, each key's n then d: those from the
    // counts in the denominator's order, then those of rates printed with their counts (in place
    // of the counts' where both are there). A pair row before the printed rates is from counts.
    if (known) {
      // The numerator's rows, then the denominator's (the first of which is the row itself), in
      // one array for every row: no arrays or closures per row of a million.
      const parts = new Array<number>(numIds.length + denIds.length);
      const count = denominators.length;
      for (let j = 0; j < count; j++) {
        const f = denominators[j];
        const u = t.unit[f];
        const p = t.period[f];
        const dd = t.dimsId[f];
        let whole = true;
        for (let k = 0; k < parts.length && whole; k++) {
          const r = k === numIds.length ? f : t.find(u, p, (k < numIds.length ? numIds[k] : denIds[k - numIds.length])!, dd);
          if (r < 0) whole = false; else parts[k] = r;
        }
        if (!whole) continue;
        let n = 0;
        let d = 0;
        for (let k = 0; k < numIds.length; k++) n += t.value[parts[k]];
        for (let k = numIds.length; k < parts.length; k++) d += t.value[parts[k]];
        const q = sumQualifierOf(t, parts);
        t.setFrom(f, ni, n, q);
        t.setFrom(f, di, d, q);
      }
    }
    // Rates printed with their counts (or with a numerator whose denominator is a known count).
    for (const f of printedRates) {
      if (t.derived[f] !== 0) continue;
      const num = t.numerator[f];
      let d = t.denominator[f];
      if (!Number.isNaN(num) && Number.isNaN(d) && denIds.length > 0 && !denIds.includes(undefined)) {
        const dens = denIds.map((i) => t.find(t.unit[f], t.period[f], i!, t.dimsId[f]));
        if (dens.every((r) => r >= 0)) { d = 0; for (const r of dens) d += t.value[r]; }
      }
      if (Number.isNaN(num) || Number.isNaN(d)) continue;
      const cn = t.find(t.unit[f], t.period[f], ni, t.dimsId[f]);
      const cd = cn < 0 ? -1 : t.find(t.unit[f], t.period[f], di, t.dimsId[f]);
      const disagree = cd >= 0 && (t.value[cn] !== num || t.value[cd] !== d);
      const o = disagree ? t.placeOf(f) : null;
      if (o) {
        const rule = `${rate.numerator.join(' + ')} / ${rate.denominator.join(' + ')} = ${formatVi(t.value[cn])} / ${formatVi(t.value[cd])}`;
        problems.push({ severity: 'warning', file: o.file, line: o.line, column: o.column, code: 'rate-counts-disagree', figures: [t.ref(f)], message: `${unitName(nameOf(t, f))} ${rate.id} ${t.periods.values[t.period[f]].key}: the counts beside the rate are ${formatVi(num)} / ${formatVi(d)} but the count figures give ${rule}; the counts beside the rate are used` });
      }
      t.setFrom(f, ni, num, '=');
      t.setFrom(f, di, d, '=');
    }
  }
}

/**
 * The notes on printed rates (rate-rounded, rate-truncated, rate-mismatch), one row each in typed
 * arrays: what each names and is written from (the printed rate's figure, its numbers, its
 * qualifier), read when a note is asked for. A country's file has a note on each of its hundred
 * thousand printed rates: as a list, an object and an array of each of its figures, numbers and
 * texts, they were some 700,000 objects kept while the sums were made and until sent.
 */
class PrintedRateNotes implements DeferredParts {
  /** Per note: the printed rate's unit, period, indicator and dimension set, by their ids. */
  private readonly keys = new Grows(Int32Array, 4 * 1024);
  /** Per note: the rate as printed, its decimals, the numerator and the denominator. */
  private readonly values = new Grows(Float64Array, 4 * 1024);
  /** Per note: the printed rate's qualifier (QUALIFIERS' index). */
  private readonly qualifiers = new Grows(Uint8Array, 1024);

  /** The table's dictionaries, not the table: a note kept after the sums keeps no column of it. */
  private readonly t: Pick<FigureTable, 'units' | 'periods' | 'indicators' | 'dimSets'>;

  constructor(table: FigureTable, private readonly unitName: (code: string) => string) {
    this.t = { units: table.units, periods: table.periods, indicators: table.indicators, dimSets: table.dimSets };
  }

  /** A note on the printed rate at row r of `table`; its index among the notes. */
  add(table: FigureTable, r: number, shown: number, decimals: number, n: number, d: number): number {
    const { keys, values } = this;
    keys.push(table.unit[r]); keys.push(table.period[r]); keys.push(table.indicator[r]); keys.push(table.dimsId[r]);
    values.push(shown); values.push(decimals); values.push(n); values.push(d);
    this.qualifiers.push(table.qualifier[r]);
    return this.qualifiers.length - 1;
  }

  /** As FigureTable.ref gives it, from the ids kept (written out here rather than shared: a
   * function of the table's the page's first chart would carry too, some 44 bytes over its budget). */
  figures(k: number): FigureRef[] {
    const { keys } = this;
    return [{ unit: this.t.units.values[keys.at(4 * k)], period: this.t.periods.values[keys.at(4 * k + 1)].key, indicator: this.t.indicators.values[keys.at(4 * k + 2)], dims: this.t.dimSets.values[keys.at(4 * k + 3)].key }];
  }

  figureUnits(k: number, each: (unit: string, j: number) => void): void {
    each(this.t.units.values[this.keys.at(4 * k)], 0);
  }

  /** As printedRateNote reads them: the rate as printed, its decimals, numerator, denominator. */
  nums(k: number): number[] {
    const { values } = this;
    return [values.at(4 * k), values.at(4 * k + 1), values.at(4 * k + 2), values.at(4 * k + 3)];
  }

  /** As printedRateNote reads them: the qualifier, the unit's name, the rate's id, the period. */
  texts(k: number): string[] {
    const { t, keys } = this;
    return [QUALIFIERS[this.qualifiers.at(k)], this.unitName(t.units.values[keys.at(4 * k)]), t.indicators.values[keys.at(4 * k + 2)], t.periods.values[keys.at(4 * k + 1)].key];
  }
}

/** Step 3 (after the pairs were added up): the rate at every key that has a pair. */
export function ratesFromPairs(t: TableBuilder, rates: IndicatorRecord[], problems: Problem[], unitName: (c: string) => string): void {
  const notes = new PrintedRateNotes(t, unitName);
  for (const rate of rates) {
    const ri = t.indicators.find(rate.id);
    const ni = t.indicators.find(pairId(rate.id, 'n'));
    const di = t.indicators.find(pairId(rate.id, 'd'));
    if (ri === undefined || ni === undefined || di === undefined) continue;
    for (const dr of t.rowsOfIndicator(di)) {
      const u = t.unit[dr];
      const p = t.period[dr];
      const dd = t.dimsId[dr];
      const nr = t.find(u, p, ni, dd);
      if (nr < 0 || t.value[dr] <= 0) continue;
      const n = t.value[nr];
      const d = t.value[dr];
      const value = (n / d) * 100;
      const qualifier = qualifierOfBits((1 << t.qualifier[nr]) | (1 << t.qualifier[dr]));
      const printed = t.find(u, p, ri, dd);
      if (printed >= 0 && t.derived[printed] === 0) {
        const shown = t.value[printed];
        const decimals = t.publishedDecimals[printed] < 0 ? 0 : t.publishedDecimals[printed];
        const cmp = rateAgreement(shown, decimals, t.q(printed), n, d);
        const o = cmp.severity ? t.placeOf(printed) : null;
        if (cmp.severity && o) {
          // Its message is written when read, from what the notes keep of it: a country's file
          // has a note on each of its printed rates.
          const at = notes.add(t, printed, shown, decimals, n, d);
          problems.push(new DeferredProblem(cmp.severity, o.file, o.line, o.column, cmp.code!, { parts: notes, at }, PRINTED_RATE_NOTE, NO_NUMS, NO_TEXTS, printedRateNote));
        }
        t.update(printed, value, cmp.agreement === 'qualified' ? t.q(printed) : qualifier, n, d);
      } else if (printed < 0) {
        t.setDerived(u, p, ri, dd, value, qualifier, 'rate', n, d);
      }
    }
  }
}
