// The data-quality panel: the checker's problems for the loaded dataset, with stable ids so a
// KPI card can link to the entry about its figure, and counts by severity.
import type { Problem, Severity } from '../../data/types';
import type { Model } from '../model';

export interface QualityItem extends Problem {
  id: string;
  /** `observations.csv:25:8`, the file name without folders. */
  where: string;
}

export const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * The model's problem i as an entry of the panel, with its id (`q-0`, `q-1`... in the model's
 * sorted order) and place. Made when first asked for, once per dataset: a whole country's file
 * has a hundred thousand problems (a note per printed rate), and making them all held the page's
 * first render, to show the first hundred.
 */
const made = new WeakMap<Model, QualityItem[]>();
export function qualityItem(model: Model, i: number): QualityItem {
  let list = made.get(model);
  if (!list) made.set(model, (list = []));
  if (list[i]) return list[i];
  const p = model.problems.at(i)!;
  // Field by field: a printed rate's note is a deferred problem (data/deferredProblem), whose
  // message a spread would not copy (it is written when read). The entry reads it when it is read
  // in turn: the marks on the first screen's figures need only an entry's id, code and severity,
  // and writing the messages of a province's thousands of notes held that screen back.
  const { severity, file, line, column, code, figures } = p;
  const item = { severity, file, line, column, code, message: '', ...(figures ? { figures } : {}), id: `q-${i}`, where: `${baseName(file)}:${line}:${column}` };
  Object.defineProperty(item, 'message', { get: () => p.message, enumerable: true, configurable: true });
  return (list[i] = item);
}

/** Every entry, in order. */
export function qualityItems(model: Model): QualityItem[] {
  return Array.from({ length: model.problems.length }, (_, i) => qualityItem(model, i));
}

/** The indices of the first `max` problems of `severity`, in order, read without making a problem. */
function firstOf(model: Model, severity: Severity, max: number): number[] {
  const problems = model.problems;
  const out: number[] = [];
  for (let i = 0; i < problems.length && out.length < max; i++) if (problems.severityAt(i) === severity) out.push(i);
  return out;
}

export function severityCounts(model: Model): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // Read from the list, without making a problem (data/problemList.ts).
  const problems = model.problems;
  for (let i = 0; i < problems.length; i++) counts[problems.severityAt(i)] += 1;
  return counts;
}

export interface LoadSummary {
  files: string[];
  observations: number;
  units: number;
  targets: number;
  counts: Record<Severity, number>;
  /** The first few errors (then warnings), for the banner after a load. */
  first: QualityItem[];
}

export function loadSummary(model: Model, max = 3): LoadSummary {
  // The first errors, then the first warnings, in the problems' order.
  const errors = firstOf(model, 'error', max);
  const first = [...errors, ...firstOf(model, 'warning', max - errors.length)].map((i) => qualityItem(model, i));
  const counts = severityCounts(model);
  return {
    files: model.raw.files.map(baseName),
    observations: model.rowsRead,
    units: model.tree.units.size,
    targets: model.targets.length,
    counts,
    first,
  };
}

/** Why a dataset cannot replace the one on screen (nothing read), or null when it can. */
export function unusableReason(model: Model): string | null {
  if (model.rowsRead > 0) return null;
  const errors = firstOf(model, 'error', 3);
  if (errors.length > 0) return errors.map((i) => { const p = model.problems.at(i)!; return `${baseName(p.file)}:${p.line}: ${p.message}`; }).join(' · ');
  return 'no observations were read';
}
