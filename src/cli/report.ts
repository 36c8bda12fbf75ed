// The `--json` report of data:check, as the contract in README.md defines it.
//
// Made from the model's columns (model/table.ts), not from a Figure object per figure: a whole
// country's file (a million rows, 1.3 million figures) made 1.3 million Figures, each with its
// origin, then as many report rows, sorted by comparing their strings: 2 GB more and some 15 s more
// than the reading and the sums took. The values are sorted by the rank of each dictionary's
// strings (a few thousand units, a few hundred periods), compared once each, and written one by
// one (writeCheckReport), not as one string, which a million values would make too long for V8.
import type { Model } from '../model/model';
import type { FigureTable } from '../model/table';

export interface CheckValue {
  unit: string; period: string; indicator: string; dims: Record<string, string>;
  value: number; numerator: number | null; denominator: number | null; qualifier: string;
  derived: boolean; published: number | null;
}

export interface CheckReport {
  ok: boolean;
  problems: { severity: string; file: string; line: number; column: number; code: string; message: string }[];
  values: CheckValue[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** Each string's rank in `localeCompare` order (strings the collator finds equal share one). */
function ranks(strings: readonly string[]): Int32Array {
  const order = strings.map((_, i) => i).sort((a, b) => strings[a].localeCompare(strings[b]));
  const rank = new Int32Array(strings.length);
  let k = 0;
  order.forEach((id, j) => {
    if (j > 0 && strings[order[j - 1]].localeCompare(strings[id]) !== 0) k++;
    rank[id] = k;
  });
  return rank;
}

/** The table's rows in the report's order: by unit, period, indicator and dimensions, each as
 * `localeCompare` orders their texts, then as the table has them. */
export function reportOrder(t: FigureTable): Int32Array {
  const unit = ranks(t.units.values);
  const period = ranks(t.periods.values.map((p) => p.key));
  const indicator = ranks(t.indicators.values);
  const dims = ranks(t.dimSets.values.map((d) => d.key));
  const rows = new Int32Array(t.size);
  for (let r = 0; r < t.size; r++) rows[r] = r;
  return rows.sort((a, b) => unit[t.unit[a]] - unit[t.unit[b]] || period[t.period[a]] - period[t.period[b]]
    || indicator[t.indicator[a]] - indicator[t.indicator[b]] || dims[t.dimsId[a]] - dims[t.dimsId[b]] || a - b);
}

/** The report's value of row `r`. */
export function reportValue(t: FigureTable, r: number): CheckValue {
  return {
    unit: t.units.values[t.unit[r]], period: t.periods.values[t.period[r]].key, indicator: t.indicators.values[t.indicator[r]],
    dims: { ...t.dimSets.values[t.dimsId[r]].dims },
    value: round(t.value[r]), numerator: orNull(t.numerator[r]), denominator: orNull(t.denominator[r]), qualifier: t.q(r),
    derived: t.d(r) !== 'published', published: orNull(t.published[r]),
  };
}

/** What data:check found: whether no problem is an error, and the problems, without the values. */
export function checkProblems(model: Model): Omit<CheckReport, 'values'> {
  return {
    ok: !model.problems.some((p) => p.severity === 'error'),
    problems: model.problems.map(({ severity, file, line, column, code, message }) => ({ severity, file, line, column, code, message })),
  };
}

export function checkReport(model: Model): CheckReport {
  const t = model.table;
  return { ...checkProblems(model), values: Array.from(reportOrder(t), (r) => reportValue(t, r)) };
}

/** Indents every line after the first of an element's JSON, to nest it `depth` levels deep. */
const nested = (json: string, depth: number) => json.replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * Writes the report of `model` as `JSON.stringify(checkReport(model), null, 2)` and a line end
 * would, a problem or a value at a time (`write` gets pieces of some kilobytes).
 */
export function writeCheckReport(model: Model, write: (text: string) => void): void {
  const head = checkProblems(model);
  const t = model.table;
  let buffer = '';
  const put = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 16) { write(buffer); buffer = ''; }
  };
  const list = <T>(name: string, n: number, item: (k: number) => T, last: boolean) => {
    put(`  ${JSON.stringify(name)}: `);
    if (n === 0) put('[]');
    else {
      put('[\n');
      for (let k = 0; k < n; k++) put(`    ${nested(JSON.stringify(item(k), null, 2), 2)}${k < n - 1 ? ',' : ''}\n`);
      put('  ]');
    }
    put(last ? '\n' : ',\n');
  };
  put(`{\n  "ok": ${head.ok},\n`);
  list('problems', head.problems.length, (k) => head.problems[k], false);
  const order = reportOrder(t);
  list('values', order.length, (k) => reportValue(t, order[k]), true);
  put('}\n');
  write(buffer);
}
