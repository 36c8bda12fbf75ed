// The last step of reading: units that rows name by text (no units file, or not in it) are
// placed among Vietnam's built-in units, and the built-in units the dataset needs join its
// units. What no list knows: without a units file, a flat list compared side by side; with
// one, an error (the row is dropped, as before). Ambiguous names are errors, never guesses.
import type { PendingUnit, Problem, RawDataset, UnitRecord } from '../types';
import { quote } from '../rowContext';
import { ANY_ERA, candidatesFor, placeMentions, type Mention } from './place';
import { erasOf, type Era, type Reference } from './reference';
import { selectBuiltinUnits, sameBuiltin } from './builtinUnits';

/** The flat list's root: units a file names that no list knows, side by side, never summed. */
export const OTHER_UNITS = '_all';
export const OTHER_UNITS_NAME = { only: { vi: 'Các đơn vị', en: 'All units' }, besides: { vi: 'Đơn vị khác', en: 'Other units' } } as const;

/** The eras a pending unit is looked up in: its period's; a units-file parent without dates
 * means the unit in force today if there is one (and says so), else the pre-2025 one. */
function erasFor(p: PendingUnit, ref: Reference | null): readonly Era[] {
  if (p.start || p.end) return erasOf(p.start || '0001-01-01', p.end || '9999-12-31');
  if (p.of === 'parent' && ref) return candidatesFor(ref, p.text, ['2025']).units.length > 0 ? ['2025'] : ['pre2025'];
  return ANY_ERA;
}

/** A pending unit's rows: its own, then those right after it that name the unit the same way. */
function eachRow(p: PendingUnit, f: (index: number, line: number, column: number) => void): void {
  f(p.index, p.line, p.column);
  const more = p.more;
  if (more) for (let k = 0; k < more.length; k += 3) f(more[k], more[k + 1], more[k + 2]);
}

function groupRoot(alone: boolean): UnitRecord {
  const n = alone ? OTHER_UNITS_NAME.only : OTHER_UNITS_NAME.besides;
  return { code: OTHER_UNITS, name: n.vi, nameEn: n.en, type: 'group', parent: null, validFrom: null, validTo: null, successor: null };
}

/**
 * Places the pending units (with the reference, or none), adds the built-in units the dataset
 * needs, and drops rows whose unit could not be placed. Returns a new dataset, whose
 * observations share every column with the dataset's but the units', which has the placed codes.
 * Placing the same dataset again (the worker does, for today's units) starts from its texts.
 */
export function placeUnits(raw: RawDataset, ref: Reference | null): RawDataset {
  const problems: Problem[] = [...raw.problems];
  const pending = raw.pendingUnits;
  const mentions: Mention[] = pending.map((p) => ({
    text: p.text, parent: p.parent, file: p.file, line: p.line, column: p.column, eras: erasFor(p, ref), more: p.more,
  }));
  const placed = ref ? placeMentions(ref, mentions) : { keys: pending.map(() => null), problems: [], unknown: pending.map((_, index) => ({ index, hint: '' })) };
  for (const p of placed.problems) problems.push(p);

  // Which built-in units, in which eras.
  const eras = new Set<Era>();
  const keys = new Set<string>();
  placed.keys.forEach((k, i) => {
    if (k === null) return;
    keys.add(k);
    for (const e of mentions[i].eras) if (ref!.units.get(k)!.eras.includes(e)) eras.add(e);
  });
  const own = raw.units;
  for (const u of own) {
    if (u.validTo === null || u.validTo >= '2025-07-01') eras.add('2025');
    if (u.validFrom === null || u.validFrom < '2025-07-01') eras.add('pre2025');
  }
  const selection = ref ? selectBuiltinUnits(ref, keys, eras, own) : null;

  const unitOf = raw.observations.unit.slice();
  const targets = [...raw.targets];
  const units = own.map((u) => ({ ...u }));
  const drop = { observation: new Set<number>(), target: new Set<number>() };
  const flat = new Map<string, UnitRecord>();
  const anyPlaced = placed.keys.some((k) => k !== null);
  const warned = new Set<string>();
  const unknownAt = new Map(placed.unknown.map((u) => [u.index, u.hint]));

  pending.forEach((p, i) => {
    const key = placed.keys[i];
    const hint = unknownAt.get(i);
    if (key !== null) {
      const code = selection!.keyOf(key);
      eachRow(p, (index) => {
        if (p.of === 'observation') unitOf[index] = code;
        else if (p.of === 'target') targets[index] = { ...targets[index], unit: code };
        else units[index].parent = code;
      });
      return;
    }
    if (hint === undefined) {
      // Ambiguous or across the 2025 change: reported by the placer; the row cannot stand.
      if (p.of !== 'parent') eachRow(p, (index) => drop[p.of as 'observation' | 'target'].add(index));
      return;
    }
    if (p.of === 'parent') return; // the tree reports an unknown parent
    const where = { file: p.file, line: p.line, column: p.column };
    if (!raw.flatUnits) {
      eachRow(p, (index, line, column) => {
        problems.push({ severity: 'error', file: p.file, line, column, code: 'unknown-unit', message: `unit ${quote(p.text)} is not in the units file${ref ? ' nor one of Vietnam\'s units' : ''}${hint ? `; ${hint}` : ''}` });
        drop[p.of as 'observation' | 'target'].add(index);
      });
      return;
    }
    if (p.of === 'target') return; // a target for a unit of the flat list keeps its text
    if (!flat.has(p.text)) flat.set(p.text, { code: p.text, name: p.text, type: 'other', parent: OTHER_UNITS, validFrom: null, validTo: null, successor: null });
    // Each unit no list knows is reported once. Among units the lists do know it is most likely a
    // typo (a warning); in a file of units no list knows (a province's departments) it is as meant.
    if (ref && !warned.has(p.text)) {
      warned.add(p.text);
      problems.push({ severity: anyPlaced ? 'warning' : 'info', ...where, code: 'unknown-unit', message: `${quote(p.text)} is not one of Vietnam's units${hint ? ` (${hint})` : ''}: it is listed with the other units no list knows, compared side by side and never added up` });
    }
  });

  if (selection) {
    // The dataset's own units that are built-in ones (same code, level and name) pass on to
    // today's unit, for `--today`, unless the file names a successor itself.
    for (const u of units) {
      const b = sameBuiltin(ref!, u);
      if (b) u.official = b.code;
      if (u.successor !== null) continue;
      const next = b && b.type === 'province' ? ref!.successors(b.key) : [];
      if (next.length === 1 && next[0].relation === 'full' && next[0].key !== b!.key) u.successor = selection.keyOf(next[0].key);
    }
    const taken = new Set(units.map((u) => u.code));
    for (const u of selection.units) if (!taken.has(u.code)) units.push(u);
  }
  if (flat.size > 0) {
    units.push(groupRoot(!units.some((u) => u.parent === null)));
    for (const u of flat.values()) units.push(u);
  }

  const keep = <T,>(list: T[], dropped: Set<number>) => (dropped.size === 0 ? list : list.filter((_, i) => !dropped.has(i)));
  const taken = new Set(units.map((u) => u.code));
  return {
    ...raw,
    units,
    observations: raw.observations.withUnits(unitOf).without(drop.observation),
    targets: keep(targets, drop.target),
    problems,
    todayUnits: selection ? selection.todayUnits.filter((u) => !taken.has(u.code)) : [],
    pendingUnits: [],
  };
}
