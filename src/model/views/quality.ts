// The data-quality panel: the checker's problems for the loaded dataset, with stable ids so a
// KPI card can link to the entry about its figure, and counts by severity.
import type { Problem, Severity } from '../../data/types';
import type { Model } from '../model';

export interface QualityItem extends Problem {
  id: string;
  /** `observations.csv:25:8`, the file name without folders. */
  where: string;
}

export type SeverityFilter = Severity | 'all';

export interface QualityView {
  counts: Record<Severity, number>;
  total: number;
  /** How many entries the filters keep. */
  size: number;
  /** The first `n` entries the filters keep, made as they are asked for. */
  first(n: number): QualityItem[];
}

export const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * The model's problem i as an entry of the panel, with its id (`q-0`, `q-1`... in the model's
 * sorted order) and place. Made when first asked for, once per dataset: a whole country's file
 * has a hundred thousand problems (a note per printed rate), and making them all held the page's
 * first render, to show the first hundred.
 */
const made = new WeakMap<Model, (QualityItem | undefined)[]>();
export function qualityItem(model: Model, i: number): QualityItem {
  let list = made.get(model);
  if (!list) made.set(model, (list = new Array<QualityItem | undefined>(model.problems.length)));
  let item = list[i];
  if (!item) {
    const p = model.problems[i];
    list[i] = item = { ...p, id: `q-${i}`, where: `${baseName(p.file)}:${p.line}:${p.column}` };
  }
  return item;
}

/** Every entry, in order. */
export function qualityItems(model: Model): QualityItem[] {
  return model.problems.map((_, i) => qualityItem(model, i));
}

/** The index of an entry's problem, from its id (-1 for no entry's). */
export function qualityIndex(model: Model, id: string): number {
  const i = /^q-(\d+)$/.test(id) ? Number(id.slice(2)) : -1;
  return i < model.problems.length ? i : -1;
}

/** The entries at each file and line, for a card to find the one about its cell. */
const byLine = new WeakMap<Model, Map<string, number[]>>();

function severityCounts(model: Model): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of model.problems) counts[p.severity] += 1;
  return counts;
}

export function qualityList(model: Model, severity: SeverityFilter = 'all', query = ''): QualityView {
  const problems = model.problems;
  const q = query.trim().toLowerCase();
  let kept: number[] | null = null;
  if (severity !== 'all' || q) {
    kept = [];
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      if ((severity === 'all' || p.severity === severity) && (!q || `${baseName(p.file)}:${p.line}:${p.column} ${p.code} ${p.message}`.toLowerCase().includes(q))) kept.push(i);
    }
  }
  const size = kept ? kept.length : problems.length;
  return {
    counts: severityCounts(model),
    total: problems.length,
    size,
    first: (n) => Array.from({ length: Math.max(0, Math.min(n, size)) }, (_, k) => qualityItem(model, kept ? kept[k] : k)),
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most serious problem reported at a cell's file and line (the entry a KPI card links to). */
export function problemAt(model: Model, file: string, line: number): QualityItem | null {
  let index = byLine.get(model);
  if (!index) {
    index = new Map();
    model.problems.forEach((p, i) => {
      const k = `${p.file}\u0001${p.line}`;
      const list = index!.get(k);
      if (list) list.push(i); else index!.set(k, [i]);
    });
    byLine.set(model, index);
  }
  const found = (index.get(`${file}\u0001${line}`) ?? []).map((i) => qualityItem(model, i));
  found.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return found[0] ?? null;
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
  const first: QualityItem[] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (let i = 0; i < model.problems.length && first.length < max; i++) if (model.problems[i].severity === severity) first.push(qualityItem(model, i));
  }
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
  const errors = model.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return errors.slice(0, 3).map((p) => `${baseName(p.file)}:${p.line}: ${p.message}`).join(' · ');
  return 'no observations were read';
}
