// The `--json` report of data:check, as the contract in README.md defines it.
import type { Model } from '../model/model';
import { dimsKey } from '../model/figure';

export interface CheckReport {
  ok: boolean;
  problems: { severity: string; file: string; line: number; column: number; code: string; message: string }[];
  values: {
    unit: string; period: string; indicator: string; dims: Record<string, string>;
    value: number; numerator: number | null; denominator: number | null; qualifier: string;
    derived: boolean; published: number | null;
  }[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function checkReport(model: Model): CheckReport {
  const values = model.figures()
    .map((f) => ({
      unit: f.unit, period: f.period.key, indicator: f.indicator, dims: { ...f.dims },
      value: round(f.value), numerator: f.numerator, denominator: f.denominator, qualifier: f.qualifier,
      derived: f.derived !== 'published', published: f.published,
    }))
    .sort((a, b) => a.unit.localeCompare(b.unit) || a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator) || dimsKey(a.dims).localeCompare(dimsKey(b.dims)));
  return {
    ok: !model.problems.some((p) => p.severity === 'error'),
    problems: model.problems.map(({ severity, file, line, column, code, message }) => ({ severity, file, line, column, code, message })),
    values,
  };
}
