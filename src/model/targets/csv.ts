// The effective plan as `targets.csv`: the contract's columns in its order, UTF-8 with a BOM,
// formula-like text made inert (the reader takes the guard `'` off again), so the file drops
// back onto the page or into `data:check` as it is.
import type { TargetRecord } from '../../data/types';
import { toCsv } from '../views/csv';

export const TARGET_COLUMNS = ['plan', 'period', 'unit', 'level', 'indicator', 'op', 'value', 'note'] as const;

export function targetsCsv(targets: readonly TargetRecord[]): string {
  return toCsv([
    [...TARGET_COLUMNS],
    ...targets.map((t) => [t.plan, t.period.key, t.unit ?? '', t.level ?? '', t.indicator, t.op, t.value, t.note]),
  ]);
}
