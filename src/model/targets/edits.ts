// The plan as the reader edits it: the dataset's targets plus an overlay of the reader's own
// (added, changed, deleted), each target known by a stable id so an edit survives a reload.
import type { TargetRecord } from '../../data/types';
import { parsePeriod } from '../../data/period';

/** A target as entered and stored: plain fields, the period by its canonical key (`2022`, `2023-Q1`). */
export type TargetDraft = Omit<TargetRecord, 'period' | 'origin'> & { period: string };

/** One edit of the overlay: a target added (id `u:…`), a dataset target changed, or deleted (`target` null). */
export interface TargetEdit {
  id: string;
  target: TargetDraft | null;
  /** When it was made (ms since 1970): the last write of a target wins. */
  updated: number;
}

export type EditKind = 'added' | 'changed';

export interface EditedTarget {
  id: string;
  target: TargetRecord;
  /** The reader's edit, or null for the dataset's own target as it was read. */
  edit: EditKind | null;
}

/** The file named as an edited target's origin (it has no line in the dataset's files). */
export const EDITS_FILE = 'targets.csv (chỉnh sửa / edits)';

/** What names a dataset for its edits: where it came from and its files (in any order). */
export function datasetKey(d: { origin: string; source: string; files: readonly string[] }): string {
  return `${d.origin}\u0001${d.source}\u0001${[...d.files].sort().join('\u0001')}`;
}

/** Ids of targets the reader added (the dataset's are `ds:…`). */
export const isAddedId = (id: string): boolean => id.startsWith('u:');

export function draftOf(t: TargetRecord): TargetDraft {
  return { plan: t.plan, period: t.period.key, unit: t.unit, level: t.level, indicator: t.indicator, op: t.op, value: t.value, note: t.note };
}

/** The record the model evaluates; null for a draft whose period no longer reads (never stored by the form). */
export function recordOf(d: TargetDraft): TargetRecord | null {
  const p = parsePeriod(d.period);
  if (!p.ok) return null;
  return { plan: d.plan, period: p.period, unit: d.unit, level: d.level, indicator: d.indicator, op: d.op, value: d.value, note: d.note, origin: { file: EDITS_FILE, line: 0, printed: String(d.value) } };
}

/** What a target is about: the same plan, period, unit, level and indicator is the same target. */
export function targetKey(t: Pick<TargetDraft, 'plan' | 'unit' | 'level' | 'indicator'> & { period: string }): string {
  return [t.plan, t.period, t.unit ?? '*', t.level ?? '*', t.indicator].join('|');
}

/** Stable ids of the dataset's targets, from what each is about (a repeated one gets `#2`, `#3`). */
export function datasetTargetIds(targets: readonly TargetRecord[]): string[] {
  const seen = new Map<string, number>();
  return targets.map((t) => {
    const key = targetKey({ ...t, period: t.period.key });
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `ds:${key}${n > 1 ? `#${n}` : ''}`;
  });
}

/** The effective plan: the dataset's targets in their order, changed or deleted by the overlay, then the added ones oldest first. */
export function applyEdits(base: readonly TargetRecord[], edits: readonly TargetEdit[]): EditedTarget[] {
  const byId = new Map(edits.map((e) => [e.id, e]));
  const out: EditedTarget[] = [];
  datasetTargetIds(base).forEach((id, i) => {
    const e = byId.get(id);
    if (!e) { out.push({ id, target: base[i], edit: null }); return; }
    const t = e.target && recordOf(e.target);
    if (t) out.push({ id, target: t, edit: 'changed' });
  });
  const added = edits.filter((e) => isAddedId(e.id) && e.target).sort((a, b) => a.updated - b.updated || (a.id < b.id ? -1 : 1));
  for (const e of added) {
    const t = recordOf(e.target!);
    if (t) out.push({ id: e.id, target: t, edit: 'added' });
  }
  return out;
}

/** How many targets the reader added, changed and deleted (edits of ids no longer in the dataset do not count). */
export function editCounts(base: readonly TargetRecord[], edits: readonly TargetEdit[]): { added: number; changed: number; deleted: number } {
  const ids = new Set(datasetTargetIds(base));
  let added = 0, changed = 0, deleted = 0;
  for (const e of edits) {
    if (isAddedId(e.id)) { if (e.target) added++; }
    else if (ids.has(e.id)) { if (e.target) changed++; else deleted++; }
  }
  return { added, changed, deleted };
}
