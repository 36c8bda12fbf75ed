// The add / edit form's input checked with the data layer's own rules (periods as the reader
// parses them, numbers as printed, indicator and unit ids), field by field, so the form can say
// what is wrong where.
import type { IndicatorRecord, TargetOp } from '../../data/types';
import { parsePeriod } from '../../data/period';
import { parsePrintedNumber, type NumberStyle } from '../../data/number';
import { canonicalLevel } from '../../data/columns';
import { targetKey, type TargetDraft } from './edits';

/** The form's fields as typed. */
export interface TargetInput {
  plan: string;
  period: string;
  /** '' = every unit. */
  unit: string;
  /** '' = every level. */
  level: string;
  indicator: string;
  op: string;
  value: string;
  note: string;
}

export type TargetField = keyof TargetInput;

export type TargetProblem =
  | { field: 'period'; code: 'required' | 'bad-period'; detail?: string }
  | { field: 'indicator'; code: 'required' | 'unknown-indicator' }
  | { field: 'unit'; code: 'unknown-unit' }
  | { field: 'level'; code: 'bad-level' }
  | { field: 'op'; code: 'bad-op' }
  | { field: 'value'; code: 'required' | 'not-a-number' | 'ambiguous-number' | 'percent-on-count' | 'negative' | 'fractional' | 'out-of-range'; max?: number }
  | { field: 'plan'; code: 'duplicate' };

export const LEVELS = ['tinh', 'huyen', 'xa', 'so_nganh'] as const;
export const OPS: readonly TargetOp[] = ['>=', '<=', '='];

export interface TargetRules {
  catalogue: ReadonlyMap<string, IndicatorRecord>;
  hasUnit: (code: string) => boolean;
  /** How the reader writes numbers (`99,5` in Vietnamese, `99.5` in English). */
  style: NumberStyle;
  /** What the other targets are about (targetKey), so the same target is not entered twice. */
  taken?: ReadonlySet<string>;
}

export type TargetCheck = { ok: true; draft: TargetDraft } | { ok: false; problems: TargetProblem[] };

export function checkTarget(input: TargetInput, rules: TargetRules): TargetCheck {
  const problems: TargetProblem[] = [];
  const periodText = input.period.trim();
  const period = periodText === '' ? null : parsePeriod(periodText);
  if (!period) problems.push({ field: 'period', code: 'required' });
  else if (!period.ok) problems.push({ field: 'period', code: 'bad-period', detail: period.message });

  const ind = rules.catalogue.get(input.indicator.trim());
  if (input.indicator.trim() === '') problems.push({ field: 'indicator', code: 'required' });
  else if (!ind) problems.push({ field: 'indicator', code: 'unknown-indicator' });

  const unit = input.unit.trim();
  if (unit !== '' && !rules.hasUnit(unit)) problems.push({ field: 'unit', code: 'unknown-unit' });

  const level = input.level.trim() === '' ? null : canonicalLevel(input.level.trim());
  if (level !== null && !(LEVELS as readonly string[]).includes(level)) problems.push({ field: 'level', code: 'bad-level' });

  const op = OPS.find((o) => o === input.op.trim());
  if (!op) problems.push({ field: 'op', code: 'bad-op' });

  let value: number | null = null;
  const valueText = input.value.trim();
  if (valueText === '') problems.push({ field: 'value', code: 'required' });
  else if (ind) {
    const n = parsePrintedNumber(valueText, { kind: ind.kind, style: rules.style, max: ind.max });
    if (!n.ok) problems.push({ field: 'value', code: n.code === 'ambiguous-number' ? 'ambiguous-number' : 'not-a-number' });
    else {
      // The same ranges the reader checks in a targets file (records.ts checkRange).
      const v = n.number.value;
      const max = ind.kind === 'rate' ? ind.max ?? 100 : ind.max;
      if ((ind.kind === 'count' || ind.kind === 'amount') && n.number.percent) problems.push({ field: 'value', code: 'percent-on-count' });
      else if (v < 0) problems.push({ field: 'value', code: 'negative' });
      else if (ind.kind === 'count' && !Number.isInteger(v)) problems.push({ field: 'value', code: 'fractional' });
      else if ((ind.kind === 'rate' || ind.kind === 'score') && max !== null && v > max) problems.push({ field: 'value', code: 'out-of-range', max });
      else value = v;
    }
  }

  if (problems.length > 0 || !period?.ok || !ind || !op || value === null) return { ok: false, problems };
  const draft: TargetDraft = {
    plan: input.plan.trim(), period: period.period.key, unit: unit === '' ? null : unit, level, indicator: ind.id, op, value, note: input.note.trim(),
  };
  if (rules.taken?.has(targetKey(draft))) return { ok: false, problems: [{ field: 'plan', code: 'duplicate' }] };
  return { ok: true, draft };
}

/** The form's fields for a target (to edit it), numbers written as the reader writes them. */
export function inputOf(d: TargetDraft, style: NumberStyle): TargetInput {
  const value = style === 'en' ? String(d.value) : String(d.value).replace('.', ',');
  return { plan: d.plan, period: d.period, unit: d.unit ?? '', level: d.level ?? '', indicator: d.indicator, op: d.op, value, note: d.note };
}
