// The data-quality panel's list: the entries a severity and a text keep, a page at a time. Apart
// from quality.ts, which the first screen loads (the load summary, a flagged figure's entry):
// this comes with the panel.
import type { Severity } from '../../data/types';
import type { Model } from '../model';
import { baseName, qualityItem, severityCounts, type QualityItem } from './quality';

export type SeverityFilter = Severity | 'all';

export interface QualityView {
  counts: Record<Severity, number>;
  total: number;
  /** How many entries the filters keep. */
  size: number;
  /** The first `n` entries the filters keep, made as they are asked for. */
  first(n: number): QualityItem[];
}

export function qualityList(model: Model, severity: SeverityFilter = 'all', query = ''): QualityView {
  const problems = model.problems;
  const q = query.trim().toLowerCase();
  let kept: number[] | null = null;
  if (severity !== 'all' || q) {
    kept = [];
    for (let i = 0; i < problems.length; i++) {
      // The severity is read without making the problem; the text only where there is a query.
      if (severity !== 'all' && problems.severityAt(i) !== severity) continue;
      const p = q ? problems.at(i)! : null;
      if (!p || `${baseName(p.file)}:${p.line}:${p.column} ${p.code} ${p.message}`.toLowerCase().includes(q)) kept.push(i);
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

/** The index of an entry's problem, from its id (-1 for no entry's). */
export function qualityIndex(model: Model, id: string): number {
  const i = /^q-(\d+)$/.test(id) ? Number(id.slice(2)) : -1;
  return i < model.problems.length ? i : -1;
}
