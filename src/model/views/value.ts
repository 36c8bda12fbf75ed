// The building blocks every view returns: a figure ready to show (value, qualifier, decimals,
// printed figure, provenance) and its status against the plan target that applies.
import type { IndicatorKind, IndicatorRecord, Period, Qualifier, TargetOp } from '../../data/types';
import { parsePeriod } from '../../data/period';
import type { Derivation, Figure } from '../figure';
import type { Model } from '../model';
import type { TargetStatus } from '../targets';
import { flagsOf, type FigureFlag } from './flags';

/** `''` is the total over levels; otherwise a value of the `level` dimension (`huyen`, `xa`...). */
export type Level = string;

export interface ValueView {
  value: number;
  qualifier: Qualifier;
  /** Decimals to show: as printed, else by kind. */
  decimals: number;
  kind: IndicatorKind;
  /** Display unit from the catalogue (`%`, `hồ sơ`, `VND`). */
  unit: string;
  /** The printed figure, when one was printed. */
  published: number | null;
  publishedDecimals: number | null;
  /** The printed figure is not what the counts give at the printed decimals (94,85% vs 94,86%). */
  differs: boolean;
  numerator: number | null;
  denominator: number | null;
  derived: Derivation;
  rule: string;
  source: string;
  note: string;
  origin: { file: string; line: number; printed: string } | null;
  /** Warnings and errors the checks report about this figure (its data-quality entries). */
  flags: FigureFlag[];
}

export interface TargetView {
  plan: string;
  op: TargetOp;
  value: number;
  period: Period;
  level: string | null;
  note: string;
}

/** `none`: no target applies; `no-data`: a target applies but there is no figure. */
export type StatusKind = TargetStatus | 'none';

export interface StatusView {
  status: StatusKind;
  target: TargetView | null;
  /** value − target, in points for rates; null without data or target. */
  gap: number | null;
  /** The figure covers only part of the target's period. */
  partial: boolean;
}

export const NO_STATUS: StatusView = { status: 'none', target: null, gap: null, partial: false };

export function dimsFor(level: Level): Record<string, string> {
  return level ? { level } : {};
}

export function indicatorOf(model: Model, id: string): IndicatorRecord | undefined {
  return model.catalogue.get(id);
}

export function kindOf(model: Model, id: string): IndicatorKind {
  return model.catalogue.get(id)?.kind ?? 'count';
}

/** Decimals to show: as printed, else rates and scores 2, whole counts 0. */
export function displayDecimals(kind: IndicatorKind, publishedDecimals: number | null, value: number): number {
  if (publishedDecimals !== null) return publishedDecimals;
  if (kind === 'rate' || kind === 'score') return 2;
  return Number.isInteger(value) ? 0 : 2;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d + 1e-9 * Math.sign(x)) / 10 ** d;

export function valueOf(model: Model, f: Figure): ValueView {
  const ind = model.catalogue.get(f.indicator);
  const kind = ind?.kind ?? 'count';
  const decimals = displayDecimals(kind, f.publishedDecimals, f.value);
  const differs = f.published !== null && f.qualifier === '=' && Math.abs(round(f.value, decimals) - f.published) > 1e-9;
  return {
    value: f.value, qualifier: f.qualifier, decimals, kind, unit: ind?.unit ?? '',
    published: f.published, publishedDecimals: f.publishedDecimals, differs,
    numerator: f.numerator, denominator: f.denominator, derived: f.derived,
    // The rule's text is written when it is read (a card's details, a title), as on the figure.
    get rule() { return f.rule; },
    source: f.source, note: f.note,
    origin: f.origin ? { file: f.origin.file, line: f.origin.line, printed: f.origin.printed } : null,
    flags: flagsOf(model, f),
  };
}

/** The figure at unit × indicator × period × level, ready to show, or null. */
export function figureValue(model: Model, unit: string, indicator: string, periodKey: string, level: Level): ValueView | null {
  const f = model.figure(unit, indicator, periodKey, dimsFor(level));
  return f ? valueOf(model, f) : null;
}

export function statusOf(model: Model, unit: string, indicator: string, period: Period, level: Level): StatusView {
  const e = model.targetStatusOf(unit, indicator, period, dimsFor(level));
  if (!e) return NO_STATUS;
  const t = e.target;
  return {
    status: e.status,
    target: { plan: t.plan, op: t.op, value: t.value, period: t.period, level: t.level, note: t.note },
    gap: e.gap,
    partial: e.partial,
  };
}

/** Every model's periods by key, oldest first (a model never changes: a plan edit is a new one). */
const periodsByModel = new WeakMap<Model, Map<string, Period>>();

function knownPeriods(model: Model): Map<string, Period> {
  let known = periodsByModel.get(model);
  if (known) return known;
  const seen = new Map<string, Period>();
  for (const p of model.periods()) seen.set(p.key, p);
  for (const t of model.targets) if (!seen.has(t.period.key)) seen.set(t.period.key, t.period);
  const sorted = [...seen.values()].sort((a, b) => (a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  known = new Map(sorted.map((p) => [p.key, p]));
  periodsByModel.set(model, known);
  return known;
}

/** Every period the dataset knows: those of its figures and of its targets, oldest first. */
export function allPeriods(model: Model): Period[] {
  return [...knownPeriods(model).values()];
}

/** The period for a canonical key: one the dataset has, else parsed; null when unreadable. */
export function periodOf(model: Model, key: string): Period | null {
  const known = knownPeriods(model).get(key);
  if (known) return known;
  const r = parsePeriod(key);
  return r.ok ? r.period : null;
}

/** Higher is better unless the catalogue says otherwise. */
export function betterOf(model: Model, indicator: string): 'higher' | 'lower' {
  return model.catalogue.get(indicator)?.better ?? 'higher';
}

/** Sorts best first by the indicator's direction; rows without a value last, then by name. */
export function rankBest<T>(rows: T[], valueOfRow: (r: T) => number | null, nameOfRow: (r: T) => string, better: 'higher' | 'lower'): T[] {
  return [...rows].sort((a, b) => {
    const va = valueOfRow(a);
    const vb = valueOfRow(b);
    if (va === null && vb === null) return nameOfRow(a).localeCompare(nameOfRow(b), 'vi');
    if (va === null) return 1;
    if (vb === null) return -1;
    if (va !== vb) return better === 'higher' ? vb - va : va - vb;
    return nameOfRow(a).localeCompare(nameOfRow(b), 'vi');
  });
}
