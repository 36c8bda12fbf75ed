// Where the dossiers stand (early / on time / late / pending) for the unit's children; where no
// child has them, for the unit's levels, else for the unit itself. "In time" that a report does
// not split into early and on time stays its own segment: it is never apportioned.
import type { Model } from '../model';
import { levelAt, rowsIn } from './rows';
import { compareLevels } from './headline';
import { dimsFor, periodOf, type Level } from './value';

export const STATUS_SEGMENTS = ['resolved_early', 'resolved_on_time', 'resolved_in_time', 'resolved_late', 'pending'] as const;
export type StatusSegment = (typeof STATUS_SEGMENTS)[number];

export interface StatusRow {
  /** A unit code (for children and the unit) or a level value. */
  key: string;
  unit: string;
  level: Level;
  name: string;
  hasChildren: boolean;
  /** Count per segment; `resolved_in_time` only where early and on time are not both given. */
  segments: Partial<Record<StatusSegment, number>>;
  /** resolved + pending where both are known (what the segments should add up to). */
  received: number | null;
}

export interface DossierStatusView {
  basis: 'children' | 'levels' | 'unit' | 'none';
  rows: StatusRow[];
}

function row(model: Model, unit: string, periodKey: string, level: Level, name: string, key: string): StatusRow | null {
  const get = (id: string) => model.figure(unit, id, periodKey, dimsFor(level))?.value;
  const early = get('resolved_early');
  const onTime = get('resolved_on_time');
  const segments: StatusRow['segments'] = {};
  if (early !== undefined && onTime !== undefined) {
    segments.resolved_early = early;
    segments.resolved_on_time = onTime;
  } else {
    const inTime = get('resolved_in_time');
    if (inTime !== undefined) segments.resolved_in_time = inTime;
    else if (early !== undefined) segments.resolved_early = early;
    else if (onTime !== undefined) segments.resolved_on_time = onTime;
  }
  const late = get('resolved_late');
  if (late !== undefined) segments.resolved_late = late;
  const pending = get('pending');
  if (pending !== undefined) segments.pending = pending;
  if (Object.keys(segments).length === 0) return null;
  const received = get('received') ?? null;
  return { key, unit, level, name, hasChildren: level === '' && model.tree.children(unit).length > 0, segments, received };
}

export function dossierStatus(model: Model, unit: string, periodKey: string, level: Level = ''): DossierStatusView {
  const period = periodOf(model, periodKey);
  if (!period || !model.tree.units.has(unit)) return { basis: 'none', rows: [] };
  const children = model.tree.childrenIn(unit, period)
    .map((c) => row(model, c, periodKey, level, model.unitName(c), c))
    .filter((r): r is StatusRow => r !== null);
  if (children.length > 0) return { basis: 'children', rows: children };
  if (level === '') {
    const levels = [...new Set(rowsIn(model, unit, periodKey).map((r) => levelAt(model, r)).filter((l): l is string => !!l))].sort(compareLevels);
    const byLevel = levels.map((l) => row(model, unit, periodKey, l, l, `level:${l}`)).filter((r): r is StatusRow => r !== null);
    if (byLevel.length > 0) return { basis: 'levels', rows: byLevel };
  }
  const self = row(model, unit, periodKey, level, model.unitName(unit), unit);
  return self ? { basis: 'unit', rows: [{ ...self, hasChildren: false }] } : { basis: 'none', rows: [] };
}
