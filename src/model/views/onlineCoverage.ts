// Online public services: procedures offered fully online (toàn trình) or partly online (một
// phần), out of all procedures. Old reports say "mức độ 4" (= fully) and "mức độ 3" (= partly);
// a figure printed in those terms is flagged so the chart can say how it was mapped.
import type { Model } from '../model';
import { levelAt, rowsIn } from './rows';
import { compareLevels } from './headline';
import { dimsFor, periodOf, type Level } from './value';

export const ONLINE_SEGMENTS = ['procedures_online_full', 'procedures_online_partial', 'procedures_online', 'procedures_offline'] as const;
export type OnlineSegment = (typeof ONLINE_SEGMENTS)[number];

export interface OnlineRow {
  key: string;
  unit: string;
  level: Level;
  name: string;
  hasChildren: boolean;
  /** `procedures_online`: online but not split into fully / partly (a dataset's own count, "mức độ 3, 4"). */
  segments: Partial<Record<OnlineSegment, number>>;
  total: number | null;
  /** fully / partly online as percentages, where printed or computed. */
  fullRate: number | null;
  serviceRate: number | null;
  /** Some figure of the row was printed in the old "mức độ 3 / 4" terms. */
  legacyTerms: boolean;
}

export interface OnlineCoverageView {
  basis: 'children' | 'levels' | 'unit' | 'none';
  rows: OnlineRow[];
  legacyTerms: boolean;
}

const LEGACY = /m[uứ]c\s*(?:đ[oộ]\s*)?[34]/i;

function row(model: Model, unit: string, periodKey: string, level: Level, name: string, key: string): OnlineRow | null {
  const figs = ['procedures_online_full', 'procedures_online_partial', 'procedures_online', 'procedures_total', 'online_full_rate', 'online_service_rate']
    .map((id) => [id, model.figure(unit, id, periodKey, dimsFor(level))] as const);
  const get = (id: string) => figs.find(([i]) => i === id)?.[1];
  const segments: OnlineRow['segments'] = {};
  for (const id of ['procedures_online_full', 'procedures_online_partial', 'procedures_online'] as const) {
    const f = get(id);
    if (f) segments[id] = f.value;
  }
  const total = get('procedures_total')?.value ?? null;
  const online = (segments.procedures_online_full ?? 0) + (segments.procedures_online_partial ?? 0) + (segments.procedures_online ?? 0);
  if (total !== null && Object.keys(segments).length > 0 && total >= online) segments.procedures_offline = total - online;
  const fullRate = get('online_full_rate')?.value ?? null;
  const serviceRate = get('online_service_rate')?.value ?? null;
  if (Object.keys(segments).length === 0 && fullRate === null && serviceRate === null) return null;
  const legacyTerms = figs.some(([, f]) => f && LEGACY.test(`${f.note} ${f.origin?.printed ?? ''}`));
  return { key, unit, level, name, hasChildren: level === '' && model.tree.children(unit).length > 0, segments, total, fullRate, serviceRate, legacyTerms };
}

export function onlineCoverage(model: Model, unit: string, periodKey: string, level: Level = ''): OnlineCoverageView {
  const period = periodOf(model, periodKey);
  const done = (basis: OnlineCoverageView['basis'], rows: OnlineRow[]): OnlineCoverageView => ({ basis, rows, legacyTerms: rows.some((r) => r.legacyTerms) });
  if (!period || !model.tree.units.has(unit)) return done('none', []);
  const children = model.tree.childrenIn(unit, period).map((c) => row(model, c, periodKey, level, model.unitName(c), c)).filter((r): r is OnlineRow => r !== null);
  if (children.length > 0) return done('children', children);
  const self = row(model, unit, periodKey, level, model.unitName(unit), unit);
  if (self) return done('unit', [{ ...self, hasChildren: false }]);
  if (level === '') {
    const levels = [...new Set(rowsIn(model, unit, periodKey).map((r) => levelAt(model, r)).filter((l): l is string => !!l))].sort(compareLevels);
    const rows = levels.map((l) => row(model, unit, periodKey, l, l, `level:${l}`)).filter((r): r is OnlineRow => r !== null);
    if (rows.length > 0) return done('levels', rows);
  }
  return done('none', []);
}
