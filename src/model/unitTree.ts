// The unit tree: units with parents, children in name order, validity dates.
// Without a units file every unit is a root of its own (a flat list).
import type { Period, Problem, UnitRecord } from '../data/types';

export interface UnitTree {
  units: ReadonlyMap<string, UnitRecord>;
  roots: string[];
  children(code: string): string[];
  parent(code: string): string | null;
  /** From the root down to the unit itself. */
  path(code: string): string[];
  /** Children valid during the period (valid_from ≤ end and valid_to ≥ start). */
  childrenIn(code: string, period: Period): string[];
  /** Units from the leaves up: every child comes before its parent. */
  bottomUp: string[];
  flat: boolean;
  /** Whether the unit's children add up to it: not for a flat list of units no list knows. */
  sums(code: string): boolean;
  /** Under today's units: the units that ended and now hang under a successor. */
  moved: ReadonlyMap<string, string>;
}

export function validIn(u: UnitRecord, p: Period): boolean {
  return (u.validFrom === null || u.validFrom <= p.end) && (u.validTo === null || u.validTo >= p.start);
}

let collatorVi: Intl.Collator | null = null;
/** Vietnamese order of names, as `localeCompare(…, 'vi')` gives it. */
function viCollator(): Intl.Collator {
  return (collatorVi ??= new Intl.Collator('vi'));
}

/**
 * @param today With a date, units that ended before it hang under their `successor` (the unit in
 * force today), so their figures add up under today's units (e.g. the 2025 merger of provinces).
 */
export function buildUnitTree(records: UnitRecord[], observed: Iterable<string>, flat: boolean, today?: string, todayUnits: readonly UnitRecord[] = []): { tree: UnitTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const units = new Map<string, UnitRecord>();
  for (const u of today ? [...records, ...todayUnits] : records) {
    if (units.has(u.code)) {
      const first = units.get(u.code)!;
      problems.push({ severity: 'error', file: u.origin?.file ?? '', line: u.origin?.line ?? 1, column: 1, code: 'duplicate-unit', message: `unit code ${u.code} is given twice (first at line ${first.origin?.line}); the first is kept` });
      continue;
    }
    units.set(u.code, { ...u });
  }
  if (flat) for (const code of observed) if (!units.has(code)) units.set(code, { code, name: code, type: 'other', parent: null, validFrom: null, validTo: null, successor: null });

  for (const u of units.values()) {
    if (u.parent !== null && !units.has(u.parent)) {
      problems.push({ severity: 'warning', file: u.origin?.file ?? '', line: u.origin?.line ?? 1, column: 4, code: 'unknown-parent', message: `unit ${u.code} names parent ${u.parent}, which is neither in the units file nor one of Vietnam's units; it is shown at the top level` });
      u.parent = null;
    }
  }
  const moved = new Map<string, string>();
  if (today) {
    for (const u of units.values()) {
      const next = u.successor ? units.get(u.successor) : undefined;
      if (u.validTo !== null && u.validTo < today && next && next.code !== u.code) { u.parent = next.code; moved.set(u.code, next.code); }
    }
    // A successor stands for its predecessors in their periods too (the new province in 2023 is
    // the sum of the provinces it took in), so it is valid from the earliest of them.
    for (const [from, to] of moved) {
      const next = units.get(to)!;
      const start = units.get(from)!.validFrom;
      if (next.validFrom !== null && (start === null || start < next.validFrom)) next.validFrom = start;
    }
  }
  // Break cycles: a unit that is its own ancestor loses its parent.
  for (const u of units.values()) {
    const seen = new Set<string>([u.code]);
    let p = u.parent;
    while (p !== null) {
      if (seen.has(p)) {
        problems.push({ severity: 'error', file: u.origin?.file ?? '', line: u.origin?.line ?? 1, column: 4, code: 'unit-cycle', message: `unit ${u.code} is its own ancestor through parent ${u.parent}; its parent was dropped` });
        u.parent = null;
        break;
      }
      seen.add(p);
      p = units.get(p)?.parent ?? null;
    }
  }

  const kids = new Map<string, string[]>();
  const roots: string[] = [];
  // One collator, not `localeCompare(…, 'vi')` per comparison (the same order): a country's 3,356
  // units took 10-19 ms to sort that way in node, and the tree is built three times on the way to
  // the first chart (the sums, the first view, the page).
  const collator = viCollator();
  const byName = (a: string, b: string) => collator.compare(units.get(a)!.name, units.get(b)!.name);
  for (const u of units.values()) {
    if (u.parent === null) roots.push(u.code);
    else {
      const list = kids.get(u.parent);
      if (list) list.push(u.code); else kids.set(u.parent, [u.code]);
    }
  }
  roots.sort(byName);
  for (const list of kids.values()) list.sort(byName);

  const bottomUp: string[] = [];
  const visit = (code: string) => { for (const c of kids.get(code) ?? []) visit(c); bottomUp.push(code); };
  roots.forEach(visit);

  const tree: UnitTree = {
    units, roots, bottomUp, flat, moved,
    sums: (code) => units.get(code)?.type !== 'group',
    children: (code) => kids.get(code) ?? [],
    parent: (code) => units.get(code)?.parent ?? null,
    path: (code) => {
      const out: string[] = [];
      for (let c: string | null = code; c !== null && units.has(c); c = units.get(c)!.parent) out.unshift(c);
      return out;
    },
    childrenIn: (code, period) => (kids.get(code) ?? []).filter((c) => validIn(units.get(c)!, period)),
  };
  return { tree, problems };
}
