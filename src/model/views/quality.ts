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
  items: QualityItem[];
}

export const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Ids follow the model's (sorted) problem order: `q-0`, `q-1`... (made once per dataset). */
const items = new WeakMap<Model, QualityItem[]>();
export function qualityItems(model: Model): QualityItem[] {
  let list = items.get(model);
  if (!list) items.set(model, (list = model.problems.map((p, i) => ({ ...p, id: `q-${i}`, where: `${baseName(p.file)}:${p.line}:${p.column}` }))));
  return list;
}

/** The entries at each file and line, for a card to find the one about its cell. */
const byLine = new WeakMap<Model, Map<string, QualityItem[]>>();

export function qualityList(model: Model, severity: SeverityFilter = 'all', query = ''): QualityView {
  const all = qualityItems(model);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of all) counts[p.severity] += 1;
  const q = query.trim().toLowerCase();
  const items = all.filter((p) => (severity === 'all' || p.severity === severity) && (!q || `${p.where} ${p.code} ${p.message}`.toLowerCase().includes(q)));
  return { counts, total: all.length, items };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most serious problem reported at a cell's file and line (the entry a KPI card links to). */
export function problemAt(model: Model, file: string, line: number): QualityItem | null {
  let index = byLine.get(model);
  if (!index) {
    index = new Map();
    for (const p of qualityItems(model)) {
      const k = `${p.file}\u0001${p.line}`;
      const list = index.get(k);
      if (list) list.push(p); else index.set(k, [p]);
    }
    byLine.set(model, index);
  }
  const found = [...(index.get(`${file}\u0001${line}`) ?? [])];
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
  const items = qualityItems(model);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of items) counts[p.severity] += 1;
  const first = items.filter((p) => p.severity !== 'info').sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, max);
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
